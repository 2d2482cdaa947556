import { describe, expect, it } from 'vitest';
import type { In } from '../../../electron/shared/contracts';
import { latestMaturity } from '../../../electron/shared/receipts/bill-dates';
import { useTestCore } from '../support/test-core';
import { customer, invoiceState, registeredInvoice, transfer } from '../support/finance';

const t = useTestCore();

const bankBill = (customerId: number, more: Partial<In<'receipts.create'>> = {}): In<'receipts.create'> => ({
  date: '2026-03-10',
  customerId,
  amount: 50_000_00,
  method: 'bank_bill' as const,
  bill: {
    billNo: '130533100002820260310000123456',
    drawer: '苏州工业园区清源华衍水务有限公司',
    acceptor: '中国工商银行苏州工业园区支行',
    issueDate: '2026-03-05',
    maturityDate: '2026-09-05',
  },
  ...more,
});

describe('recording receipts (回款登记)', () => {
  it('every mistake in the amount is one plain message beside the field, and nothing is written', async () => {
    const c = await customer(t);
    for (const amount of [-100, 0, 'abc', '１２００', '', 12.5, null]) {
      const e = await t.fail('receipts.create', { date: '2026-03-10', customerId: c.id, amount, method: 'transfer' });
      expect(e.code).toBe('VALIDATION');
      expect(e.details?.fields).toEqual([{ path: 'amount', message: '应为大于 0 的金额' }]);
    }
    const fee = await t.fail('receipts.create', {
      date: '2026-03-10',
      customerId: c.id,
      amount: 100_00,
      fee: -1,
      method: 'transfer',
    });
    expect(fee.details?.fields).toEqual([{ path: 'fee', message: '应为不小于 0 的金额' }]);
    const badDate = await t.fail('receipts.create', {
      date: '2026-02-30',
      customerId: c.id,
      amount: 1,
      method: 'transfer',
    });
    expect(badDate.details?.fields).toEqual([{ path: 'date', message: '应为有效日期（年-月-日）' }]);
    expect(await t.count('receipts')).toBe(0);
    // No number was used up by the refusals.
    expect((await transfer(t, c.id, '2026-03-10', 1_00)).number).toBe('HK2026-00001');
  });

  it('a bank acceptance bill comes with the receipt: held, its first event, the kind from the method', async () => {
    const c = await customer(t);
    const r = await t.ok('receipts.create', bankBill(c.id, { fee: 0, bankRef: null }));
    expect(r.method).toBe('bank_bill');
    expect(r.billNo).toBe('130533100002820260310000123456');
    expect(r.bill).toMatchObject({ kind: 'bank', state: 'held', amount: 50_000_00, maturityDate: '2026-09-05' });
    const bill = await t.ok('bills.get', { id: r.bill!.id });
    expect(bill.events.map((e) => [e.state, e.date, e.detail])).toEqual([['held', '2026-03-10', r.number]]);
    // The same bill twice is refused at its number.
    const again = await t.fail('receipts.create', bankBill(c.id));
    expect(again.details?.fields?.map((f) => f.path)).toEqual(['bill.billNo']);
    expect(again.message).toContain('130533100002820260310000123456');
    expect(await t.count('acceptance_bills')).toBe(1);
  });

  it('a bill runs at most six months: a later maturity, or one before issue, is a field error and nothing is written', async () => {
    expect(latestMaturity('2026-03-05')).toBe('2026-09-05');
    expect(latestMaturity('2026-08-31')).toBe('2027-02-28');
    expect(latestMaturity('2027-08-31')).toBe('2028-02-29');
    const c = await customer(t);
    for (const maturityDate of ['2026-09-06', '2026-03-05', '2026-03-01']) {
      const e = await t.fail('receipts.create', bankBill(c.id, { bill: { ...bankBill(c.id).bill!, maturityDate } }));
      expect(e.details?.fields).toEqual([
        { path: 'bill.maturityDate', message: '到期日应晚于出票日，且不超过出票日起 6 个月' },
      ]);
    }
    const missing = await t.fail('receipts.create', bankBill(c.id, { method: 'commercial_bill', bill: null }));
    expect(missing.details?.fields).toEqual([{ path: 'bill.billNo', message: '承兑汇票回款须填写票据信息' }]);
    expect(await t.count('receipts')).toBe(0);
    expect(await t.count('acceptance_bills')).toBe(0);
    const ok = await t.ok('receipts.create', {
      ...bankBill(c.id, { method: 'commercial_bill' }),
      bill: { ...bankBill(c.id).bill!, maturityDate: '2026-09-05' },
    });
    expect(ok.bill?.kind).toBe('commercial');
  });

  it('allocations given with the receipt are made at once; a refused one leaves no receipt behind', async () => {
    const c = await customer(t);
    const a = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-10', gross: 20_000_00 });
    const bad = await t.fail('receipts.create', {
      date: '2026-03-01',
      customerId: c.id,
      amount: 10_000_00,
      method: 'transfer',
      allocations: [{ invoiceId: a.id, amount: 10_000_01 }],
    });
    expect(bad.details?.fields).toEqual([{ path: 'allocations', message: '超过未核销金额' }]);
    expect(await t.count('receipts')).toBe(0);
    expect(await t.count('allocations')).toBe(0);
    const r = await transfer(t, c.id, '2026-03-01', 10_000_00, {
      fee: 15_00,
      allocations: [{ invoiceId: a.id, amount: 10_000_00 }],
    });
    expect([r.amount, r.fee, r.unapplied, r.allocated]).toEqual([10_000_00, 15_00, 0, 10_000_00]);
    expect(await invoiceState(t, a.id)).toEqual({ open: 10_000_00, settledOn: null });
  });

  it('cancel only while nothing is allocated; a cancelled receipt counts nowhere', async () => {
    const c = await customer(t);
    const a = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-10', gross: 5_000_00 });
    const r = await transfer(t, c.id, '2026-03-01', 5_000_00, { allocations: [{ invoiceId: a.id, amount: 2_000_00 }] });
    const refused = await t.fail('receipts.cancel', { id: r.id, reason: '重复登记' });
    expect(refused.message).toBe(`回款 ${r.number} 已核销到发票，请先撤销核销再作废`);
    await t.ok('receipts.undoAllocation', { allocationId: r.allocations[0]!.id, reason: '重复登记' });
    const cancelled = await t.ok('receipts.cancel', { id: r.id, reason: '重复登记' });
    expect([cancelled.cancelled, cancelled.unapplied, cancelled.cancelReason]).toEqual([true, 0, '重复登记']);
    expect((await t.ok('receipts.list', {})).total).toBe(0);
    expect((await t.ok('receipts.list', { filters: { includeCancelled: true } })).total).toBe(1);
    expect((await t.ok('finance.daily', { date: '2026-03-01' })).receivedTotal).toBe(0);
    const late = await t.fail('receipts.allocate', { receiptId: r.id, items: [{ invoiceId: a.id, amount: 1 }] });
    expect(late.message).toBe(`回款 ${r.number} 已作废`);
    expect(await invoiceState(t, a.id)).toEqual({ open: 5_000_00, settledOn: null });
    const audit = await t.ok('audit.forEntity', { entity: 'receipt', entityId: String(r.id) });
    expect(audit.map((x) => x.action)).toEqual(expect.arrayContaining(['create', 'undoAllocation', 'cancel']));
  });

  it('the list pages in SQL and finds a receipt by number, payer, bank reference, bill number or customer', async () => {
    const c = await customer(t);
    const other = await customer(t, '无锡华光环保能源集团股份有限公司');
    await transfer(t, c.id, '2026-03-01', 1_000_00, { bankRef: 'ICBC-88231' });
    await transfer(t, other.id, '2026-03-02', 2_000_00, { payerName: '无锡市财政局', method: 'wechat' });
    const billed = await t.ok('receipts.create', bankBill(c.id));
    const q = async (text: string) => (await t.ok('receipts.list', { q: text })).rows.map((r) => r.amount);
    expect(await q('ICBC-88231')).toEqual([1_000_00]);
    expect(await q('无锡市财政')).toEqual([2_000_00]);
    expect(await q('0000123456')).toEqual([50_000_00]);
    expect(await q(billed.number)).toEqual([50_000_00]);
    expect(await q('华光环保')).toEqual([2_000_00]);
    const page = await t.ok('receipts.list', { pageSize: 2, sort: { field: 'amount', dir: 'desc' } });
    expect([page.total, page.rows.map((r) => r.amount)]).toEqual([3, [50_000_00, 2_000_00]]);
    expect((await t.ok('receipts.list', { filters: { method: 'wechat' } })).rows[0]!.payerName).toBe('无锡市财政局');
    expect((await t.ok('receipts.list', { filters: { from: '2026-03-02', to: '2026-03-10' } })).total).toBe(2);
  });

  it('a dispatch clerk can neither record receipts nor see them', async () => {
    const c = await customer(t);
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const as = { sessionId: (await t.ok('auth.login', { username: 'wangqiang' })).sessionId };
    const write = await t.fail(
      'receipts.create',
      { date: '2026-03-01', customerId: c.id, amount: 100, method: 'cash' },
      as,
    );
    expect(write.code).toBe('FORBIDDEN');
    expect((await t.fail('receipts.list', {}, as)).code).toBe('FORBIDDEN');
    expect((await t.fail('finance.daily', { date: '2026-03-01' }, as)).code).toBe('FORBIDDEN');
    expect(await t.count('receipts')).toBe(0);
  });
});
