import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const pdfText = (dataBase64: string): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-return-')), 'r.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

/** A note of `quantity` 法兰球阀 (1,860.50 each, tax included), checked and delivered. */
async function deliveredValveNote(quantity: string) {
  const { order, lineIds } = await wonOrder(t);
  return deliveredNote(t, (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[1]!, quantity }])).id);
}

describe('the sales assistant corrects a delivery notice before it is confirmed', () => {
  it('changes quantities, ship date and address of a draft; the total follows; a stale copy, another order or a confirmed notice are refused', async () => {
    const { order, lineIds } = await wonOrder(t);
    const draft = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '4' }],
    });
    expect(draft.gross).toBe(4 * 680_000);

    const data = {
      orderId: order.id,
      date: today(),
      shipDate: '2026-12-08',
      deliveryAddress: '苏州工业园区星港街 33 号 3 号门',
      contactName: '钱工',
      contactPhone: '13812345678',
      notes: '下午送达',
      lines: [
        { orderLineId: lineIds[0]!, quantity: '3' },
        { orderLineId: lineIds[1]!, quantity: '2' },
      ],
    };
    const edited = await t.ok('deliveries.notices.update', { id: draft.id, lockVersion: draft.lockVersion, data });
    expect(edited).toMatchObject({
      number: draft.number,
      status: 'draft',
      shipDate: '2026-12-08',
      deliveryAddress: '苏州工业园区星港街 33 号 3 号门',
      notes: '下午送达',
      gross: 3 * 680_000 + 2 * 186_050,
      lockVersion: draft.lockVersion + 1,
    });
    expect(edited.lines.map((l) => [l.orderLineId, l.quantity])).toEqual([
      [lineIds[0], '3'],
      [lineIds[1], '2'],
    ]);
    const progress = await t.ok('orders.progress', { orderId: order.id });
    expect(progress.lines.map((l) => l.noticed)).toEqual(['3', '2']);

    // Someone working from the first copy does not overwrite the edit.
    const stale = await t.fail('deliveries.notices.update', { id: draft.id, lockVersion: draft.lockVersion, data });
    expect(stale.message).toContain('已被他人修改');
    const other = await wonOrder(t, { customer: { name: '无锡另一家客户有限公司' } });
    const moved = await t.fail('deliveries.notices.update', {
      id: draft.id,
      lockVersion: edited.lockVersion,
      data: { ...data, orderId: other.order.id, lines: [{ orderLineId: other.lineIds[0]!, quantity: '1' }] },
    });
    expect(moved.message).toBe('发货通知单的合同不能更改');

    await t.ok('deliveries.notices.confirm', { id: draft.id });
    const late = await t.fail('deliveries.notices.update', {
      id: draft.id,
      lockVersion: edited.lockVersion,
      data: { ...data, lines: [{ orderLineId: lineIds[0]!, quantity: '1' }] },
    });
    expect(late.code).toBe('CONFLICT');
    expect((await t.ok('deliveries.notices.get', { id: draft.id })).gross).toBe(edited.gross);
    const history = await t.ok('audit.forEntity', { entity: 'deliveryNotice', entityId: String(draft.id) });
    expect(history.map((a) => a.action)).toContain('update');
  });
});

describe('the dispatch clerk files the photo of a signed note with it', () => {
  it('attaches a scan under a label; it is listed on the note; a cancelled note takes none', async () => {
    const note = await deliveredValveNote('2');
    const scan = await t.ok('attachments.upload', {
      filename: '签收照片.jpg',
      mime: 'image/jpeg',
      dataBase64: Buffer.from([0xff, 0xd8, 0xff, 0xd9]).toString('base64'),
    });
    const after = await t.ok('deliveries.notes.attach', { id: note.id, attachmentId: scan.id, label: '签收照片' });
    expect(after.attachments).toEqual([
      { attachmentId: scan.id, filename: '签收照片.jpg', mime: 'image/jpeg', label: '签收照片' },
    ]);
    expect(after.lockVersion).toBe(note.lockVersion + 1);
    expect((await t.ok('deliveries.notes.get', { id: note.id })).attachments).toHaveLength(1);
    expect((await t.fail('deliveries.notes.attach', { id: note.id, attachmentId: 99_999, label: null })).code).toBe(
      'NOT_FOUND',
    );

    const { order, lineIds } = await wonOrder(t, { customer: { name: '常州取消客户有限公司' } });
    const notice = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
    });
    await t.ok('deliveries.notices.confirm', { id: notice.id });
    const cancelled = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today() });
    await t.ok('deliveries.notes.cancel', { id: cancelled.id, reason: '客户改期' });
    const refused = await t.fail('deliveries.notes.attach', { id: cancelled.id, attachmentId: scan.id, label: null });
    expect(refused.code).toBe('CONFLICT');
    expect((await t.ok('deliveries.notes.get', { id: cancelled.id })).attachments).toEqual([]);
  });
});

describe('the sales assistant prints the return note for the customer', () => {
  it('the 退货单 PDF names the return, the note it came back from, the reason, the goods and the credit in 大写', async () => {
    const note = await deliveredValveNote('6');
    const back = await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '规格不符，应为 DN100',
      lines: [{ noteLineId: note.lines[0]!.id, quantity: '2' }],
    });
    const file = await t.ok('deliveries.returns.pdf', { id: back.id });
    expect(file.filename).toBe(`退货单-${back.number}.pdf`);
    const text = pdfText(file.dataBase64);
    expect(text).toContain('退货单');
    expect(text).toContain(back.number);
    expect(text).toContain(note.number);
    expect(text).toContain('规格不符，应为DN100');
    expect(text).toContain('Q41F-16CDN80');
    expect(text).toContain('3,721.00');
    expect(text).toContain('叁仟柒佰贰拾壹元整');
    expect((await t.fail('deliveries.returns.pdf', { id: 99_999 })).code).toBe('NOT_FOUND');
  });
});
