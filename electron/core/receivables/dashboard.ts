import type { Knex } from 'knex';
import type { Bucket, DashboardSummary } from '../../shared/receivables/collections-contract';
import { BUCKETS } from '../../shared/receivables/collections-contract';
import { addDays, daysBetween, today } from '../dates';
import { int } from '../db/rows';
import { addMonths, monthOf, monthsBetween, percentOf } from './collections-months';

type Db = Knex | Knex.Transaction;

/** The management buckets on the due-date basis: the first due date (inclusive) each one reaches back to. */
const BUCKET_DAYS: [Bucket, number][] = [
  ['notDue', 0],
  ['d1_30', 30],
  ['d31_60', 60],
  ['d61_90', 90],
  ['d91_180', 180],
  ['d181_365', 365],
];

/**
 * Invoices open on `asOf` and what each had open then. Today (or later) that is the kept
 * `open_fen` of the unsettled ones, read through the settled_on index; for a past date, the
 * allocations since then are put back and the ones undone since taken off again, and what red-letters issued since
 * then took off their original (a red keeps open its gross less what it took off) is put back too.
 */
function openOn(db: Db, asOf: string): { query: Knex.QueryBuilder; amount: string; bindings: string[] } {
  const query = db('invoices as i').where('i.issue_date', '<=', asOf);
  if (asOf >= today()) {
    void query.whereNull('i.settled_on');
    return { query, amount: 'i.open_fen', bindings: [] };
  }
  void query.where((w) => void w.whereNull('i.settled_on').orWhere('i.settled_on', '>', asOf));
  // Later red-letters summed once per original and joined (a lookup per invoice by red_of_id, nearly always empty,
  // looks like a scan to SQLite's statistics).
  const laterReds = db('invoices')
    .whereNotNull('red_of_id')
    .where('issue_date', '>', asOf)
    .groupBy('red_of_id')
    .select('red_of_id', db.raw('sum(open_fen - gross_fen) as taken'));
  void query.leftJoin(laterReds.as('reds'), 'reds.red_of_id', 'i.id');
  const amount = `(i.open_fen
    + coalesce((select sum(a.amount_fen) from allocations a where a.invoice_id = i.id and a.date > ? and a.undone_on is null), 0)
    - coalesce((select sum(a.amount_fen) from allocations a where a.invoice_id = i.id and a.date <= ? and a.undone_on > ?), 0)
    + coalesce(reds.taken, 0))`;
  return { query, amount, bindings: [asOf, asOf, asOf] };
}

interface OpenCell {
  customer_id: number;
  bucket: Bucket;
  amount: number | string;
  invoices: number | string;
  oldest: string;
}

/**
 * The open invoices in one aggregate by customer and bucket: a single pass over them (the settled_on
 * index) gives both the buckets and the top overdue customers, a few thousand rows at most.
 */
async function openCells(db: Db, asOf: string): Promise<OpenCell[]> {
  const { query, amount, bindings } = openOn(db, asOf);
  const cases = BUCKET_DAYS.map(() => 'when i.due_date >= ? then ?').join(' ');
  const caseBindings = BUCKET_DAYS.flatMap(([bucket, days]) => [addDays(asOf, -days), bucket]);
  return (await query
    .select('i.customer_id', db.raw(`case ${cases} else 'over365' end as bucket`, caseBindings))
    .select(db.raw(`sum(${amount}) as amount`, bindings))
    .count({ invoices: '*' })
    .min({ oldest: 'i.due_date' })
    .groupByRaw('i.customer_id, bucket')) as OpenCell[];
}

function bucketTotals(cells: OpenCell[]): DashboardSummary['buckets'] {
  return BUCKETS.map((bucket) => {
    const of = cells.filter((c) => c.bucket === bucket);
    return {
      bucket,
      amount: of.reduce((s, c) => s + int(c.amount), 0),
      invoices: of.reduce((s, c) => s + int(c.invoices), 0),
    };
  });
}

/** The ten customers owing most past due (ties by customer). */
async function topOverdue(db: Db, cells: OpenCell[], asOf: string): Promise<DashboardSummary['topOverdue']> {
  const owed = new Map<number, { overdue: number; oldest: string }>();
  for (const c of cells) {
    if (c.bucket === 'notDue') continue;
    const o = owed.get(c.customer_id) ?? { overdue: 0, oldest: c.oldest };
    owed.set(c.customer_id, { overdue: o.overdue + int(c.amount), oldest: c.oldest < o.oldest ? c.oldest : o.oldest });
  }
  const top = [...owed]
    .filter(([, o]) => o.overdue > 0)
    .sort(([a, x], [b, y]) => y.overdue - x.overdue || a - b)
    .slice(0, 10);
  const names = new Map(
    (
      (await db('customers')
        .whereIn(
          'id',
          top.map(([id]) => id),
        )
        .select('id', 'name')) as { id: number; name: string }[]
    ).map((c) => [c.id, c.name]),
  );
  return top.map(([id, o]) => ({
    customerId: id,
    customerName: names.get(id) ?? '',
    overdueFen: o.overdue,
    oldestDays: daysBetween(o.oldest, asOf),
  }));
}

/** Σ `amount` by month of `dateColumn`, from the first of `fromMonth` up to and including `asOf`. */
async function monthly(
  q: Knex.QueryBuilder,
  dateColumn: string,
  amount: string,
  fromMonth: string,
  asOf: string,
): Promise<Map<string, number>> {
  const month = `substr(${dateColumn}, 1, 7)`;
  const rows = (await q
    .where(dateColumn, '>=', `${fromMonth}-01`)
    .where(dateColumn, '<=', asOf)
    .groupByRaw(month)
    .select(q.client.raw(`${month} as month`))
    .sum({ amount })) as { month: string; amount: number | string }[];
  return new Map(rows.map((r) => [r.month, int(r.amount)]));
}

/** Quotes decided won or lost, by quote month. */
async function winRate(db: Db, fromMonth: string, asOf: string): Promise<DashboardSummary['winRate']> {
  const month = 'substr(quote_date, 1, 7)';
  const rows = (await db('quotes')
    .whereIn('status', ['won', 'lost'])
    .where('quote_date', '>=', `${fromMonth}-01`)
    .where('quote_date', '<=', asOf)
    .groupByRaw(`${month}, status`)
    .select(db.raw(`${month} as month`), 'status')
    .count({ n: '*' })) as { month: string; status: 'won' | 'lost'; n: number | string }[];
  return monthsBetween(fromMonth, monthOf(asOf)).map((m) => {
    const won = int(rows.find((r) => r.month === m && r.status === 'won')?.n ?? 0);
    const lost = int(rows.find((r) => r.month === m && r.status === 'lost')?.n ?? 0);
    return { month: m, won, lost, rate: percentOf(won, won + lost) };
  });
}

/**
 * The manager's dashboard as of a date (today by default): receivables by bucket, the top overdue
 * customers, twelve months of orders against receipts and of quote win rate, and six months of the
 * collection plan against receipts. A handful of aggregates, each over an index range.
 */
export async function dashboardSummary(db: Db, asOf: string): Promise<DashboardSummary> {
  const thisMonth = monthOf(asOf);
  const from12 = addMonths(thisMonth, -11);
  const from6 = addMonths(thisMonth, -5);
  const [cells, orders, receipts, plans, wins] = await Promise.all([
    openCells(db, asOf),
    monthly(db('sales_orders').whereNotIn('status', ['cancelled', 'draft']), 'order_date', 'gross_fen', from12, asOf),
    monthly(db('receipts').whereNull('cancelled_at'), 'date', 'amount_fen', from12, asOf),
    db('collection_plans')
      .whereBetween('month', [from6, thisMonth])
      .groupBy('month')
      .select('month')
      .sum({ planned: 'planned_fen' }) as Promise<{ month: string; planned: number | string }[]>,
    winRate(db, from12, asOf),
  ]);

  const bucketRows = bucketTotals(cells);
  const top = await topOverdue(db, cells, asOf);
  const planned = new Map(plans.map((p) => [p.month, int(p.planned)]));
  const planVsActual = monthsBetween(from6, thisMonth).map((month) => {
    const p = planned.get(month) ?? 0;
    const a = receipts.get(month) ?? 0;
    return { month, planned: p, actual: a, rate: percentOf(a, p) };
  });
  const receivables = bucketRows.reduce((s, b) => s + b.amount, 0);
  const overdue = bucketRows.filter((b) => b.bucket !== 'notDue').reduce((s, b) => s + b.amount, 0);
  const over90 = bucketRows
    .filter((b) => ['d91_180', 'd181_365', 'over365'].includes(b.bucket))
    .reduce((s, b) => s + b.amount, 0);
  const current = planVsActual.at(-1)!;
  return {
    asOf,
    kpi: {
      receivables,
      overdue,
      overdueShare: percentOf(overdue, receivables),
      over90,
      monthReceipts: current.actual,
      monthPlan: current.planned,
      monthRate: current.rate,
    },
    buckets: bucketRows,
    topOverdue: top,
    salesVsReceipts: monthsBetween(from12, thisMonth).map((month) => ({
      month,
      sales: orders.get(month) ?? 0,
      receipts: receipts.get(month) ?? 0,
    })),
    winRate: wins,
    planVsActual,
  };
}
