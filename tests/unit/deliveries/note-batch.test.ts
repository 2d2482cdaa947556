import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { getNote, getNotes } from '../../../electron/core/deliveries/note-store';
import { useTestCore } from '../support/test-core';
import { confirmedNotice, deliveredNote as deliverWhole } from '../support/dispatch';
import { wonOrder } from '../support/orders';

const t = useTestCore();

/** A note of `quantities` (per order line) picked, checked and delivered by hand. */
async function deliveredNote(orderId: number, lineIds: number[], quantities: string[]) {
  const lines = quantities.map((quantity, i) => ({ orderLineId: lineIds[i]!, quantity }));
  return deliverWhole(t, (await confirmedNotice(t, orderId, lines)).id, 2);
}

/** How many SQL statements `run` sends, from knex's 'query' event. */
async function queriesOf(run: () => Promise<unknown>): Promise<number> {
  const db = t.core.services.db();
  let n = 0;
  const count = () => n++;
  db.on('query', count);
  try {
    await run();
  } finally {
    db.off('query', count);
  }
  return n;
}

describe('a batch of notes is read in a few set-based queries', () => {
  it('each note of a batch reads as it does alone: its own lines, checks, scan, return and re-delivery', async () => {
    const { order, lineIds } = await wonOrder(t, {
      lines: [
        { name: '电磁流量计', brand: '光华', spec: 'LDG-150', unit: '台', quantity: '20', unitPrice: '6800' },
        { name: '法兰球阀', brand: '苏阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '12', unitPrice: '1860.5' },
      ],
    });
    // The first note comes back short and damaged, with a scan; the damaged one is returned and the rest re-delivered.
    const first = await deliveredNote(order.id, lineIds, ['10', '6']);
    const scan = await t.ok('attachments.upload', {
      filename: '回单.jpg',
      mime: 'image/jpeg',
      dataBase64: Buffer.from([0xff, 0xd8, 0xff, 0xd9]).toString('base64'),
    });
    await t.ok('deliveries.notes.receipt', {
      id: first.id,
      signer: '钱工',
      date: today(),
      attachmentId: scan.id,
      discrepancies: [
        { lineId: first.lines[0]!.id, kind: 'short', quantity: '2', note: '少两台' },
        { lineId: first.lines[1]!.id, kind: 'damaged', quantity: '1', note: '外壳压坏' },
      ],
    });
    await t.ok('deliveries.returns.create', {
      noteId: first.id,
      date: today(),
      reason: '外壳压坏',
      lines: [{ noteLineId: first.lines[1]!.id, quantity: '1' }],
    });
    const again = await t.ok('deliveries.notes.redeliver', { id: first.id, date: today() });
    // The second note, on the same order lines, comes back one short and is not re-delivered yet.
    const second = await deliveredNote(order.id, lineIds, ['5', '3']);
    await t.ok('deliveries.notes.receipt', {
      id: second.id,
      signer: '孙工',
      date: today(),
      discrepancies: [{ lineId: second.lines[0]!.id, kind: 'short', quantity: '1', note: '少一台' }],
    });
    const notice = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[1]!, quantity: '1' }],
    });
    await t.ok('deliveries.notices.confirm', { id: notice.id });
    const third = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today() });

    const db = t.core.services.db();
    const ids = [third.id, first.id, second.id, first.id];
    const batch = await getNotes(db, ids);
    const alone = [];
    for (const id of ids) alone.push(await getNote(db, id));
    expect(batch).toEqual(alone);

    const [, a, b] = batch;
    expect(a!.attachments.map((f) => f.filename)).toEqual(['回单.jpg']);
    expect(a!.returns).toHaveLength(1);
    expect(a!.redeliveries).toEqual([{ id: again.id, number: again.number, status: 'draft' }]);
    expect(a!.lines.map((l) => [l.returned, l.redeliverable])).toEqual([
      ['0', '0'],
      ['1', '0'],
    ]);
    // The first note's re-delivery carries its own shortfall, not the second note's.
    expect(b!.lines.map((l) => l.redeliverable)).toEqual(['1', '0']);
    expect(b!.checks).toHaveLength(1);
    expect(b!.attachments).toEqual([]);
    expect(batch[0]!.lines.map((l) => l.quantity)).toEqual(['1']);
    await expect(getNotes(db, [first.id, 999_999])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('printing 20 notes sends no more queries than printing one', async () => {
    const { order, lineIds } = await wonOrder(t);
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push((await deliveredNote(order.id, lineIds, ['0.5', '0.25'])).id);
    const one = await queriesOf(() => t.ok('deliveries.notes.preview', { ids: [ids[0]!] }));
    const twenty = await queriesOf(() => t.ok('deliveries.notes.preview', { ids }));
    expect(twenty).toBe(one);
    expect(one).toBeLessThanOrEqual(15);
  });
});
