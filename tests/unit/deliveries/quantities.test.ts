import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { addDays, today } from '../../../electron/core/dates';

const t = useTestCore();

/** An order of 10 电磁流量计 (6800 each) and 6 法兰球阀, all 10 流量计 on one note taken to the customer. */
async function tenDelivered() {
  const { order, lineIds } = await wonOrder(t);
  const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '10' }]);
  const note = await deliveredNote(t, notice.id);
  return { order, note, line: note.lines[0]! };
}

const fieldsOf = (e: { details?: { fields?: { path: string; message: string }[] } }) => e.details?.fields ?? [];

describe('returns never exceed what the customer received', () => {
  it('10 delivered, 3 short on the 回单: at most 7 come back, then nothing; delivered ends at 0, never below', async () => {
    const { order, note, line } = await tenDelivered();
    await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: line.id, kind: 'short', quantity: '3', note: '少三台' }],
    });
    const returns = await t.count('delivery_returns');
    const lines = await t.count('delivery_return_lines');
    const audits = await t.count('audit_log');

    // Before, the 3 short could come back as well: delivered went to -3 and 13 of 10 were free again.
    const over = await t.fail('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '不要了',
      lines: [{ noteLineId: line.id, quantity: '8' }],
    });
    expect(over.code).toBe('VALIDATION');
    expect(over.message).toBe('电磁流量计 超出可退数量：还可退 7 台');
    expect(fieldsOf(over)).toEqual([{ path: 'lines.0.quantity', message: '最多还可退 7 台' }]);
    expect(await t.count('delivery_returns')).toBe(returns);
    expect(await t.count('delivery_return_lines')).toBe(lines);
    expect(await t.count('audit_log')).toBe(audits);

    await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '型号不对',
      lines: [{ noteLineId: line.id, quantity: '4' }],
    });
    const english = await t.fail(
      'deliveries.returns.create',
      { noteId: note.id, date: today(), reason: '再退', lines: [{ noteLineId: line.id, quantity: '3.5' }] },
      { locale: 'en' },
    );
    expect(fieldsOf(english)).toEqual([{ path: 'lines.0.quantity', message: 'at most 3 台 can still come back' }]);
    await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '再退',
      lines: [{ noteLineId: line.id, quantity: '3' }],
    });
    const none = await t.fail('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '还要退',
      lines: [{ noteLineId: line.id, quantity: '0.5' }],
    });
    expect(fieldsOf(none)).toEqual([{ path: 'lines.0.quantity', message: '最多还可退 0 台' }]);
    expect(await t.count('delivery_returns')).toBe(returns + 2);

    // 3 short + 7 returned: nothing delivered, all 10 owed once, and 10 (not 13) free for a new notice.
    const p = await t.ok('orders.progress', { orderId: order.id });
    expect(p.lines[0]).toMatchObject({
      ordered: '10',
      noticed: '10',
      delivered: '0',
      returned: '7',
      outstanding: '10',
      available: '10',
    });
    expect(p.lines[0]!.values.delivered).toBe(0);
    const signed = await t.ok('deliveries.notes.get', { id: note.id });
    expect(signed.lines[0]).toMatchObject({ returned: '7', discrepancyQty: '3', redeliverable: '10' });
  });

  it('a 回单 recorded after a return cannot call the returned goods short as well', async () => {
    const { order, note, line } = await tenDelivered();
    await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '多送了',
      lines: [{ noteLineId: line.id, quantity: '6' }],
    });
    const before = await t.count('audit_log');
    const twice = await t.fail('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: line.id, kind: 'short', quantity: '5', note: null }],
    });
    expect(twice.message).toBe('电磁流量计 的短少数量不能超过客户留下的数量：4 台（其余已退货）');
    expect(fieldsOf(twice)).toEqual([{ path: 'discrepancies.0.quantity', message: '最多 4 台：其余已退货' }]);
    expect(await t.count('audit_log')).toBe(before);
    expect((await t.ok('deliveries.notes.get', { id: note.id })).status).toBe('delivered');

    await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: line.id, kind: 'short', quantity: '4', note: null }],
    });
    const p = await t.ok('orders.progress', { orderId: order.id });
    expect(p.lines[0]).toMatchObject({ delivered: '0', returned: '6', outstanding: '10', available: '10' });
  });
});

describe('a 回单 lists each line once', () => {
  it('the same line twice is refused on the second mention, not merged; nothing is written', async () => {
    const { order, lineIds } = await wonOrder(t);
    const notice = await confirmedNotice(t, order.id, [
      { orderLineId: lineIds[0]!, quantity: '10' },
      { orderLineId: lineIds[1]!, quantity: '6' },
    ]);
    const note = await deliveredNote(t, notice.id);
    const [first, second] = note.lines;
    const audits = await t.count('audit_log');
    const err = await t.fail('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [
        { lineId: first!.id, kind: 'short', quantity: '1', note: null },
        { lineId: second!.id, kind: 'damaged', quantity: '1', note: null },
        { lineId: first!.id, kind: 'short', quantity: '2', note: null },
      ],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe('回单上 电磁流量计 填写了两次，每行只填一次');
    expect(fieldsOf(err)).toEqual([{ path: 'discrepancies.2.lineId', message: '该明细上面已填写' }]);
    expect(await t.count('audit_log')).toBe(audits);
    const still = await t.ok('deliveries.notes.get', { id: note.id });
    expect(still.status).toBe('delivered');
    expect(still.lines.map((l) => l.discrepancyQty)).toEqual([null, null]);
  });
});

describe('delivered and signed dates', () => {
  /** A checked note dated three days ago, on the road. */
  async function onTheRoad() {
    const { order, lineIds } = await wonOrder(t);
    const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '2' }]);
    const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: addDays(today(), -3) });
    await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: [{ lineId: note.lines[0]!.id, code: 'LDG-150', quantity: '2' }],
    });
    await t.ok('deliveries.notes.advance', { id: note.id, to: 'loaded' });
    await t.ok('deliveries.notes.advance', { id: note.id, to: 'in_transit' });
    return note;
  }

  it('delivered is entered, not before the note and not in the future; signed not before delivered nor in the future', async () => {
    const note = await onTheRoad();
    const audits = await t.count('audit_log');
    const early = await t.fail('deliveries.notes.advance', {
      id: note.id,
      to: 'delivered',
      date: addDays(today(), -4),
    });
    expect(early.message).toBe(`送达日期不能早于送货单日期 ${addDays(today(), -3)}`);
    expect(fieldsOf(early)).toEqual([{ path: 'date', message: '早于送货单日期' }]);
    const future = await t.fail(
      'deliveries.notes.advance',
      { id: note.id, to: 'delivered', date: addDays(today(), 1) },
      { locale: 'en' },
    );
    expect(future.message).toBe(`the delivery date ${addDays(today(), 1)} is in the future`);
    expect(fieldsOf(future)).toEqual([{ path: 'date', message: 'cannot be in the future' }]);
    expect(await t.count('audit_log')).toBe(audits);
    expect((await t.ok('deliveries.notes.get', { id: note.id })).status).toBe('in_transit');

    const delivered = await t.ok('deliveries.notes.advance', {
      id: note.id,
      to: 'delivered',
      date: addDays(today(), -2),
    });
    expect(delivered.deliveredOn).toBe(addDays(today(), -2));

    const beforeDelivery = await t.fail('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: addDays(today(), -3),
    });
    expect(fieldsOf(beforeDelivery)).toEqual([{ path: 'date', message: '早于送达日期' }]);
    const tomorrow = await t.fail('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: addDays(today(), 1),
    });
    expect(tomorrow.message).toBe(`回单日期 ${addDays(today(), 1)} 晚于今天`);
    expect(fieldsOf(tomorrow)).toEqual([{ path: 'date', message: '不能晚于今天' }]);
    expect((await t.ok('deliveries.notes.get', { id: note.id })).status).toBe('delivered');

    const signed = await t.ok('deliveries.notes.receipt', { id: note.id, signer: '钱工', date: addDays(today(), -1) });
    expect(signed).toMatchObject({
      status: 'receipted',
      deliveredOn: addDays(today(), -2),
      receiptDate: addDays(today(), -1),
    });
  });

  it('without dates both are today, as before', async () => {
    const { order, lineIds } = await wonOrder(t);
    const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '2' }]);
    const note = await deliveredNote(t, notice.id);
    expect(note.deliveredOn).toBe(today());
    const signed = await t.ok('deliveries.notes.receipt', { id: note.id, signer: '钱工' });
    expect(signed.receiptDate).toBe(today());
  });
});
