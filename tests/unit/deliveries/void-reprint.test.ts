import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { wonOrder } from '../support/orders';
import { pdfPagesText, squash } from '../support/pdf-text';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A prepared note of `count` lines, one unit at 100 yuan each (1/3 forms hold 8 lines a page). */
async function noteOf(count: number) {
  const { order, lineIds } = await wonOrder(t, {
    lines: Array.from({ length: count }, (_, i) => ({
      name: `备件${i + 1}`,
      spec: `SP-${100 + i}`,
      unit: '件',
      quantity: '1',
      unitPrice: '100',
    })),
  });
  const notice = await t.ok('deliveries.notices.create', {
    orderId: order.id,
    date: today(),
    lines: lineIds.map((orderLineId) => ({ orderLineId, quantity: '1' })),
  });
  await t.ok('deliveries.notices.confirm', { id: notice.id });
  return t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 1 });
}

const printCount = async (id: number) => (await t.ok('deliveries.notes.get', { id })).printCount;

describe('a cancelled note never prints as a valid note', () => {
  it('every page carries a large 作废 and 作废 by the title, the reason, and no total; the print is counted', async () => {
    const note = await noteOf(20);
    await t.ok('deliveries.notes.cancel', { id: note.id, reason: '客户取消订货' });
    const file = await t.ok('deliveries.notes.print', { ids: [note.id] });
    const pages = pdfPagesText(file.dataBase64).map(squash);
    expect(pages).toHaveLength(3);
    for (const p of pages) {
      // The diagonal mark over the sheet and the stamp beside 送货单.
      expect(p.match(/作废/g)!.length).toBeGreaterThanOrEqual(2);
      expect(p).toContain('本单已作废，不作发货及结算凭证作废原因：客户取消订货');
      expect(p).not.toContain('大写');
      expect(p).not.toContain('续下页');
    }
    expect(await printCount(note.id)).toBe(1);
    const history = await t.ok('audit.forEntity', { entity: 'delivery', entityId: String(note.id) });
    expect(history[0]!.action).toBe('print');
  });

  it('a standing note prints without any 作废', async () => {
    const note = await noteOf(2);
    const text = pdfPagesText((await t.ok('deliveries.notes.print', { ids: [note.id] })).dataBase64)
      .map(squash)
      .join('');
    expect(text).toContain('（大写）贰佰元整');
    expect(text).not.toContain('作废');
  });
});

describe('补打 marks reprints only', () => {
  it('an issued note that was never printed previews and prints without 补打; previews count nothing and are never stamped; only the reprint itself carries 补打', async () => {
    const note = await noteOf(1);
    await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
    });
    // Loading issues the note (it keeps its customer and letterhead from now on), but it was never printed.
    await t.ok('deliveries.notes.advance', { id: note.id, to: 'loaded' });
    const preview = squash(pdfPagesText((await t.ok('deliveries.notes.preview', { ids: [note.id] })).dataBase64)[0]!);
    expect(preview).not.toContain('补打');
    expect(await printCount(note.id)).toBe(0);

    const first = await t.ok('deliveries.notes.print', { ids: [note.id] });
    expect(first.reprinted).toEqual([]);
    expect(squash(pdfPagesText(first.dataBase64)[0]!)).not.toContain('补打');

    // A preview of a note printed before is still a preview: nothing is being reprinted.
    const preview2 = squash(pdfPagesText((await t.ok('deliveries.notes.preview', { ids: [note.id] })).dataBase64)[0]!);
    expect(preview2).not.toContain('补打');
    expect(await printCount(note.id)).toBe(1);

    const reprint = await t.ok('deliveries.notes.print', { ids: [note.id] });
    expect(reprint.reprinted).toEqual([note.number]);
    expect(squash(pdfPagesText(reprint.dataBase64)[0]!)).toContain('补打');
    expect(await printCount(note.id)).toBe(2);
  });
});
