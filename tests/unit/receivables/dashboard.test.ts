import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import type { In } from '../../../electron/shared/contracts';
import { customer, paid, receivedPayment, redLetter, registeredInvoice } from '../support/finance';
import { useTestCore, type TestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const at = (date: string) => setClock(new Date(`${date}T04:00:00Z`));

const LINES: In<'quotes.create'>['lines'] = [
  { name: '电磁流量计', spec: 'LDG-150', unit: '台', quantity: '1', unitPrice: '1000' },
];

/** A quote made, sent and decided on `date`. */
async function decidedQuote(t: TestCore, customerId: number, date: string, outcome: 'won' | 'lost') {
  at(date);
  const q = await t.ok('quotes.create', { customerId, quoteDate: date, lines: LINES });
  const submitted = await t.ok('quotes.submit', { id: q.id });
  if (submitted.status === 'pending_approval') await t.ok('quotes.approve', { id: q.id, comment: null });
  await t.ok('quotes.markSent', { id: q.id, via: 'email' });
  await t.ok('quotes.outcome', { id: q.id, outcome, reason: outcome === 'lost' ? '价格高' : null });
}

describe('the manager’s dashboard', () => {
  const t = useTestCore();

  it('buckets every open fen by days past due, edges included, and they add up to the receivables', async () => {
    at('2026-06-15');
    const c = await customer(t, '苏州清源水务有限公司', { paymentDays: 0 });
    const other = await customer(t, '无锡惠联热电有限公司', { paymentDays: 0 });
    // Cash terms: due on the issue date, so the issue date sets the days overdue on 2026-06-15.
    const issued: [string, number][] = [
      ['2026-06-15', 1_001], // 0 days: not yet due
      ['2026-06-14', 2_002], // 1
      ['2026-05-16', 3_003], // 30
      ['2026-05-15', 4_004], // 31
      ['2026-03-17', 5_005], // 90
      ['2026-03-16', 6_006], // 91
      ['2025-12-17', 7_007], // 180
      ['2025-12-16', 8_008], // 181
      ['2025-06-15', 9_009], // 365
      ['2025-06-14', 10_010], // 366
    ];
    for (const [issueDate, gross] of issued) await registeredInvoice(t, { customerId: c.id, issueDate, gross });
    const part = await registeredInvoice(t, { customerId: other.id, issueDate: '2026-04-01', gross: 500_000 });
    await paid(t, part.id, 123_456, '2026-05-01');
    await redLetter(t, part.id, 76_544, '2026-05-10');
    const settled = await registeredInvoice(t, { customerId: other.id, issueDate: '2026-01-01', gross: 99_999 });
    await paid(t, settled.id, 99_999, '2026-02-01');

    const summary = await t.ok('dashboard.summary', {});
    expect(summary.asOf).toBe('2026-06-15');
    expect(summary.buckets.map((b) => [b.bucket, b.amount, b.invoices])).toEqual([
      ['notDue', 1_001, 1],
      ['d1_30', 5_005, 2],
      ['d31_60', 4_004, 1],
      ['d61_90', 5_005 + 300_000, 2],
      ['d91_180', 6_006 + 7_007, 2],
      ['d181_365', 8_008 + 9_009, 2],
      ['over365', 10_010, 1],
    ]);
    const open = (await t.core.services.db()('invoices').sum({ n: 'open_fen' }).first()) as { n: number };
    const sum = summary.buckets.reduce((s, b) => s + b.amount, 0);
    expect(sum).toBe(Number(open.n));
    // 55,055 on the ten invoices, and 500,000 less 123,456 paid and a 76,544 red-letter on the other.
    expect(summary.kpi).toMatchObject({
      receivables: 355_055,
      overdue: 354_054,
      overdueShare: '99.7',
      over90: 40_040,
    });
    expect(Number(open.n)).toBe(355_055);
    expect(summary.topOverdue.map((r) => [r.customerName, r.overdueFen, r.oldestDays])).toEqual([
      ['无锡惠联热电有限公司', 300_000, 75],
      ['苏州清源水务有限公司', 54_054, 366],
    ]);
  });

  it('shows twelve months of orders against receipts, zero months included, the win rate and the plan against receipts', async () => {
    at('2026-06-15');
    const c = await customer(t, '苏州清源水务有限公司', { paymentDays: 0 });
    await receivedPayment(t, { customerId: c.id, date: '2025-06-30', amount: 1 }); // before the twelve months
    await receivedPayment(t, { customerId: c.id, date: '2025-07-01', amount: 70_000 });
    await receivedPayment(t, { customerId: c.id, date: '2026-05-31', amount: 50_000 });
    await receivedPayment(t, { customerId: c.id, date: '2026-06-01', amount: 60_000 });
    await receivedPayment(t, { customerId: c.id, date: '2026-06-02', amount: 5_000, cancelled: true });
    await t.ok('collections.plan.set', { month: '2026-06', customerId: c.id, planned: 80_000, note: null });
    await t.ok('collections.plan.set', { month: '2026-01', customerId: c.id, planned: 10_000, note: null });
    await t.ok('collections.plan.set', { month: '2025-12', customerId: c.id, planned: 99_000, note: null });
    await decidedQuote(t, c.id, '2026-05-06', 'won');
    await decidedQuote(t, c.id, '2026-05-20', 'lost');
    await decidedQuote(t, c.id, '2026-05-21', 'lost');
    await decidedQuote(t, c.id, '2026-06-03', 'won');
    const firstWon = (await t.core.services.db()('quotes').where({ status: 'won' }).orderBy('id').first('id')) as {
      id: number;
    };
    await t.ok('orders.createFromQuote', { quoteId: firstWon.id, orderDate: '2026-05-08' });
    at('2026-06-15');

    const s = await t.ok('dashboard.summary', {});
    expect(s.salesVsReceipts).toHaveLength(12);
    expect(s.salesVsReceipts[0]).toEqual({ month: '2025-07', sales: 0, receipts: 70_000 });
    expect(s.salesVsReceipts.filter((m) => m.sales === 0 && m.receipts === 0).map((m) => m.month)).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(s.salesVsReceipts.slice(-2)).toEqual([
      { month: '2026-05', sales: 100_000, receipts: 50_000 },
      { month: '2026-06', sales: 0, receipts: 60_000 },
    ]);
    expect(s.winRate.slice(-2)).toEqual([
      { month: '2026-05', won: 1, lost: 2, rate: '33.3' },
      { month: '2026-06', won: 1, lost: 0, rate: '100.0' },
    ]);
    expect(s.winRate[0]).toEqual({ month: '2025-07', won: 0, lost: 0, rate: null });
    expect(s.planVsActual).toEqual([
      { month: '2026-01', planned: 10_000, actual: 0, rate: '0.0' },
      { month: '2026-02', planned: 0, actual: 0, rate: null },
      { month: '2026-03', planned: 0, actual: 0, rate: null },
      { month: '2026-04', planned: 0, actual: 0, rate: null },
      { month: '2026-05', planned: 0, actual: 50_000, rate: null },
      { month: '2026-06', planned: 80_000, actual: 60_000, rate: '75.0' },
    ]);
    expect(s.kpi).toMatchObject({ monthReceipts: 60_000, monthPlan: 80_000, monthRate: '75.0' });
  });

  it('as of a past date, reads what was open then', async () => {
    at('2026-06-15');
    const c = await customer(t, '苏州清源水务有限公司', { paymentDays: 0 });
    const inv = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-03-01', gross: 100_000 });
    await paid(t, inv.id, 40_000, '2026-04-10');
    await paid(t, inv.id, 60_000, '2026-05-10');
    await registeredInvoice(t, { customerId: c.id, issueDate: '2026-04-20', gross: 7_000 });
    const april = await t.ok('dashboard.summary', { asOf: '2026-04-15' });
    expect(april.kpi.receivables).toBe(60_000);
    expect(april.buckets.find((b) => b.bucket === 'd31_60')).toEqual({ bucket: 'd31_60', amount: 60_000, invoices: 1 });
    expect((await t.ok('dashboard.summary', {})).kpi.receivables).toBe(7_000);
  });

  it('is the manager’s alone', async () => {
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    expect((await t.fail('dashboard.summary', {}, { sessionId: sales })).code).toBe('FORBIDDEN');
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    expect((await t.call('dashboard.summary', {}, { sessionId: manager })).ok).toBe(true);
  });
});
