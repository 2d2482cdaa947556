import { describe, expect, it } from 'vitest';
import { addDays, setClock, today } from '../../../electron/core/dates';
import { DEMO_DEALS, DEMO_RECEIPTS } from '../../../electron/core/demo/demo-history';
import { useTestCore, type TestCore } from '../support/test-core';

const t = useTestCore();

/** Every business date the demo writes, by table and column. */
const DATES: [string, string][] = [
  ['quotes', 'quote_date'],
  ['quote_followups', 'date'],
  ['sales_orders', 'order_date'],
  ['delivery_notices', 'date'],
  ['delivery_notes', 'date'],
  ['delivery_notes', 'delivered_on'],
  ['delivery_notes', 'receipt_date'],
  ['delivery_returns', 'date'],
  ['dispatch_runs', 'date'],
  ['consignments', 'date'],
  ['invoices', 'issue_date'],
  ['invoices', 'sent_on'],
  ['invoices', 'acknowledged_on'],
  ['invoice_sendings', 'date'],
  ['receipts', 'date'],
  ['allocations', 'date'],
  ['acceptance_bills', 'issue_date'],
  ['collection_logs', 'date'],
  ['statement_replies', 'reply_date'],
  ['supplier_prices', 'price_date'],
  ['rfqs', 'date'],
  ['rfqs', 'reply_by'],
  ['rfq_suppliers', 'sent_on'],
  ['rfq_answers', 'answer_date'],
  ['rfq_answers', 'valid_until'],
  ['purchase_orders', 'order_date'],
  ['purchase_orders', 'expected_date'],
  ['purchase_orders', 'sent_on'],
  ['purchase_orders', 'confirmed_on'],
  ['goods_receipts', 'receipt_date'],
  ['internal_transfers', 'date'],
  ['supplier_invoices', 'issue_date'],
  ['supplier_invoices', 'settled_on'],
  ['supplier_payments', 'pay_date'],
  // Bids: what has happened (the deadlines of the tender being prepared lie ahead, as tenders print them).
  ['bid_bonds', 'paid_on'],
  ['bid_bonds', 'refunded_on'],
  ['library_items', 'case_date'],
];

/** The earliest and latest value of each date column, and of the audit trail's days. */
async function dateSpan(core: TestCore): Promise<{ first: string; last: string }> {
  const db = core.core.services.db();
  const all: string[] = [];
  for (const [table, column] of DATES) {
    const row = (await db(table).whereNotNull(column).min({ lo: column }).max({ hi: column }).first()) as {
      lo: string | null;
      hi: string | null;
    };
    if (row.lo) all.push(row.lo, row.hi!);
  }
  // The demo users' audit trail (the test's own admin logged in on the real day).
  const audit = (await db('audit_log')
    .whereIn('user_name', ['张丽', '王强', '李娜', '陈经理'])
    .min({ lo: 'at' })
    .max({ hi: 'at' })
    .first()) as { lo: string; hi: string };
  all.push(audit.lo.slice(0, 10), audit.hi.slice(0, 10));
  all.sort();
  return { first: all[0]!, last: all[all.length - 1]! };
}

const customerId = async (name: string) =>
  ((await t.core.services.db()('customers').where({ short_name: name }).first('id')) as { id: number }).id;

describe('the demo company has a year of business behind it', () => {
  it('a new user finds quotes, orders, deliveries, invoices and receipts of the last twelve months', async () => {
    await t.ok('demo.load', {});
    const won = DEMO_DEALS.filter((d) => d.outcome === 'won').length;
    const quoted = DEMO_DEALS.filter((d) => !d.direct);
    expect(won).toBeGreaterThanOrEqual(25);
    expect(await t.count('quotes')).toBe(quoted.length);
    expect(await t.count('sales_orders')).toBe(won);
    expect((await t.ok('quotes.list', { filters: { status: 'won' } })).total).toBe(
      quoted.filter((d) => d.outcome === 'won').length,
    );
    expect((await t.ok('quotes.list', { filters: { status: 'lost' } })).total).toBeGreaterThanOrEqual(5);
    expect((await t.ok('quotes.list', { filters: { status: 'expired' } })).total).toBe(2);
    expect((await t.ok('quotes.list', { filters: { status: 'sent' } })).total).toBe(3);
    expect(await t.count('quote_followups')).toBeGreaterThanOrEqual(5);
    expect(await t.count('delivery_notes')).toBeGreaterThanOrEqual(30);
    expect((await t.ok('dispatch.runs.list', {})).total).toBeGreaterThanOrEqual(5);
    expect((await t.ok('dispatch.consignments.list', {})).total).toBeGreaterThanOrEqual(20);
    // On the dispatch board: one note on the road, one whose 回单 is still missing.
    const board = await t.ok('dispatch.board', { date: today(), limit: 10 });
    expect(board.onTheRoad.total).toBe(1);
    expect(board.missingReceipts.total).toBe(1);
    const invoices = await t.ok('invoices.list', { pageSize: 200 });
    expect(invoices.total).toBeGreaterThanOrEqual(30);
    expect(invoices.rows.filter((i) => i.type === 'digital_normal')).toHaveLength(1);
    expect(invoices.rows.filter((i) => i.deliveryState === 'sent').length).toBeGreaterThanOrEqual(2);
    expect(invoices.rows.filter((i) => i.deliveryState === 'acknowledged').length).toBeGreaterThan(invoices.total / 2);
    expect((await t.ok('receipts.list', {})).total).toBe(DEMO_RECEIPTS.length);
    expect(await t.count('collection_logs')).toBeGreaterThanOrEqual(2);
    // A statement of account the customer signed as agreed.
    expect(await t.count('statement_replies')).toBe(1);
    // Delivered and signed for, not yet invoiced: the sales assistant's next job.
    expect((await t.ok('invoices.uninvoiced', { customerId: null })).customers.length).toBeGreaterThanOrEqual(1);
  });

  it('every date lies within the last thirteen months and none after today', async () => {
    await t.ok('demo.load', {});
    const { first, last } = await dateSpan(t);
    expect(last).toBe(today());
    expect(first >= addDays(today(), -396)).toBe(true);
  });

  it('the dashboard shows real receivables in every bucket up to a year, more than 90 days overdue among them', async () => {
    await t.ok('demo.load', {});
    const d = await t.ok('dashboard.summary', {});
    const amount = (b: string) => d.buckets.find((x) => x.bucket === b)!.amount;
    for (const b of ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd91_180', 'd181_365'])
      expect(amount(b)).toBeGreaterThan(0);
    expect(d.kpi.over90).toBe(amount('d91_180') + amount('d181_365') + amount('over365'));
    expect(d.kpi.over90).toBeGreaterThan(0);
    // The badly overdue customer tops the list, more than half a year past due.
    expect(d.topOverdue[0]!.customerName).toBe('台州黄岩模具产业有限公司');
    expect(d.topOverdue[0]!.oldestDays).toBeGreaterThan(90);
    expect(d.kpi.monthPlan).toBeGreaterThan(0);
    expect(d.winRate.some((m) => m.lost > 0)).toBe(true);
  });

  it("each customer's ageing balance is its receivables summary's balance", async () => {
    await t.ok('demo.load', {});
    const ageing = await t.ok('receivables.ageing', { pageSize: 500 });
    expect(ageing.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of ageing.rows) {
      const summary = await t.ok('receivables.customerSummary', { customerId: row.customerId! });
      expect(summary.balance, row.name).toBe(row.balance);
    }
    // 杭州地铁 paid more than it owed: its balance is the 预收 it left with us.
    const metro = await t.ok('receivables.customerSummary', { customerId: await customerId('杭州地铁') });
    expect(metro.unapplied).toBe(5_000_000);
  });

  it('has one goods-returned red-letter, one allowance, a held bank bill maturing within months, a receipt partly unapplied', async () => {
    await t.ok('demo.load', {});
    const reds = (await t.ok('invoices.list', { filters: { color: 'red' } })).rows;
    expect(reds.map((r) => r.redReason).sort()).toEqual(['allowance', 'goods_returned']);
    expect(reds.every((r) => r.gross < 0)).toBe(true);
    expect(await t.count('delivery_returns')).toBe(1);
    const bills = (await t.ok('bills.list', {})).rows;
    expect(bills).toHaveLength(1);
    expect(bills[0]).toMatchObject({ kind: 'bank', state: 'held', customerName: '南京扬子石化检修工程有限公司' });
    expect(bills[0]!.maturityDate > addDays(today(), 60)).toBe(true);
    expect(bills[0]!.maturityDate <= addDays(today(), 186)).toBe(true);
    const partly = (await t.ok('receipts.list', { filters: { hasUnapplied: true } })).rows.filter(
      (r) => r.unapplied < r.amount,
    );
    expect(partly).toHaveLength(1);
    expect(partly[0]!.unapplied).toBe(5_000_000);
    // A 款到发货 customer paid first; the prepayment was allocated to its invoice once registered.
    const cash = await t.ok('receivables.customerSummary', { customerId: await customerId('西子热电') });
    expect(cash).toMatchObject({ creditLimit: 0, balance: 0, unapplied: 0 });
  });

  it('an order with a discount and freight reconciles: ordered = delivered = invoiced = paid', async () => {
    await t.ok('demo.load', {});
    const { id } = (await t.core.services
      .db()('sales_orders')
      .where({ customer_po: 'HZDT-WZ-2025-1130' })
      .first('id')) as {
      id: number;
    };
    const order = await t.ok('orders.get', { id });
    const progress = await t.ok('orders.progress', { orderId: order.id });
    expect(progress.charges.map((c) => c.kind).sort()).toEqual(['discount', 'freight']);
    expect(progress.totals.ordered).toBe(order.gross);
    expect(progress.totals).toEqual({
      ordered: order.gross,
      delivered: order.gross,
      invoiced: order.gross,
      paid: order.gross,
    });
    for (const c of progress.charges) expect(c.values.invoiced).toBe(c.values.ordered);
  });

  it('orders in every state: entered directly, changed, partly delivered, closed short, each as its story says', async () => {
    await t.ok('demo.load', {});
    const byPo = async (po: string) => {
      const found = await t.ok('orders.list', { q: po });
      return t.ok('orders.get', { id: found.rows[0]!.id });
    };
    const phoned = await byPo('PJHG-SB-2611');
    expect(phoned).toMatchObject({ quoteId: null, status: 'delivered', salesperson: '张丽' });
    const changed = await byPo('YZJX-0126-031');
    expect(changed).toMatchObject({ status: 'closed', changeNo: 1 });
    expect(changed.endReason).toBe('客户检修计划调整，余下两台多级泵不再需要');
    const changes = await t.ok('orders.changes', { orderId: changed.id });
    expect(changes.map((c) => [c.changeNo, c.reason])).toEqual([[1, '客户来函追加压力表四只']]);
    const progress = await t.ok('orders.progress', { orderId: changed.id });
    // Two pumps of four were never sent: closed short, owed no more, and the order still adds up.
    expect(progress.lines.map((l) => [l.spec, l.ordered, l.delivered, l.closedShort, l.available])).toEqual([
      ['CDL32-40', '4', '2', '2', '0'],
      ['Y-100 0-1.6MPa', '24', '24', '0', '0'],
    ]);
    expect(progress.deliveredGross + progress.closedShortGross).toBe(progress.orderedGross);
    const partly = await byPo('HZDT-WZ-2026-0388');
    expect(partly).toMatchObject({ quoteId: null, status: 'partial' });
    const statuses = (await t.ok('orders.list', { pageSize: 100 })).rows.map((r) => r.status);
    for (const s of ['confirmed', 'partial', 'delivered', 'closed'] as const) expect(statuses).toContain(s);
  });

  it('its documents are authored by the demo users, and credit blocks were released by the manager', async () => {
    await t.ok('demo.load', {});
    const db = t.core.services.db();
    const by = async (name: string, channel: string) =>
      Number(
        ((await db('audit_log').where({ user_name: name, channel }).count({ n: '*' }).first()) as { n: number }).n,
      );
    expect(await by('张丽', 'quotes.create')).toBe(DEMO_DEALS.filter((d) => !d.direct).length);
    expect(await by('张丽', 'orders.direct.create')).toBe(DEMO_DEALS.filter((d) => d.direct).length);
    expect(await by('张丽', 'invoices.create')).toBeGreaterThanOrEqual(30);
    expect(await by('王强', 'deliveries.notes.create')).toBeGreaterThanOrEqual(30);
    expect(await by('陈经理', 'receivables.credit.release')).toBe(2);
    const quote = (await db('quotes').join('users', 'users.id', 'quotes.quoted_by').first('users.display_name')) as {
      display_name: string;
    };
    expect(quote.display_name).toBe('张丽');
    const releases = (await db('credit_releases')
      .join('users', 'users.id', 'credit_releases.released_by')
      .select('users.display_name')) as { display_name: string }[];
    expect(releases.map((r) => r.display_name)).toEqual(['陈经理', '陈经理']);
  });

  it.each(['2025-03-01', '2027-01-31'])(
    'loads the same story when loaded on %s, every date on or before it',
    async (day) => {
      setClock(new Date(`${day}T15:00:00`));
      const counts = await t.ok('demo.load', {});
      expect(counts.customers).toBeGreaterThanOrEqual(30);
      const { first, last } = await dateSpan(t);
      expect(last).toBe(day);
      expect(first >= addDays(day, -396)).toBe(true);
      expect(await t.count('sales_orders')).toBe(DEMO_DEALS.filter((d) => d.outcome === 'won').length);
      expect((await t.ok('bills.list', {})).rows[0]!.state).toBe('held');
    },
  );
});
