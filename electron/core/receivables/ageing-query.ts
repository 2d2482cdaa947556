import type { Knex } from 'knex';
import type { z } from 'zod';
import { Dec } from '../../shared/money';
import type {
  AgeingBasis,
  AgeingItem,
  AgeingReport,
  AgeingRow,
  ageingInput,
  ageingItemsInput,
} from '../../shared/receivables/ageing-contract';
import { addDays, daysBetween, today } from '../dates';
import { int } from '../db/rows';
import { BASIS_COLUMN, bucketPlan, type BucketPlan } from './ageing-buckets';
import { readReceivableSettings } from './receivable-settings';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

/** Collects positional bindings in the order their placeholders are written into the SQL text. */
class Sql {
  readonly bindings: unknown[] = [];
  p(value: unknown): string {
    this.bindings.push(value);
    return '?';
  }
}

interface Scope {
  asOf: string;
  basis: AgeingBasis;
  groupBy: 'customer' | 'salesperson';
  customerId?: number | null;
  salesperson?: string | null;
}

/**
 * Invoices open on the report date, one row each, with the amount open then: gross, less allocations dated by then
 * and not undone by then, plus red-letter invoices (negative) issued against it by then. A red-letter invoice is not
 * a row of its own when it names its original (it lowers that one, in the original's bucket); a red-letter without
 * an original is a negative row. Invoices settled by the date are skipped through the settled_on index, unless a
 * red-letter of theirs issued by then is unsettled (it took back more than was open: the original's row is negative).
 */
function openInvoicesCte(q: Sql, s: Scope, extraColumns = ''): string {
  const joinCustomer = s.groupBy === 'salesperson' || s.salesperson != null || extraColumns !== '';
  const group = s.groupBy === 'salesperson' ? `COALESCE(c.salesperson, '')` : 'i.customer_id';
  const select = `SELECT i.id AS id, ${group} AS gkey, i.${BASIS_COLUMN[s.basis]} AS bd, i.due_date AS dd,
      i.gross_fen
        - COALESCE((SELECT SUM(a.amount_fen) FROM allocations a
            WHERE a.invoice_id = i.id AND a.date <= ${q.p(s.asOf)} AND (a.undone_on IS NULL OR a.undone_on > ${q.p(s.asOf)})), 0)
        + COALESCE(reds.amount, 0)
        AS open_at${extraColumns}
    FROM invoices i${joinCustomer ? ' JOIN customers c ON c.id = i.customer_id' : ''}
    LEFT JOIN (SELECT red_of_id, SUM(gross_fen) AS amount FROM invoices
      WHERE red_of_id IS NOT NULL AND issue_date <= ${q.p(s.asOf)} GROUP BY red_of_id) reds ON reds.red_of_id = i.id`;
  // Red-letters are summed once per original and joined, not looked up per open invoice: with nearly every
  // red_of_id empty, SQLite's statistics make an index lookup look like a scan, and it scanned per invoice.
  const where: string[] = [
    // COALESCE keeps the planner off the red_of_id and issue_date indexes (nearly every row passes those): the
    // settled_on index narrows a million invoices to the few open on the date.
    'COALESCE(i.red_of_id, 0) = 0',
    `COALESCE(i.issue_date, '') <= ${q.p(s.asOf)}`,
    // An original settled by its red-letter is still a row while a red of it keeps its own (negative) open amount:
    // the red took back more than the original still owed, and the rest is the customer's credit.
    `(i.settled_on IS NULL OR i.settled_on > ${q.p(s.asOf)} OR i.id IN (SELECT r.red_of_id FROM invoices r
      WHERE r.red_of_id IS NOT NULL AND r.issue_date <= ${q.p(s.asOf)} AND r.settled_on IS NULL))`,
  ];
  const filters: string[] = [];
  if (s.customerId != null) filters.push(`i.customer_id = ${q.p(s.customerId)}`);
  if (s.salesperson != null) filters.push(`COALESCE(c.salesperson, '') = ${q.p(s.salesperson)}`);
  return `${select} WHERE ${[...where, ...filters].join(' AND ')}`;
}

/** The SQL condition putting a basis date `bd` into bucket i of the plan. */
function inBucket(q: Sql, plan: BucketPlan, i: number): string {
  const { lowest } = plan;
  const parts: string[] = [];
  if (i > 0) parts.push(`bd < ${q.p(lowest[i - 1])}`);
  if (i < lowest.length) parts.push(`bd >= ${q.p(lowest[i])}`);
  return parts.join(' AND ');
}

/** Receipts' unapplied credit on the date: amount less allocations live then (cancelled receipts count nothing). */
function unappliedCte(q: Sql, s: Scope): string {
  const group = s.groupBy === 'salesperson' ? `COALESCE(c.salesperson, '')` : 'r.customer_id';
  const amount = `r.amount_fen - COALESCE((SELECT SUM(a.amount_fen) FROM allocations a
      WHERE a.receipt_id = r.id AND a.date <= ${q.p(s.asOf)} AND (a.undone_on IS NULL OR a.undone_on > ${q.p(s.asOf)})), 0)`;
  return `SELECT ${group} AS gkey, SUM(${amount}) AS unapplied
    FROM receipts r${s.groupBy === 'salesperson' ? ' JOIN customers c ON c.id = r.customer_id' : ''}
    WHERE r.date <= ${q.p(s.asOf)} AND r.cancelled_at IS NULL
    GROUP BY ${group}`;
}

const SORT_SQL = {
  total: 'total',
  overdue: 'overdue',
  over90: 'over90',
  balance: 'balance',
} as const;

type AgeingRequest = Omit<z.output<typeof ageingInput>, 'page' | 'pageSize'> & { page?: number; pageSize?: number };

/** The percentage share, one decimal, exact (no float division). */
export function share(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  return new Dec(part).times(100).dividedBy(whole).toFixed(1, Dec.ROUND_HALF_UP);
}

function amountsOf(r: Row, prefix: string, buckets: number) {
  const n = (k: string) => int(r[`${prefix}${k}`] ?? 0);
  const total = n('total');
  const unapplied = n('unapplied');
  return {
    buckets: Array.from({ length: buckets }, (_, i) => n(`b${i}`)),
    total,
    overdue: n('overdue'),
    over90: n('over90'),
    over90Share: share(n('over90'), total),
    unapplied,
    balance: total - unapplied,
  };
}

/**
 * The ageing report: one SQL statement aggregates the open invoices into bucket columns per customer (or
 * salesperson), adds the unapplied credit, sorts and pages the groups, and carries the grand totals as window sums.
 * `page` absent: every group (the xlsx and the CLI).
 */
export async function ageingReport(db: Db, req: AgeingRequest): Promise<AgeingReport> {
  const asOf = req.asOf ?? today();
  const settings = await readReceivableSettings(db);
  const basis = req.basis ?? settings.ageingBasis;
  const plan = bucketPlan(asOf, basis, req.view, req.bounds, settings.buckets);
  const scope: Scope = { asOf, basis, groupBy: req.groupBy };
  const q = new Sql();
  const inv = openInvoicesCte(q, scope);
  const bucketSums = plan.buckets
    .map((b) => `SUM(CASE WHEN ${inBucket(q, plan, b.index)} THEN open_at ELSE 0 END) AS b${b.index}`)
    .join(', ');
  const agg = `SELECT gkey, ${bucketSums}, SUM(open_at) AS total,
      SUM(CASE WHEN dd < ${q.p(asOf)} THEN open_at ELSE 0 END) AS overdue,
      SUM(CASE WHEN bd < ${q.p(addDays(asOf, -90))} THEN open_at ELSE 0 END) AS over90
    FROM inv WHERE open_at <> 0 GROUP BY gkey`;
  const unap = unappliedCte(q, scope);
  const cols = [...plan.buckets.map((b) => `b${b.index}`), 'total', 'overdue', 'over90'];
  const byCustomer = req.groupBy === 'customer';
  const grand = [...cols.map((c) => `COALESCE(g.${c}, 0)`), 'COALESCE(u.unapplied, 0)'];
  const grandNames = [...cols, 'unapplied'];
  const sortField = req.sort.field;
  const dir = req.sort.dir === 'asc' ? 'ASC' : 'DESC';
  const order =
    sortField === 'name'
      ? `${byCustomer ? 'c.name_sort' : 'k.gkey'} ${dir}, k.gkey`
      : `${SORT_SQL[sortField]} ${dir}, ${byCustomer ? 'c.name_sort' : 'k.gkey'}, k.gkey`;
  const paged = req.page !== undefined && req.pageSize !== undefined;
  const page = req.page ?? 1;
  const pageSize = req.pageSize ?? 0;
  // MATERIALIZED: each invoice's open amount is worked out once, not once per bucket column that reads it.
  const sql = `WITH inv AS MATERIALIZED (${inv}), g AS (${agg}), u AS (${unap}),
    k AS (SELECT gkey FROM g UNION SELECT gkey FROM u WHERE unapplied <> 0)
    SELECT k.gkey AS gkey, ${byCustomer ? 'c.code AS code, c.name AS name, c.salesperson AS salesperson' : 'NULL AS code, NULL AS name, k.gkey AS salesperson'},
      ${grand.map((e, i) => `${e} AS ${grandNames[i]}`).join(', ')},
      COALESCE(g.total, 0) - COALESCE(u.unapplied, 0) AS balance,
      COUNT(*) OVER () AS n_rows,
      ${grand.map((e, i) => `SUM(${e}) OVER () AS t_${grandNames[i]}`).join(', ')}
    FROM k LEFT JOIN g ON g.gkey = k.gkey LEFT JOIN u ON u.gkey = k.gkey
    ${byCustomer ? 'LEFT JOIN customers c ON c.id = k.gkey' : ''}
    ORDER BY ${order}
    ${paged ? `LIMIT ${q.p(pageSize)} OFFSET ${q.p((page - 1) * pageSize)}` : ''}`;
  let rows = (await db.raw(sql, q.bindings as Knex.RawBinding[])) as Row[] | { rows: Row[] };
  const list = Array.isArray(rows) ? rows : rows.rows;
  let totalsRow = list[0];
  if (!totalsRow && page > 1) {
    // Past the last page: the grand totals still come from the first row.
    const first = q.bindings.slice(0, -2).concat([1, 0]);
    rows = (await db.raw(sql, first as Knex.RawBinding[])) as Row[] | { rows: Row[] };
    totalsRow = (Array.isArray(rows) ? rows : rows.rows)[0];
  }
  const n = plan.buckets.length;
  const out: AgeingRow[] = list.map((r) => ({
    key: String(r.gkey),
    customerId: byCustomer ? int(r.gkey) : null,
    code: byCustomer ? ((r.code as string | null) ?? null) : null,
    name: byCustomer ? String(r.name ?? '') : String(r.gkey),
    salesperson: (r.salesperson as string | null) || null,
    ...amountsOf(r, '', n),
  }));
  return {
    asOf,
    basis,
    view: req.view,
    groupBy: req.groupBy,
    buckets: plan.buckets,
    rows: out,
    total: totalsRow ? int(totalsRow.n_rows) : 0,
    page,
    pageSize: paged ? pageSize : out.length,
    totals: totalsRow ? amountsOf(totalsRow, 't_', n) : amountsOf({}, '', n),
  };
}

/** The open invoices behind one cell of the report, oldest first, paged, with their sum over every page. */
export async function ageingItems(
  db: Db,
  req: z.output<typeof ageingItemsInput>,
): Promise<{ rows: AgeingItem[]; total: number; page: number; pageSize: number; sum: number }> {
  const asOf = req.asOf ?? today();
  const settings = await readReceivableSettings(db);
  const basis = req.basis ?? settings.ageingBasis;
  const plan = bucketPlan(asOf, basis, req.view, req.bounds, settings.buckets);
  const q = new Sql();
  const inv = openInvoicesCte(
    q,
    { asOf, basis, groupBy: 'customer', customerId: req.customerId, salesperson: req.salesperson },
    `, i.customer_id AS customer_id, c.name AS customer_name, i.number AS number, i.issue_date AS issue_date,
      i.delivery_date AS delivery_date, i.due_date AS due_date, i.gross_fen AS gross_fen`,
  );
  const bucket =
    req.bucket === 'all' || req.bucket >= plan.buckets.length ? '' : ` AND ${inBucket(q, plan, req.bucket)}`;
  const sql = `WITH inv AS MATERIALIZED (${inv})
    SELECT inv.*, COUNT(*) OVER () AS n_rows, SUM(open_at) OVER () AS sum_open
    FROM inv WHERE open_at <> 0${bucket}
    ORDER BY bd, id LIMIT ${q.p(req.pageSize)} OFFSET ${q.p((req.page - 1) * req.pageSize)}`;
  const result = (await db.raw(sql, q.bindings as Knex.RawBinding[])) as Row[] | { rows: Row[] };
  const list = Array.isArray(result) ? result : result.rows;
  return {
    rows: list.map((r) => ({
      id: int(r.id),
      number: String(r.number),
      customerId: int(r.customer_id),
      customerName: String(r.customer_name),
      issueDate: String(r.issue_date),
      deliveryDate: String(r.delivery_date),
      dueDate: String(r.due_date),
      gross: int(r.gross_fen),
      open: int(r.open_at),
      days: daysBetween(String(r.bd), asOf),
    })),
    total: list[0] ? int(list[0].n_rows) : 0,
    page: req.page,
    pageSize: req.pageSize,
    sum: list[0] ? int(list[0].sum_open) : 0,
  };
}
