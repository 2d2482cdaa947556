import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { confirmedNotice as supportNotice, deliveredNote as supportNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { addDays, today } from '../../../electron/core/dates';
import { registeredInvoice } from '../support/finance';

const t = useTestCore();

const confirmedNotice = (orderId: number, lines: { orderLineId: number; quantity: string }[]) =>
  supportNotice(t, orderId, lines);
/** A note picked, checked and taken to the customer by hand. */
const deliveredNote = (noticeId: number) => supportNote(t, noticeId, 3);

describe('delivery notices and partial deliveries', () => {
  it('ships an order in parts and shows ordered, noticed, delivered and outstanding per line', async () => {
    const { order, lineIds } = await wonOrder(t);
    const first = await confirmedNotice(order.id, [{ orderLineId: lineIds[0]!, quantity: '4' }]);
    expect(first).toMatchObject({
      number: expect.stringMatching(/^TZ\d{4}-00001$/),
      status: 'confirmed',
      deliveryAddress: '苏州工业园区星港街 33 号',
    });
    // 4 × 6800 tax included.
    expect(first.gross).toBe(2_720_000);
    let p = await t.ok('orders.progress', { orderId: order.id });
    expect(p.lines.map((l) => [l.ordered, l.noticed, l.delivered, l.outstanding, l.available])).toEqual([
      ['10', '4', '0', '10', '6'],
      ['6', '0', '0', '6', '6'],
    ]);

    const note = await deliveredNote(first.id);
    expect(note.number).toMatch(/^FH\d{4}-00001$/);
    expect((await t.ok('deliveries.notices.get', { id: first.id })).status).toBe('closed');
    p = await t.ok('orders.progress', { orderId: order.id });
    expect(p.lines[0]).toMatchObject({ ordered: '10', noticed: '4', delivered: '4', outstanding: '6', available: '6' });
    expect(p.deliveredGross).toBe(2_720_000);

    const over = await t.fail('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '6.5' }],
    });
    expect(over.message).toContain('还可发 6 台');
    expect(await t.count('delivery_notices')).toBe(1);
  });

  it('a note may take part of a notice; the rest stays open on the notice', async () => {
    const { order, lineIds } = await wonOrder(t);
    const notice = await confirmedNotice(order.id, [{ orderLineId: lineIds[1]!, quantity: '6' }]);
    const part = await t.ok('deliveries.notes.create', {
      noticeId: notice.id,
      date: today(),
      lines: [{ noticeLineId: notice.lines[0]!.id, quantity: '2.5', packages: 1 }],
    });
    expect(part.lines[0]).toMatchObject({ quantity: '2.5', packages: 1, gross: 465_125 });
    const after = await t.ok('deliveries.notices.get', { id: notice.id });
    expect(after).toMatchObject({
      status: 'confirmed',
      lines: [expect.objectContaining({ onNotes: '2.5', remaining: '3.5' })],
    });
    const tooMuch = await t.fail('deliveries.notes.create', {
      noticeId: notice.id,
      date: today(),
      lines: [{ noticeLineId: notice.lines[0]!.id, quantity: '4' }],
    });
    expect(tooMuch.message).toContain('还剩 3.5 台');
    const rest = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today() });
    expect(rest.lines[0]!.quantity).toBe('3.5');
    expect((await t.ok('deliveries.notices.get', { id: notice.id })).status).toBe('closed');
    // Cancelling a note gives its quantity back to the notice.
    await t.ok('deliveries.notes.cancel', { id: rest.id, reason: '客户改期' });
    expect((await t.ok('deliveries.notices.get', { id: notice.id })).status).toBe('confirmed');
  });
});

describe('credit check when a notice is confirmed', () => {
  it('over the limit it is blocked, and only a manager can release it with a reason, audited', async () => {
    const { order, lineIds } = await wonOrder(t, { customer: { creditLimit: 3_000_000 } });
    await deliveredNote((await confirmedNotice(order.id, [{ orderLineId: lineIds[0]!, quantity: '4' }])).id);
    const next = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
    });
    const standing = await t.ok('deliveries.credit', { customerId: order.customerId, noticeId: next.id });
    expect(standing).toMatchObject({
      creditLimit: 3_000_000,
      exposure: 2_720_000,
      deliveredNotInvoiced: 2_720_000,
      extra: 680_000,
      reasons: ['overLimit'],
    });

    const blocked = await t.fail('deliveries.notices.confirm', { id: next.id });
    expect(blocked.code).toBe('CONFLICT');
    expect(blocked.message).toContain('超出信用额度 ¥4,000.00（额度 ¥30,000.00，已占用 ¥27,200.00，本次 ¥6,800.00）');
    expect(blocked.message).toContain('需销售经理填写原因后放行');
    expect((await t.ok('deliveries.notices.get', { id: next.id })).status).toBe('draft');

    // The sales assistant cannot release it herself.
    await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    const sales = await t.core.call('auth.login', { username: 'zhangli' });
    const sessionId = (sales as { ok: true; value: { sessionId: string } }).value.sessionId;
    expect(
      (await t.fail('deliveries.notices.confirm', { id: next.id, overrideReason: '老客户' }, { sessionId })).code,
    ).toBe('FORBIDDEN');

    const released = await t.ok('deliveries.notices.confirm', { id: next.id, overrideReason: '客户已承诺月底付款' });
    expect(released).toMatchObject({ status: 'confirmed', overrideReason: '客户已承诺月底付款', overrideBy: '管理员' });
    const history = await t.ok('audit.forEntity', { entity: 'deliveryNotice', entityId: String(next.id) });
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['override', 'confirm']));
    expect(history.find((h) => h.action === 'override')).toMatchObject({
      after: expect.objectContaining({ reason: '客户已承诺月底付款' }),
    });
    expect(await t.count('credit_releases')).toBe(1);
  });

  it('overdue debt blocks too: an invoice open longer than the payment days', async () => {
    const { order, lineIds } = await wonOrder(t, { customer: { paymentDays: 30 } });
    await deliveredNote((await confirmedNotice(order.id, [{ orderLineId: lineIds[1]!, quantity: '1' }])).id);
    // Invoiced 31 days ago, payment days 30: one day past due.
    await registeredInvoice(t, { customerId: order.customerId, issueDate: addDays(today(), -31), gross: 186_050 });
    const next = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[1]!, quantity: '1' }],
    });
    const err = await t.fail('deliveries.notices.confirm', { id: next.id });
    expect(err.message).toContain('有逾期未收款 ¥1,860.50');
  });
});

describe('pick check (出库核对)', () => {
  it('a wrong product, spec or count is shown, blocks loading, and the failed check is kept with its checker', async () => {
    const { order, lineIds } = await wonOrder(t, {
      lines: [{ name: '压力变送器', spec: 'PDS403H', unit: '只', quantity: '10', unitPrice: '1320.5' }],
    });
    const p = await t.ok('products.create', { name: '压力变送器', spec: 'PDS403H', unit: '只', listPrice: '1200' });
    await t.core.services.db()('sales_order_lines').where({ id: lineIds[0] }).update({ product_id: p.id });
    const notice = await confirmedNotice(order.id, [{ orderLineId: lineIds[0]!, quantity: '10' }]);
    const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today() });
    const line = note.lines[0]!;
    expect(line.code).toBe(p.code);

    const wrong = await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: [{ lineId: line.id, code: 'CP99999', spec: 'PDS403G', quantity: '9' }],
    });
    expect(wrong.status).toBe('prepared');
    expect(wrong.checks.at(-1)).toMatchObject({
      passed: false,
      checkedBy: '管理员',
      mismatches: [expect.objectContaining({ problems: ['product', 'spec', 'quantity'] })],
    });
    expect((await t.fail('deliveries.notes.advance', { id: note.id, to: 'loaded' })).code).toBe('CONFLICT');

    const right = await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: [{ lineId: line.id, code: p.code.toLowerCase(), quantity: '10.0' }],
    });
    expect(right).toMatchObject({ status: 'checked', checkedBy: '管理员' });
    expect(right.checks.map((c) => c.passed)).toEqual([false, true]);
  });
});

describe('status rules', () => {
  it('no 回单 before delivery; nothing is cancelled once loaded; a 回单 records signer, discrepancies and the scan', async () => {
    const { order, lineIds } = await wonOrder(t);
    const notice = await confirmedNotice(order.id, [{ orderLineId: lineIds[0]!, quantity: '10' }]);
    const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today() });
    const early = await t.fail('deliveries.notes.receipt', { id: note.id, signer: '钱工', date: today() });
    expect(early.message).toContain('不能转为「回单已回」');
    await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: [{ lineId: note.lines[0]!.id, code: 'LDG-150', quantity: '10' }],
    });
    await t.ok('deliveries.notes.advance', { id: note.id, to: 'loaded' });
    expect((await t.fail('deliveries.notes.cancel', { id: note.id, reason: '不要了' })).code).toBe('CONFLICT');
    await t.ok('deliveries.notes.advance', { id: note.id, to: 'in_transit' });
    await t.ok('deliveries.notes.advance', { id: note.id, to: 'delivered', date: today() });

    const scan = await t.ok('attachments.upload', {
      filename: '回单.jpg',
      mime: 'image/jpeg',
      dataBase64: Buffer.from([0xff, 0xd8, 0xff, 0xd9]).toString('base64'),
    });
    const back = await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      attachmentId: scan.id,
      discrepancies: [{ lineId: note.lines[0]!.id, kind: 'short', quantity: '1', note: '少一台' }],
    });
    expect(back).toMatchObject({
      status: 'receipted',
      receiptSigner: '钱工',
      attachments: [expect.objectContaining({ filename: '回单.jpg', label: '回单' })],
    });
    expect(back.lines[0]).toMatchObject({ discrepancy: 'short', discrepancyQty: '1' });
    // The short one is outstanding again and can go on a new notice: a re-delivery.
    const p = await t.ok('orders.progress', { orderId: order.id });
    expect(p.lines[0]).toMatchObject({ delivered: '9', outstanding: '1', available: '1' });
  });

  it('补发: what the 回单 came back short and what was returned goes on a re-delivery notice once, and is no longer owed', async () => {
    const { order, lineIds } = await wonOrder(t);
    const notice = await confirmedNotice(order.id, [
      { orderLineId: lineIds[0]!, quantity: '10' },
      { orderLineId: lineIds[1]!, quantity: '6' },
    ]);
    const note = await deliveredNote(notice.id);
    const [first, second] = note.lines;
    // Nothing is owed before the 回单 says so.
    expect((await t.fail('deliveries.notes.redeliver', { id: note.id, date: today() })).message).toContain(
      '没有待补发的货',
    );
    const signed = await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [
        { lineId: first!.id, kind: 'short', quantity: '2', note: '少两台' },
        { lineId: second!.id, kind: 'damaged', quantity: '1', note: '外壳压坏' },
      ],
    });
    // A damaged one is not re-delivered until it comes back.
    expect(signed.lines.map((l) => l.redeliverable)).toEqual(['2', '0']);
    const creditBefore = await t.ok('deliveries.credit', { customerId: order.customerId, noticeId: null });
    // 10 × 6800 + 6 × 1861 tax included, less the 2 short at 6800.
    expect(creditBefore.deliveredNotInvoiced).toBe(6_800_000 + 1_116_300 - 1_360_000);
    await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '外壳压坏',
      lines: [{ noteLineId: second!.id, quantity: '1' }],
    });

    const again = await t.ok('deliveries.notes.redeliver', { id: note.id, date: today() });
    expect(again).toMatchObject({
      status: 'draft',
      redeliveryOf: { id: note.id, number: note.number },
      deliveryAddress: note.deliveryAddress,
      notes: `补发：送货单 ${note.number}`,
    });
    expect(again.lines.map((l) => [l.orderLineId, l.quantity])).toEqual([
      [lineIds[0], '2'],
      [lineIds[1], '1'],
    ]);
    const after = await t.ok('deliveries.notes.get', { id: note.id });
    expect(after.redeliveries).toEqual([{ id: again.id, number: again.number, status: 'draft' }]);
    expect(after.lines.map((l) => l.redeliverable)).toEqual(['0', '0']);
    // A second click makes nothing: it is all on the first re-delivery.
    expect((await t.fail('deliveries.notes.redeliver', { id: note.id, date: today() })).code).toBe('CONFLICT');
    expect(await t.count('delivery_notices')).toBe(2);
    // Cancelling the re-delivery makes the quantities owed again.
    await t.ok('deliveries.notices.cancel', { id: again.id, reason: '客户自提' });
    expect((await t.ok('deliveries.notes.get', { id: note.id })).lines.map((l) => l.redeliverable)).toEqual(['2', '1']);
    const audit = await t.ok('audit.forEntity', { entity: 'deliveryNotice', entityId: String(again.id) });
    expect(audit.map((a) => a.action)).toContain('redeliver');
  });

  it('补发 sends no more than the order still has free', async () => {
    const { order, lineIds } = await wonOrder(t);
    const note = await deliveredNote(
      (await confirmedNotice(order.id, [{ orderLineId: lineIds[0]!, quantity: '10' }])).id,
    );
    await t.ok('deliveries.notes.receipt', {
      id: note.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: note.lines[0]!.id, kind: 'short', quantity: '3' }],
    });
    // The sales assistant already put two of the three on a plain notice.
    await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '2' }],
    });
    const again = await t.ok('deliveries.notes.redeliver', { id: note.id, date: today() });
    expect(again.lines.map((l) => l.quantity)).toEqual(['1']);
  });

  it('a return against a delivered note: numbered, priced as delivered, and the order follows', async () => {
    const { order, lineIds } = await wonOrder(t);
    const note = await deliveredNote(
      (await confirmedNotice(order.id, [{ orderLineId: lineIds[1]!, quantity: '6' }])).id,
    );
    const back = await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '规格不符',
      lines: [{ noteLineId: note.lines[0]!.id, quantity: '2' }],
    });
    expect(back).toMatchObject({
      number: expect.stringMatching(/^TH\d{4}-00001$/),
      gross: 372_100,
      amountInWords: '叁仟柒佰贰拾壹元整',
    });
    const p = await t.ok('orders.progress', { orderId: order.id });
    expect(p.lines[1]).toMatchObject({ delivered: '4', returned: '2', outstanding: '2', available: '2' });
    const tooMany = await t.fail('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '再退',
      lines: [{ noteLineId: note.lines[0]!.id, quantity: '5' }],
    });
    expect(tooMany.message).toContain('还可退 4 台');
    expect(
      (await t.ok('deliveries.credit', { customerId: order.customerId, noticeId: null })).deliveredNotInvoiced,
    ).toBe(1_116_300 - 372_100);
  });
});
