import type { Knex } from 'knex';
import type { LedgerReport, LedgerRow } from '../../shared/receivables/collections-contract';
import { int, nowIso } from '../db/rows';
import { monthSpan, percentOf } from './collections-months';

type Db = Knex | Knex.Transaction;

type Figure = 'salesPlan' | 'orders' | 'deliveries' | 'invoiced' | 'receipts' | 'collectionPlan';
const FIGURES: Figure[] = ['salesPlan', 'orders', 'deliveries', 'invoiced', 'receipts', 'collectionPlan'];

export interface LedgerRequest {
  from: string;
  to: string;
  salesperson: string | null;
}

/**
 * One figure per salesperson (the customer's) and month: Σ `amount` of `table` whose `dateColumn`
 * falls in the months, grouped in SQL over the (date, id) index's range.
 */
function byMonth(
  db: Db,
  req: LedgerRequest,
  table: string,
  dateColumn: string,
  amount: string,
  narrow: (q: Knex.QueryBuilder) => void,
): Knex.QueryBuilder {
  const { start, end } = monthSpan(req.from, req.to);
  const salesperson = "coalesce(c.salesperson, '')";
  const month = `substr(d.${dateColumn}, 1, 7)`;
  const q = db(`${table} as d`)
    .join('customers as c', 'c.id', 'd.customer_id')
    .where(`d.${dateColumn}`, '>=', start)
    .where(`d.${dateColumn}`, '<', end)
    .groupByRaw(`${salesperson}, ${month}`)
    .select(db.raw(`${salesperson} as salesperson`), db.raw(`${month} as month`))
    .sum({ amount: `d.${amount}` });
  if (req.salesperson) void q.where('c.salesperson', req.salesperson);
  narrow(q);
  return q;
}

type Summed = { salesperson: string; month: string; amount: number | string }[];

/**
 * The sales ledger (销售台账): per salesperson and month, the plans against orders (by order date,
 * cancelled ones and unconfirmed drafts aside), deliveries (delivered notes by delivery date), invoices (by issue date,
 * red-letter ones negative) and receipts (not cancelled, by date).
 */
export async function ledgerReport(db: Db, req: LedgerRequest): Promise<LedgerReport> {
  const plans = db('sales_plans').whereBetween('month', [req.from, req.to]);
  if (req.salesperson) void plans.where('salesperson', req.salesperson);
  const [planRows, orders, deliveries, invoiced, receipts] = await Promise.all([
    plans.select('salesperson', 'month', 'sales_fen', 'collection_fen') as Promise<
      { salesperson: string; month: string; sales_fen: number | string; collection_fen: number | string }[]
    >,
    byMonth(
      db,
      req,
      'sales_orders',
      'order_date',
      'gross_fen',
      (q) => void q.whereNotIn('d.status', ['cancelled', 'draft']),
    ) as Promise<Summed>,
    byMonth(
      db,
      req,
      'delivery_notes',
      'delivered_on',
      'gross_fen',
      (q) => void q.whereIn('d.status', ['delivered', 'receipted']),
    ) as Promise<Summed>,
    byMonth(db, req, 'invoices', 'issue_date', 'gross_fen', () => undefined) as Promise<Summed>,
    byMonth(db, req, 'receipts', 'date', 'amount_fen', (q) => void q.whereNull('d.cancelled_at')) as Promise<Summed>,
  ]);

  const cells = new Map<string, Record<Figure, number> & { salesperson: string; month: string }>();
  const cell = (salesperson: string, month: string) => {
    const key = `${salesperson}\u0000${month}`;
    let c = cells.get(key);
    if (!c) {
      c = { salesperson, month, salesPlan: 0, orders: 0, deliveries: 0, invoiced: 0, receipts: 0, collectionPlan: 0 };
      cells.set(key, c);
    }
    return c;
  };
  for (const p of planRows) {
    const c = cell(p.salesperson, p.month);
    c.salesPlan = int(p.sales_fen);
    c.collectionPlan = int(p.collection_fen);
  }
  for (const [figure, rows] of [
    ['orders', orders],
    ['deliveries', deliveries],
    ['invoiced', invoiced],
    ['receipts', receipts],
  ] as const)
    for (const r of rows) cell(r.salesperson, r.month)[figure] = int(r.amount);

  const withRates = <T extends Record<Figure, number>>(f: T) => ({
    ...f,
    salesRate: percentOf(f.orders, f.salesPlan),
    collectionRate: percentOf(f.receipts, f.collectionPlan),
  });
  const rows: LedgerRow[] = [...cells.values()]
    .sort((a, b) => a.salesperson.localeCompare(b.salesperson, 'zh-CN') || a.month.localeCompare(b.month))
    .map(withRates);
  const totals = Object.fromEntries(FIGURES.map((f) => [f, rows.reduce((s, r) => s + r[f], 0)])) as Record<
    Figure,
    number
  >;
  return { from: req.from, to: req.to, rows, totals: withRates(totals), salespeople: await salespeople(db) };
}

/** The customers' salespeople and anyone with a plan, for the filter. */
async function salespeople(db: Db): Promise<string[]> {
  const rows = (await db('customers')
    .whereNotNull('salesperson')
    .distinct('salesperson')
    .union((u) => void u.from('sales_plans').distinct('salesperson'))) as { salesperson: string }[];
  return [...new Set(rows.map((r) => r.salesperson).filter((s) => s.trim()))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );
}

/** A manager's targets for a salesperson and month, replacing earlier ones. */
export async function setSalesPlan(
  trx: Knex.Transaction,
  input: { month: string; salesperson: string; sales: number; collection: number },
  userId: number | null,
): Promise<{ before: unknown }> {
  const before = (await trx('sales_plans').where({ salesperson: input.salesperson, month: input.month }).first()) as
    { id: number; lock_version: number; sales_fen: number; collection_fen: number } | undefined;
  const now = nowIso();
  if (before)
    await trx('sales_plans')
      .where({ id: before.id })
      .update({
        sales_fen: input.sales,
        collection_fen: input.collection,
        lock_version: before.lock_version + 1,
        updated_at: now,
      });
  else
    await trx('sales_plans').insert({
      salesperson: input.salesperson,
      month: input.month,
      sales_fen: input.sales,
      collection_fen: input.collection,
      created_by: userId,
      created_at: now,
      updated_at: now,
    });
  return { before: before ? { sales: int(before.sales_fen), collection: int(before.collection_fen) } : null };
}
