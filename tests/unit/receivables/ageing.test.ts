import { describe, expect, it } from 'vitest';
import { addDays, setClock } from '../../../electron/core/dates';
import { receivedPayment, redLetter, registeredInvoice, undone } from '../support/finance';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();
const D = '2026-11-30';
const atNoon = () => setClock(new Date(`${D}T04:00:00Z`)); // noon in Shanghai, 04:00 in UTC: the same date

async function customer(name: string, extra: { paymentDays?: number; salesperson?: string } = {}) {
  return t.ok('customers.create', { name, paymentDays: extra.paymentDays ?? 0, salesperson: extra.salesperson });
}

describe('ageing as of a date', () => {
  it('invoice basis: 30 days is still 0-30, 31 is 31-60, and so on to over 365 at each edge', async () => {
    atNoon();
    const c = await customer('杭州西子仪表有限公司', { paymentDays: 30 });
    const ages = [0, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366];
    for (const [i, age] of ages.entries())
      await registeredInvoice(t, { customerId: c.id, issueDate: addDays(D, -age), gross: 100 * 2 ** i });
    const r = await t.ok('receivables.ageing', { basis: 'invoice' });
    expect(r.asOf).toBe(D);
    expect(r.buckets.map((b) => [b.from, b.to])).toEqual([
      [null, 30],
      [31, 60],
      [61, 90],
      [91, 180],
      [181, 365],
      [366, null],
    ]);
    const row = r.rows[0]!;
    expect(row.buckets).toEqual([100 + 200, 400 + 800, 1600 + 3200, 6400 + 12800, 25600 + 51200, 102400]);
    expect(row.total).toBe(204700);
    // Over 90 days: ages 91 and up.
    expect(row.over90).toBe(6400 + 12800 + 25600 + 51200 + 102400);
    expect(row.over90Share).toBe('96.9');
    // Due after 30 days: only the invoices of today and 30 days ago are not overdue.
    expect(row.overdue).toBe(204700 - 300);
    const { buckets, total, overdue, over90, over90Share, unapplied, balance } = row;
    expect(r.totals).toEqual({ buckets, total, overdue, over90, over90Share, unapplied, balance });
  });

  it('without a basis or buckets of its own, the ageing takes those of 设置 › 应收与信用', async () => {
    atNoon();
    const c = await customer('杭州西子仪表有限公司', { paymentDays: 10 });
    for (const [age, gross] of [
      [5, 100],
      [16, 200],
      [50, 400],
    ] as const)
      await registeredInvoice(t, { customerId: c.id, issueDate: addDays(D, -age), gross });
    const settings = await t.ok('receivables.settings.get', {});
    await t.ok('receivables.settings.update', { ...settings, ageingBasis: 'due', buckets: [15, 45] });
    const r = await t.ok('receivables.ageing', {});
    expect(r.basis).toBe('due');
    expect(r.buckets.map((b) => [b.from, b.to, b.notYetDue])).toEqual([
      [null, 0, true],
      [1, 15, false],
      [16, 45, false],
      [46, null, false],
    ]);
    // Due after 10 days: 5 days old is not yet due, 16 days old is 6 days past due, 50 days old 40.
    expect(r.rows[0]!.buckets).toEqual([100, 200, 400, 0]);
    // The caller's own basis still wins.
    expect((await t.ok('receivables.ageing', { basis: 'invoice' })).rows[0]!.buckets).toEqual([100, 200, 400]);
  });

  it('due basis: due today and later is not yet due; due yesterday is 1 day past due; 30/31 past due split', async () => {
    atNoon();
    const c = await customer('宁波港城水务集团', { paymentDays: 30 });
    // Issued 30 days before the due date wanted.
    const due = async (dueDate: string, gross: number) =>
      registeredInvoice(t, { customerId: c.id, issueDate: addDays(dueDate, -30), gross });
    await due(addDays(D, 5), 1_00);
    await due(D, 2_00);
    await due(addDays(D, -1), 4_00);
    await due(addDays(D, -30), 8_00);
    await due(addDays(D, -31), 16_00);
    await due(addDays(D, -400), 32_00);
    const r = await t.ok('receivables.ageing', { basis: 'due' });
    expect(r.buckets[0]).toMatchObject({ notYetDue: true, to: 0 });
    expect(r.buckets.map((b) => [b.from, b.to])).toEqual([
      [null, 0],
      [1, 30],
      [31, 60],
      [61, 90],
      [91, 180],
      [181, 365],
      [366, null],
    ]);
    expect(r.rows[0]!.buckets).toEqual([3_00, 12_00, 16_00, 0, 0, 0, 32_00]);
    expect(r.rows[0]!.overdue).toBe(4_00 + 8_00 + 16_00 + 32_00);
    // The drill-down gives days past due (negative: days to go).
    const items = await t.ok('receivables.ageingItems', { basis: 'due', customerId: c.id, bucket: 0 });
    expect(items.rows.map((i) => i.days)).toEqual([0, -5]);
  });

  it('delivery basis ages from the signed delivery, not the invoice date', async () => {
    atNoon();
    // Ordered and signed for 70 days ago, invoiced 40 days ago.
    setClock(new Date(`${addDays(D, -70)}T04:00:00Z`));
    const { order, lineIds } = await wonOrder(t, { customer: { name: '常州天宁机电' } });
    const note = await deliveredNote(
      t,
      (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '1' }])).id,
    );
    atNoon();
    await registeredInvoice(t, {
      customerId: order.customerId,
      issueDate: addDays(D, -40),
      noteIds: [note.id],
      gross: 500_00,
    });
    const byInvoice = await t.ok('receivables.ageing', { basis: 'invoice' });
    const byDelivery = await t.ok('receivables.ageing', { basis: 'delivery' });
    expect(byInvoice.rows[0]!.buckets).toEqual([0, 500_00, 0, 0, 0, 0]);
    expect(byDelivery.rows[0]!.buckets).toEqual([0, 0, 500_00, 0, 0, 0]);
  });

  it('across years: an invoice of 2024 is over 365 days and, in the annual view, 2-3 years old', async () => {
    atNoon();
    const c = await customer('天津滨海化工');
    await registeredInvoice(t, { customerId: c.id, issueDate: '2024-03-15', gross: 9_000_00 });
    await registeredInvoice(t, { customerId: c.id, issueDate: '2025-12-01', gross: 1_00 });
    await registeredInvoice(t, { customerId: c.id, issueDate: '2025-11-30', gross: 2_00 });
    await registeredInvoice(t, { customerId: c.id, issueDate: '2023-11-30', gross: 4_00 });
    const mgmt = await t.ok('receivables.ageing', { basis: 'invoice' });
    // 2025-11-30 is 365 days back: still 181-365.
    expect(mgmt.rows[0]!.buckets.slice(4)).toEqual([1_00 + 2_00, 9_000_00 + 4_00]);
    const annual = await t.ok('receivables.ageing', { basis: 'invoice', view: 'annual' });
    expect(annual.buckets.map((b) => [b.from, b.to, b.unit])).toEqual([
      [null, 1, 'years'],
      [1, 2, 'years'],
      [2, 3, 'years'],
      [3, null, 'years'],
    ]);
    // One year to the day is no longer under a year; three years to the day is over three.
    expect(annual.rows[0]!.buckets).toEqual([1_00, 2_00, 9_000_00, 4_00]);
  });

  it('as of a past date: paid later is still open then; an allocation undone later still counts as paid before its undo', async () => {
    atNoon();
    const c = await customer('苏州工业园区清源水务');
    const inv = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-09-01', gross: 10_000_00 });
    const rc = await receivedPayment(t, {
      customerId: c.id,
      date: '2026-10-15',
      amount: 10_000_00,
      allocations: [{ invoiceId: inv.id, amount: 10_000_00 }],
    });
    const at = async (asOf: string) => (await t.ok('receivables.ageing', { asOf, basis: 'invoice' })).rows;
    // Before the payment: open, no credit.
    expect((await at('2026-10-01')).map((r) => [r.total, r.unapplied, r.balance])).toEqual([[10_000_00, 0, 10_000_00]]);
    // Paid: nothing to show.
    expect(await at('2026-10-20')).toEqual([]);
    await undone(t, rc.allocations[0]!.id, '核销错误', '2026-11-10');
    // Still paid as of before the undo.
    expect(await at('2026-10-20')).toEqual([]);
    // After it: the invoice is open again and the receipt is unapplied credit beside it.
    const after = await at('2026-11-20');
    expect(after.map((r) => [r.buckets[2], r.total, r.unapplied, r.balance])).toEqual([
      [10_000_00, 10_000_00, 10_000_00, 0],
    ]);
  });

  it('red-letter invoices lower their original from their own date; unapplied credit is a separate negative column; totals equal Σ open − unapplied today', async () => {
    atNoon();
    const a = await customer('北京华联商厦');
    const b = await customer('上海浦江电气');
    const big = await registeredInvoice(t, { customerId: a.id, issueDate: '2026-10-01', gross: 50_000_00 });
    await registeredInvoice(t, { customerId: a.id, issueDate: '2026-11-20', gross: 3_000_00 });
    await redLetter(t, big.id, 10_000_00, '2026-11-25');
    await receivedPayment(t, {
      customerId: a.id,
      date: '2026-11-26',
      amount: 5_000_00,
      allocations: [{ invoiceId: big.id, amount: 2_000_00 }],
    });
    await receivedPayment(t, { customerId: a.id, date: '2026-11-27', amount: 999_00, cancelled: true });
    const paidOff = await registeredInvoice(t, { customerId: b.id, issueDate: '2026-11-01', gross: 800_00 });
    await receivedPayment(t, {
      customerId: b.id,
      date: '2026-11-02',
      amount: 800_00,
      allocations: [{ invoiceId: paidOff.id, amount: 800_00 }],
    });
    await receivedPayment(t, { customerId: b.id, date: '2026-11-03', amount: 1_00 });

    const r = await t.ok('receivables.ageing', { basis: 'invoice', sort: { field: 'balance', dir: 'desc' } });
    const rowA = r.rows.find((x) => x.customerId === a.id)!;
    // 50,000 − 10,000 red − 2,000 paid = 38,000 in 31-60; 3,000 in 0-30; 3,000 unapplied.
    expect(rowA.buckets.slice(0, 2)).toEqual([3_000_00, 38_000_00]);
    expect([rowA.total, rowA.unapplied, rowA.balance]).toEqual([41_000_00, 3_000_00, 38_000_00]);
    const rowB = r.rows.find((x) => x.customerId === b.id)!;
    expect([rowB.total, rowB.unapplied, rowB.balance]).toEqual([0, 1_00, -1_00]);
    expect(r.rows.map((x) => x.customerId)).toEqual([a.id, b.id]);

    // The same figures the registers keep today.
    const db = t.core.services.db();
    for (const row of [rowA, rowB]) {
      const open = (await db('invoices').where({ customer_id: row.customerId }).sum({ s: 'open_fen' }).first()) as {
        s: number;
      };
      const unapplied = (await db('receipts')
        .where({ customer_id: row.customerId })
        .whereNull('cancelled_at')
        .sum({ s: 'unapplied_fen' })
        .first()) as { s: number };
      expect(row.balance).toBe(Number(open.s) - Number(unapplied.s));
    }
    expect(r.totals).toMatchObject({ total: 41_000_00, unapplied: 3_001_00, balance: 37_999_00 });

    // Before the red-letter: the whole 50,000 was open.
    const before = await t.ok('receivables.ageing', { asOf: '2026-11-24', basis: 'invoice' });
    expect(before.rows.find((x) => x.customerId === a.id)!.total).toBe(53_000_00);
  });

  it('drill-down: the invoices behind a cell add up to it, paged, with open amount and days', async () => {
    atNoon();
    const c = await customer('武汉江城自控');
    const ids: number[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(
        (await registeredInvoice(t, { customerId: c.id, issueDate: addDays(D, -(35 + i)), gross: 1_000_00 + i })).id,
      );
    await registeredInvoice(t, { customerId: c.id, issueDate: addDays(D, -5), gross: 77_00 });
    await receivedPayment(t, {
      customerId: c.id,
      date: D,
      amount: 500_00,
      allocations: [{ invoiceId: ids[0]!, amount: 500_00 }],
    });
    const r = await t.ok('receivables.ageing', { basis: 'invoice' });
    const cell = r.rows[0]!.buckets[1]!;
    const p1 = await t.ok('receivables.ageingItems', { basis: 'invoice', customerId: c.id, bucket: 1, pageSize: 5 });
    const p2 = await t.ok('receivables.ageingItems', {
      basis: 'invoice',
      customerId: c.id,
      bucket: 1,
      pageSize: 5,
      page: 2,
    });
    expect(p1.total).toBe(7);
    expect(p1.rows).toHaveLength(5);
    expect(p2.rows).toHaveLength(2);
    expect(p1.sum).toBe(cell);
    expect([...p1.rows, ...p2.rows].reduce((s, x) => s + x.open, 0)).toBe(cell);
    // Oldest first; the part-paid one shows what was open.
    expect(p1.rows[0]!.days).toBe(41);
    const partPaid = [...p1.rows, ...p2.rows].find((x) => x.id === ids[0])!;
    expect([partPaid.gross, partPaid.open, partPaid.days]).toEqual([1_000_00, 500_00, 35]);
  });

  it('by salesperson, paged and sorted, with totals over every page; a sales clerk may read it, dispatch may not', async () => {
    atNoon();
    const names = ['张丽', '李强', '张丽', null] as const;
    for (const [i, sp] of names.entries()) {
      const c = await customer(`客户${i}`, { salesperson: sp ?? undefined });
      await registeredInvoice(t, { customerId: c.id, issueDate: addDays(D, -10), gross: (i + 1) * 100_00 });
    }
    const r = await t.ok('receivables.ageing', {
      groupBy: 'salesperson',
      pageSize: 2,
      sort: { field: 'total', dir: 'desc' },
    });
    expect(r.total).toBe(3);
    // Equal totals go by name: customers without a salesperson ('') first.
    expect(r.rows.map((x) => [x.key, x.total])).toEqual([
      ['', 400_00],
      ['张丽', 400_00],
    ]);
    expect(r.totals.total).toBe(1000_00);
    const page2 = await t.ok('receivables.ageing', { groupBy: 'salesperson', pageSize: 2, page: 2 });
    expect(page2.rows.map((x) => x.key)).toEqual(['李强']);
    expect(page2.totals.total).toBe(1000_00);
    const past = await t.ok('receivables.ageing', { groupBy: 'salesperson', pageSize: 2, page: 9 });
    expect([past.rows.length, past.total, past.totals.total]).toEqual([0, 3, 1000_00]);
    const items = await t.ok('receivables.ageingItems', { salesperson: '张丽', bucket: 'all' });
    expect(items.sum).toBe(400_00);

    await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const sales = await t.ok('auth.login', { username: 'zhangli' });
    const dispatch = await t.ok('auth.login', { username: 'wangqiang' });
    expect((await t.call('receivables.ageing', {}, { sessionId: sales.sessionId })).ok).toBe(true);
    expect((await t.fail('receivables.ageing', {}, { sessionId: dispatch.sessionId })).code).toBe('FORBIDDEN');
  });

  it('the workbook has the bucket titles, a row per customer and the totals; bad dates are refused', async () => {
    atNoon();
    const c = await customer('青岛海湾化学');
    await registeredInvoice(t, { customerId: c.id, issueDate: addDays(D, -100), gross: 1234_56 });
    const file = await t.ok('receivables.ageingXlsx', { basis: 'due' });
    expect(file.filename).toBe(`账龄分析-${D}.xlsx`);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).values).toContain('未到期');
    expect(sheet.getRow(2).values).toContain('61-90天');
    expect(sheet.getRow(2).values).toContain('365天以上');
    expect(sheet.getRow(3).values).toContain('青岛海湾化学');
    expect(sheet.getRow(3).values).toContain(1234.56);
    expect(sheet.getRow(4).values).toContain('合计');
    const err = await t.fail('receivables.ageing', { asOf: '2026-02-30' });
    expect(err.code).toBe('VALIDATION');
  });
});
