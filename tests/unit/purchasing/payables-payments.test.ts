import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';
import { heldBill, invoiceOpen, paidSupplier, supplier, supplierInvoice } from '../support/payables';

const t = useTestCore();

/** Three invoices of the supplier: due 04-09 (11,300.00), 04-19 (22,600.00) and 05-09 (5,650.00). */
async function threeInvoices(supplierId: number) {
  const late = await supplierInvoice(t, { supplierId, invoiceDate: '2026-04-09', gross: 5_650_00 });
  const first = await supplierInvoice(t, { supplierId, invoiceDate: '2026-03-10', gross: 11_300_00 });
  const second = await supplierInvoice(t, { supplierId, invoiceDate: '2026-03-20', gross: 22_600_00 });
  return { first, second, late };
}

describe('supplier payments (付款) and their allocation', () => {
  it('paid without choosing: the earliest due invoices first, the last one part-paid, settled on the payment date', async () => {
    const s = await supplier(t);
    const { first, second, late } = await threeInvoices(s.id);
    const p = await paidSupplier(t, s.id, '2026-04-20', 20_000_00);
    expect(p.number).toBe('FK2026-00001');
    expect(p.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      [first.id, 11_300_00],
      [second.id, 8_700_00],
    ]);
    expect([p.unapplied, p.allocated]).toEqual([0, 20_000_00]);
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 0, settledOn: '2026-04-20' });
    expect(await invoiceOpen(t, second.id)).toEqual({ open: 13_900_00, settledOn: null });
    expect(await invoiceOpen(t, late.id)).toEqual({ open: 5_650_00, settledOn: null });
    const got = await t.ok('purchasing.payables.invoices.get', { id: second.id });
    expect(got.allocations.map((a) => [a.paymentNumber, a.amount, a.payMethod])).toEqual([
      ['FK2026-00001', 8_700_00, 'transfer'],
    ]);

    // More than is open on all of them: the rest waits, unapplied, for the next invoice.
    const more = await paidSupplier(t, s.id, '2026-04-25', 20_000_00);
    expect([more.allocated, more.unapplied]).toEqual([19_550_00, 450_00]);
    expect((await t.ok('purchasing.payables.openInvoices', { supplierId: s.id })).length).toBe(0);
  });

  it('paid as chosen: the amounts given, the rest unapplied; later set against a new invoice', async () => {
    const s = await supplier(t);
    const { first, late } = await threeInvoices(s.id);
    const p = await paidSupplier(t, s.id, '2026-04-20', 6_000_00, [{ invoiceId: late.id, amount: 5_650_00 }]);
    expect([p.allocated, p.unapplied]).toEqual([5_650_00, 350_00]);
    expect(await invoiceOpen(t, late.id)).toEqual({ open: 0, settledOn: '2026-04-20' });
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 11_300_00, settledOn: null });

    const after = await t.ok('purchasing.payables.payments.allocate', { paymentId: p.id, items: null });
    expect([after.unapplied, after.allocations.at(-1)!.invoiceId, after.allocations.at(-1)!.amount]).toEqual([
      0,
      first.id,
      350_00,
    ]);
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 10_950_00, settledOn: null });
    const history = await t.ok('audit.forEntity', { entity: 'supplierPayment', entityId: String(p.id) });
    // Newest first.
    expect(history.map((h) => h.action)).toEqual(['allocate', 'create']);
    expect(history[0]!.before).toEqual({ unapplied: 350_00 });
    expect(history[0]!.refs[`supplierInvoice:${first.id}`]).toBe(first.invoiceNumber);
  });

  it('over-allocation is refused in plain words beside the row, and nothing is written', async () => {
    const s = await supplier(t);
    const other = await supplier(t, '无锡华光电气有限公司');
    const { first, second } = await threeInvoices(s.id);
    const theirs = await supplierInvoice(t, { supplierId: other.id, invoiceDate: '2026-03-10', gross: 1_000_00 });
    const before = await Promise.all(
      ['supplier_payments', 'supplier_payment_allocations', 'audit_log'].map((x) => t.count(x)),
    );
    const pay = (amount: number, allocations: { invoiceId: number; amount: number }[]) =>
      t.fail('purchasing.payables.payments.create', {
        supplierId: s.id,
        payDate: '2026-04-20',
        amount,
        payMethod: 'transfer',
        allocations,
      });

    const overOpen = await pay(20_000_00, [{ invoiceId: first.id, amount: 11_300_01 }]);
    expect(overOpen.message).toBe(`核销金额超过发票 ${first.invoiceNumber} 的未付金额 11,300.00 元`);
    expect(overOpen.details?.fields).toEqual([{ path: 'allocations.0.amount', message: '超过未付金额' }]);

    const overPaid = await pay(20_000_00, [
      { invoiceId: first.id, amount: 11_300_00 },
      { invoiceId: second.id, amount: 8_700_01 },
    ]);
    expect(overPaid.message).toBe('核销合计 20,000.01 元超过付款的未核销金额 20,000.00 元');
    expect(overPaid.details?.fields).toEqual([{ path: 'allocations', message: '超过付款金额' }]);

    const wrongSupplier = await pay(1_000_00, [{ invoiceId: theirs.id, amount: 1_000_00 }]);
    expect(wrongSupplier.details?.fields).toEqual([{ path: 'allocations.0.invoiceId', message: '不是本供应商的发票' }]);
    const twice = await pay(2_000_00, [
      { invoiceId: first.id, amount: 1_000_00 },
      { invoiceId: first.id, amount: 1_000_00 },
    ]);
    expect(twice.details?.fields).toEqual([{ path: 'allocations.1.invoiceId', message: '重复的发票' }]);
    const noAmount = await t.fail('purchasing.payables.payments.create', {
      supplierId: s.id,
      payDate: '2026-04-20',
      amount: -5,
      payMethod: 'cash',
    });
    expect(noAmount.details?.fields).toEqual([{ path: 'amount', message: '应为大于 0 的金额' }]);

    const after = await Promise.all(
      ['supplier_payments', 'supplier_payment_allocations', 'audit_log'].map((x) => t.count(x)),
    );
    expect(after).toEqual(before);
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 11_300_00, settledOn: null });
  });

  it('cancelled with a reason: its allocations undone, the invoices open again, it counts nowhere', async () => {
    const s = await supplier(t);
    const { first, second } = await threeInvoices(s.id);
    const a = await paidSupplier(t, s.id, '2026-04-10', 11_300_00);
    const b = await paidSupplier(t, s.id, '2026-04-20', 10_000_00, [{ invoiceId: second.id, amount: 10_000_00 }]);
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 0, settledOn: '2026-04-10' });
    const cancelled = await t.ok('purchasing.payables.payments.cancel', { id: a.id, reason: '银行退票' });
    expect([cancelled.status, cancelled.cancelReason, cancelled.unapplied, cancelled.allocations]).toEqual([
      'cancelled',
      '银行退票',
      0,
      [],
    ]);
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 11_300_00, settledOn: null });
    expect(await invoiceOpen(t, second.id)).toEqual({ open: 12_600_00, settledOn: null });
    const again = await t.fail('purchasing.payables.payments.cancel', { id: a.id, reason: '再作废' });
    expect(again.message).toBe(`付款 ${a.number} 已作废`);
    const list = await t.ok('purchasing.payables.payments.list', { filters: { supplierId: s.id } });
    expect(list.rows.map((r) => r.id)).toEqual([b.id]);
    const all = await t.ok('purchasing.payables.payments.list', { filters: { includeCancelled: true } });
    expect(all.total).toBe(2);
    const [cancel] = (await t.ok('audit.forEntity', { entity: 'supplierPayment', entityId: String(a.id) })).filter(
      (h) => h.action === 'cancel',
    );
    expect(cancel!.after).toEqual({
      status: 'cancelled',
      reason: '银行退票',
      undone: [{ invoiceId: first.id, invoiceNumber: first.invoiceNumber, amount: 11_300_00 }],
    });
  });

  it('paying by endorsing one of our acceptance bills: the bill goes to the supplier, and comes back when cancelled', async () => {
    const s = await supplier(t);
    const { first, second } = await threeInvoices(s.id);
    const bill = await heldBill(t, 15_000_00);
    expect((await t.ok('purchasing.payables.heldBills', {})).map((b) => b.id)).toEqual([bill.id]);

    const wrongAmount = await t.fail('purchasing.payables.payments.create', {
      supplierId: s.id,
      payDate: '2026-04-20',
      amount: 14_000_00,
      payMethod: 'acceptance_bill',
      billId: bill.id,
    });
    expect(wrongAmount.message).toBe('背书转让的付款金额应等于汇票票面金额 15,000.00 元');
    expect(wrongAmount.details?.fields).toEqual([{ path: 'amount', message: '应等于票面金额' }]);
    const noBill = await t.fail('purchasing.payables.payments.create', {
      supplierId: s.id,
      payDate: '2026-04-20',
      payMethod: 'acceptance_bill',
    });
    expect(noBill.details?.fields).toEqual([{ path: 'billId', message: '请选择汇票' }]);
    expect(await t.count('supplier_payments')).toBe(0);

    const p = await t.ok('purchasing.payables.payments.create', {
      supplierId: s.id,
      payDate: '2026-04-20',
      payMethod: 'acceptance_bill',
      billId: bill.id,
    });
    expect([p.amount, p.payMethod, p.billNo, p.allocated]).toEqual([
      15_000_00,
      'acceptance_bill',
      bill.billNo,
      15_000_00,
    ]);
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 0, settledOn: '2026-04-20' });
    expect(await invoiceOpen(t, second.id)).toEqual({ open: 18_900_00, settledOn: null });
    const endorsed = await t.ok('bills.get', { id: bill.id });
    expect([endorsed.state, endorsed.endorsee, endorsed.stateDate]).toEqual([
      'endorsed',
      '上海光华仪表有限公司',
      '2026-04-20',
    ]);
    expect(endorsed.events.at(-1)).toMatchObject({
      state: 'endorsed',
      date: '2026-04-20',
      detail: `上海光华仪表有限公司 ${p.number}`,
    });
    expect(await t.ok('purchasing.payables.heldBills', {})).toEqual([]);

    // The same bill cannot pay twice.
    const twice = await t.fail('purchasing.payables.payments.create', {
      supplierId: s.id,
      payDate: '2026-04-21',
      payMethod: 'acceptance_bill',
      billId: bill.id,
    });
    expect(twice.message).toBe(`汇票 ${bill.billNo} 当前不在手上（已背书转让），不能背书转让`);

    await t.ok('purchasing.payables.payments.cancel', { id: p.id, reason: '供应商不收商票' });
    const back = await t.ok('bills.get', { id: bill.id });
    expect([back.state, back.endorsee]).toEqual(['held', null]);
    expect(back.events.map((e) => e.state)).toEqual(['held', 'endorsed', 'held']);
    expect(await invoiceOpen(t, first.id)).toEqual({ open: 11_300_00, settledOn: null });
    const billHistory = await t.ok('audit.forEntity', { entity: 'acceptanceBill', entityId: String(bill.id) });
    expect(billHistory.map((h) => h.action)).toEqual(['endorseUndone', 'endorsed']);
    expect(billHistory[1]!.refs[`supplierPayment:${p.id}`]).toBe(p.number);
  });

  it('sales may not pay suppliers', async () => {
    const s = await supplier(t);
    const sales = await loggedIn(t, 'sales', 'li', '李娜');
    const denied = await t.fail(
      'purchasing.payables.payments.create',
      { supplierId: s.id, payDate: '2026-04-20', amount: 100_00, payMethod: 'cash' },
      { sessionId: sales },
    );
    expect(denied.code).toBe('FORBIDDEN');
    expect(await t.count('supplier_payments')).toBe(0);
  });
});
