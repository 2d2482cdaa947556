import { describe, expect, it } from 'vitest';
import { addDays, setClock, today } from '../../../electron/core/dates';
import { useTestCore } from '../support/test-core';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { paid, receivedPayment, redLetter, registeredInvoice } from '../support/finance';
import { wonOrder } from '../support/orders';
import { loggedIn } from '../support/users';

const t = useTestCore();

describe('credit exposure: open invoices − unapplied receipts + delivered not invoiced + notices not delivered', () => {
  it('adds up each part to the fen', async () => {
    // 10 × 6800 and 6 × 1860.50, tax included.
    const { order, lineIds } = await wonOrder(t);
    const customerId = order.customerId;

    // Notice A: 4 flow meters (27200) and 2 valves (3721) delivered; 1 meter signed short, 1 valve returned.
    const a = await confirmedNotice(t, order.id, [
      { orderLineId: lineIds[0]!, quantity: '4' },
      { orderLineId: lineIds[1]!, quantity: '2' },
    ]);
    const noteA = await deliveredNote(t, a.id);
    expect(noteA.gross).toBe(3_092_100);
    await t.ok('deliveries.notes.receipt', {
      id: noteA.id,
      signer: '钱工',
      date: today(),
      discrepancies: [{ lineId: noteA.lines[0]!.id, kind: 'short', quantity: '1' }],
    });
    await t.ok('deliveries.returns.create', {
      noteId: noteA.id,
      date: today(),
      reason: '规格不符',
      lines: [{ noteLineId: noteA.lines[1]!.id, quantity: '1' }],
    });

    // Notice B: 3 meters (20400); one delivered (6800), one only loaded, one not on a note yet.
    const b = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '3' }]);
    const partOfB = (quantity: string) =>
      t.ok('deliveries.notes.create', {
        noticeId: b.id,
        date: today(),
        lines: [{ noticeLineId: b.lines[0]!.id, quantity, packages: 1 }],
      });
    const delivered = await partOfB('1');
    await t.ok('deliveries.notes.check', {
      id: delivered.id,
      lines: [{ lineId: delivered.lines[0]!.id, code: 'LDG-150', quantity: '1' }],
    });
    for (const to of ['loaded', 'in_transit', 'delivered'] as const)
      await t.ok('deliveries.notes.advance', { id: delivered.id, to });
    const loaded = await partOfB('1');
    await t.ok('deliveries.notes.check', {
      id: loaded.id,
      lines: [{ lineId: loaded.lines[0]!.id, code: 'LDG-150', quantity: '1' }],
    });
    await t.ok('deliveries.notes.advance', { id: loaded.id, to: 'loaded' });

    // Notice C is a draft: nothing promised yet.
    const c = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
    });

    // Invoiced 10000; 5000 received, 4000 of it on the invoice; a red-letter of −2000 takes 2000 more off it.
    // A cancelled receipt counts for nothing.
    const blue = await registeredInvoice(t, { customerId, issueDate: today(), gross: 1_000_000 });
    await receivedPayment(t, {
      customerId,
      date: today(),
      amount: 500_000,
      allocations: [{ invoiceId: blue.id, amount: 400_000 }],
    });
    await redLetter(t, blue.id, 200_000, today());
    await receivedPayment(t, { customerId, date: today(), amount: 300_000, cancelled: true });

    const standing = await t.ok('deliveries.credit', { customerId, noticeId: c.id });
    // Delivered: 30921 − 6800 short − 1860.50 returned + 6800 of B = 29060.50; less 8000 invoiced (blue and red).
    expect(standing).toEqual({
      customerId,
      asOf: today(),
      creditLimit: null,
      paymentDays: 0,
      openInvoices: 400_000,
      unapplied: 100_000,
      deliveredNotInvoiced: 2_906_050 - 800_000,
      // B's 20400 less the 6800 delivered; the loaded note still counts here.
      noticesNotDelivered: 1_360_000,
      exposure: 400_000 - 100_000 + 2_106_050 + 1_360_000,
      overdue: 0,
      extra: 680_000,
      reasons: [],
    });
  });

  it('invoiced beyond what was delivered leaves nothing delivered-not-invoiced, never a negative', async () => {
    const { order } = await wonOrder(t);
    await registeredInvoice(t, { customerId: order.customerId, issueDate: today(), gross: 500_000 });
    await receivedPayment(t, { customerId: order.customerId, date: today(), amount: 800_000 });
    const s = await t.ok('receivables.credit.standing', {
      customerId: order.customerId,
      orderId: null,
      noticeId: null,
    });
    expect(s).toMatchObject({
      openInvoices: 500_000,
      unapplied: 800_000,
      deliveredNotInvoiced: 0,
      noticesNotDelivered: 0,
      exposure: -300_000,
    });
  });
});

describe('limits: empty is no limit, 0 is cash only', () => {
  it('an empty limit never blocks, however much is owed', async () => {
    const { order, lineIds } = await wonOrder(t);
    await registeredInvoice(t, { customerId: order.customerId, issueDate: today(), gross: 99_000_000 });
    const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '10' }]);
    expect(notice.status).toBe('confirmed');
    expect(notice.overrideReason).toBeNull();
  });

  it('0 blocks any exposure: a cash-only customer gets nothing on credit; exactly at a limit passes', async () => {
    const cash = await wonOrder(t, { customer: { name: '现款客户有限公司', creditLimit: 0 } });
    const draft = await t.ok('deliveries.notices.create', {
      orderId: cash.order.id,
      date: today(),
      lines: [{ orderLineId: cash.lineIds[1]!, quantity: '1' }],
    });
    const err = await t.fail('deliveries.notices.confirm', { id: draft.id });
    expect(err.message).toBe(
      `发货通知单 ${draft.number} 未通过信用检查：该客户为现款客户（额度 0），不能赊欠 ¥1,860.50。需销售经理填写原因后放行`,
    );
    // Paid in advance: the unapplied receipt covers it, nothing is owed.
    await receivedPayment(t, { customerId: cash.order.customerId, date: today(), amount: 186_050 });
    expect((await t.ok('deliveries.notices.confirm', { id: draft.id })).status).toBe('confirmed');

    const edge = await wonOrder(t, { customer: { name: '额度刚好有限公司', creditLimit: 186_050 } });
    const exact = await t.ok('deliveries.notices.create', {
      orderId: edge.order.id,
      date: today(),
      lines: [{ orderLineId: edge.lineIds[1]!, quantity: '1' }],
    });
    expect((await t.ok('deliveries.notices.confirm', { id: exact.id })).status).toBe('confirmed');
    const oneMore = await t.ok('deliveries.notices.create', {
      orderId: edge.order.id,
      date: today(),
      lines: [{ orderLineId: edge.lineIds[1]!, quantity: '1' }],
    });
    expect((await t.fail('deliveries.notices.confirm', { id: oneMore.id })).message).toContain(
      '超出信用额度 ¥1,860.50（额度 ¥1,860.50，已占用 ¥1,860.50，本次 ¥1,860.50）',
    );
  });
});

describe('overdue: open past the invoice date (or signed delivery) plus the payment days', () => {
  it('is due on the last payment day and overdue the day after, on either basis', async () => {
    const day0 = today();
    const on = (date: string) => setClock(new Date(`${date}T04:00:00Z`));
    // Ordered 40 days ago, signed for 30 days ago, invoiced for it as of 40 days ago: due today by delivery, ten
    // days late by invoice date.
    on(addDays(day0, -40));
    const { order, lineIds } = await wonOrder(t, { customer: { paymentDays: 30 } });
    const customerId = order.customerId;
    on(addDays(day0, -30));
    const note = await deliveredNote(
      t,
      (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '1' }])).id,
    );
    on(day0);
    const standing = () => t.ok('receivables.credit.standing', { customerId, orderId: null, noticeId: null });
    const inv = await registeredInvoice(t, {
      customerId,
      issueDate: addDays(day0, -40),
      noteIds: [note.id],
      gross: 250_000,
    });
    expect(await standing()).toMatchObject({ overdue: 250_000, reasons: ['overdue'] });

    const settings = await t.ok('receivables.settings.get', {});
    expect(settings).toEqual({
      overdueBasis: 'invoice',
      ageingBasis: 'invoice',
      buckets: [30, 60, 90, 180, 365],
      ackReminderDays: 7,
    });
    await t.ok('receivables.settings.update', { ...settings, overdueBasis: 'delivery' });
    expect(await standing()).toMatchObject({ overdue: 0, reasons: [] });
    // A day later it was signed for 31 days ago.
    on(addDays(day0, 1));
    expect(await standing()).toMatchObject({ overdue: 250_000, reasons: ['overdue'] });

    // Back on the invoice basis: on the 30th day after its issue it is due, not overdue; on the 31st it is.
    await t.ok('receivables.settings.update', { ...settings, overdueBasis: 'invoice' });
    on(addDays(inv.issueDate, 30));
    expect(await standing()).toMatchObject({ overdue: 0, reasons: [] });
    on(addDays(inv.issueDate, 31));
    expect(await standing()).toMatchObject({ overdue: 250_000, reasons: ['overdue'] });
    // Partly paid: only what is still open is overdue.
    await paid(t, inv.id, 200_000, today());
    expect((await standing()).overdue).toBe(50_000);
  });

  it('refuses buckets that do not grow, beside the field, and keeps the settings', async () => {
    const err = await t.fail('receivables.settings.update', {
      overdueBasis: 'invoice',
      ageingBasis: 'due',
      buckets: [30, 90, 60],
      ackReminderDays: 7,
    });
    expect(err.details?.fields).toEqual([{ path: 'buckets', message: '账龄分段的天数须逐段增大' }]);
    expect((await t.ok('receivables.settings.get', {})).ageingBasis).toBe('invoice');
  });
});

describe('the customer receivables summary', () => {
  it('balance, open items, unapplied credit, terms, overdue, exposure and the last receipt; finance only', async () => {
    const { order } = await wonOrder(t, {
      customer: { paymentDays: 30, creditLimit: 2_000_000, paymentTerms: '月结30天' },
    });
    const customerId = order.customerId;
    await registeredInvoice(t, { customerId, issueDate: addDays(today(), -60), gross: 300_000 });
    const settled = await registeredInvoice(t, { customerId, issueDate: addDays(today(), -10), gross: 120_000 });
    await registeredInvoice(t, { customerId, issueDate: today(), gross: 80_000 });
    await receivedPayment(t, {
      customerId,
      date: addDays(today(), -3),
      amount: 150_000,
      allocations: [{ invoiceId: settled.id, amount: 120_000 }],
    });
    await receivedPayment(t, { customerId, date: today(), amount: 10_000, cancelled: true });

    const summary = await t.ok('receivables.customerSummary', { customerId });
    expect(summary).toMatchObject({
      customerId,
      balance: 380_000 - 30_000,
      openItems: { count: 2, amount: 380_000 },
      unapplied: 30_000,
      creditLimit: 2_000_000,
      paymentDays: 30,
      paymentTerms: '月结30天',
      overdue: 300_000,
      lastReceiptDate: addDays(today(), -3),
      standing: expect.objectContaining({ exposure: 350_000, deliveredNotInvoiced: 0, reasons: ['overdue'] }),
    });

    const dispatch = await loggedIn(t, 'dispatch', 'lishifu', '李师傅');
    expect((await t.fail('receivables.customerSummary', { customerId }, { sessionId: dispatch })).code).toBe(
      'FORBIDDEN',
    );
  });
});
