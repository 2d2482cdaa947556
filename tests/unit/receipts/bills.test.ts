import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { customer, invoiceState, registeredInvoice } from '../support/finance';

const t = useTestCore();

let serial = 0;
/** A receipt by bank acceptance bill, issued on `issueDate`, maturing on `maturityDate`. */
async function billReceipt(
  customerId: number,
  amount: number,
  issueDate: string,
  maturityDate: string,
  allocations: { invoiceId: number; amount: number }[] = [],
) {
  serial += 1;
  const r = await t.ok('receipts.create', {
    date: issueDate,
    customerId,
    amount,
    method: 'bank_bill',
    bill: {
      billNo: `13053310000282026${String(serial).padStart(13, '0')}`,
      acceptor: '中国工商银行苏州工业园区支行',
      issueDate,
      maturityDate,
    },
    allocations,
  });
  return { receipt: r, bill: r.bill! };
}

describe('acceptance bills (承兑汇票)', () => {
  it('endorsed on to a supplier, then dishonoured: recourse reopens the invoices and cancels the receipt', async () => {
    const c = await customer(t);
    const a = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-10', gross: 30_000_00 });
    const b = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-20', gross: 30_000_00 });
    const { receipt, bill } = await billReceipt(c.id, 50_000_00, '2026-02-01', '2026-08-01', [
      { invoiceId: a.id, amount: 30_000_00 },
      { invoiceId: b.id, amount: 20_000_00 },
    ]);
    expect(await invoiceState(t, a.id)).toEqual({ open: 0, settledOn: '2026-02-01' });

    const noEndorsee = await t.fail('bills.transition', { id: bill.id, state: 'endorsed', date: '2026-02-10' });
    expect(noEndorsee.details?.fields).toEqual([{ path: 'endorsee', message: '必填' }]);
    const endorsed = await t.ok('bills.transition', {
      id: bill.id,
      state: 'endorsed',
      date: '2026-02-10',
      endorsee: '上海光华仪表有限公司',
    });
    expect([endorsed.state, endorsed.endorsee, endorsed.stateDate]).toEqual([
      'endorsed',
      '上海光华仪表有限公司',
      '2026-02-10',
    ]);
    const illegal = await t.fail('bills.transition', { id: bill.id, state: 'collected', date: '2026-08-01' });
    expect(illegal.message).toBe(`承兑汇票 ${bill.billNo} 当前为「已背书转让」，不能改为「已托收」`);

    const dishonoured = await t.ok('bills.transition', { id: bill.id, state: 'dishonoured', date: '2026-08-03' });
    expect(dishonoured.events.map((e) => [e.state, e.date, e.detail])).toEqual([
      ['held', '2026-02-01', receipt.number],
      ['endorsed', '2026-02-10', '上海光华仪表有限公司'],
      ['dishonoured', '2026-08-03', '承兑汇票拒付'],
    ]);
    expect(await invoiceState(t, a.id)).toEqual({ open: 30_000_00, settledOn: null });
    expect(await invoiceState(t, b.id)).toEqual({ open: 30_000_00, settledOn: null });
    const after = await t.ok('receipts.get', { id: receipt.id });
    expect([after.cancelled, after.unapplied, after.allocated, after.cancelReason]).toEqual([
      true,
      0,
      0,
      '承兑汇票拒付',
    ]);
    expect(after.allocations.map((x) => x.undoReason)).toEqual(['承兑汇票拒付', '承兑汇票拒付']);
    const audit = await t.ok('audit.forEntity', { entity: 'acceptanceBill', entityId: String(bill.id) });
    expect(audit.map((x) => x.action).sort()).toEqual(['dishonoured', 'endorsed']);
    const again = await t.fail('bills.transition', { id: bill.id, state: 'dishonoured', date: '2026-08-04' });
    expect(again.code).toBe('CONFLICT');
  });

  it('discounted at a bank: the interest is recorded as the cost; collected only at or after maturity', async () => {
    const c = await customer(t);
    const { bill } = await billReceipt(c.id, 100_000_00, '2026-03-01', '2026-09-01');
    const noInterest = await t.fail('bills.transition', {
      id: bill.id,
      state: 'discounted',
      date: '2026-03-15',
      discountBank: '招商银行苏州分行',
    });
    expect(noInterest.details?.fields).toEqual([{ path: 'discountInterest', message: '必填' }]);
    const discounted = await t.ok('bills.transition', {
      id: bill.id,
      state: 'discounted',
      date: '2026-03-15',
      discountBank: '招商银行苏州分行',
      discountInterest: 1_187_50,
    });
    expect([discounted.state, discounted.discountBank, discounted.discountInterest]).toEqual([
      'discounted',
      '招商银行苏州分行',
      1_187_50,
    ]);

    const { bill: second } = await billReceipt(c.id, 20_000_00, '2026-03-01', '2026-09-01');
    const early = await t.fail('bills.transition', { id: second.id, state: 'collected', date: '2026-08-31' });
    expect(early.details?.fields).toEqual([{ path: 'date', message: '未到期' }]);
    expect((await t.ok('bills.get', { id: second.id })).state).toBe('held');
    const collected = await t.ok('bills.transition', { id: second.id, state: 'collected', date: '2026-09-01' });
    expect(collected.state).toBe('collected');

    const held = await t.ok('bills.list', { filters: { state: 'discounted' } });
    expect(held.rows.map((r) => r.billNo)).toEqual([bill.billNo]);
    expect((await t.ok('bills.list', { filters: { kind: 'commercial' } })).total).toBe(0);
  });

  it('the maturity calendar groups a month’s bills by day with totals', async () => {
    const c = await customer(t);
    await billReceipt(c.id, 10_000_00, '2026-01-05', '2026-07-05');
    await billReceipt(c.id, 25_000_00, '2026-01-20', '2026-07-05');
    await billReceipt(c.id, 8_000_00, '2026-02-28', '2026-07-31');
    await billReceipt(c.id, 99_000_00, '2026-02-01', '2026-08-01');
    const cancelled = await billReceipt(c.id, 1_00, '2026-02-01', '2026-07-20');
    await t.ok('receipts.cancel', { id: cancelled.receipt.id, reason: '票号录错' });
    expect((await t.ok('bills.get', { id: cancelled.bill.id })).state).toBe('cancelled');

    const july = await t.ok('bills.calendar', { month: '2026-07' });
    expect(july.days.map((d) => [d.date, d.bills.length, d.total])).toEqual([
      ['2026-07-05', 2, 35_000_00],
      ['2026-07-31', 1, 8_000_00],
    ]);
    expect([july.count, july.total]).toEqual([3, 43_000_00]);
    const december = await t.ok('bills.calendar', { month: '2026-12' });
    expect(december.days).toEqual([]);
    expect((await t.fail('bills.calendar', { month: '2026-13' })).details?.fields).toEqual([
      { path: 'month', message: '应为年-月，如 2026-05' },
    ]);
    const range = await t.ok('bills.list', { filters: { maturityFrom: '2026-07-01', maturityTo: '2026-07-31' } });
    expect(range.rows.map((r) => r.amount)).toEqual([10_000_00, 25_000_00, 1_00, 8_000_00]);
  });
});
