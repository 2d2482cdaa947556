import type { Knex } from 'knex';
import { DUE_BUCKETS } from '../../../shared/purchasing/payables/contract';
import { today } from '../../dates';
import { pageQuery } from '../../db/list-query';
import { int } from '../../db/rows';
import type { HandlerMap } from '../../rpc/handler';
import { matchingIds } from '../../search/search-index';
import { bucketColumns, bucketOf, bucketsOf } from './due-buckets';
import { buildPayablesStatement } from './payables-statement';

type Channel = 'purchasing.payables.summary' | 'purchasing.payables.due' | 'purchasing.payables.statement';

type Db = Knex | Knex.Transaction;

/**
 * One row per supplier with invoices or live payments: the invoices' and payments' sums side by side (a union of
 * both, grouped), the open amounts in their due buckets as of `asOf`. One statement, so the list pages and sorts in SQL.
 */
function supplierTotals(db: Db, asOf: string): Knex.QueryBuilder {
  const zeroBuckets = DUE_BUCKETS.map((b) => db.raw('0 AS ??', [b]));
  const invoices = db('supplier_invoices').select(
    'supplier_id',
    db.raw('gross_fen AS invoiced'),
    db.raw('0 AS paid'),
    db.raw('open_fen AS open'),
    db.raw('0 AS unapplied'),
    db.raw('CASE WHEN due_date < ? THEN open_fen ELSE 0 END AS overdue', [asOf]),
    db.raw('CASE WHEN open_fen > 0 AND due_date >= ? THEN due_date ELSE NULL END AS next_due', [asOf]),
    ...bucketColumns(db, asOf),
  );
  const payments = db('supplier_payments')
    .where('status', 'posted')
    .select(
      'supplier_id',
      db.raw('0 AS invoiced'),
      db.raw('amount_fen AS paid'),
      db.raw('0 AS open'),
      db.raw('unapplied_fen AS unapplied'),
      db.raw('0 AS overdue'),
      db.raw('NULL AS next_due'),
      ...zeroBuckets,
    );
  return db
    .from(invoices.unionAll(payments).as('m'))
    .select(
      'm.supplier_id',
      db.raw('SUM(m.invoiced) AS invoiced'),
      db.raw('SUM(m.paid) AS paid'),
      db.raw('SUM(m.open) AS open'),
      db.raw('SUM(m.unapplied) AS unapplied'),
      db.raw('SUM(m.open) - SUM(m.unapplied) AS balance'),
      db.raw('SUM(m.overdue) AS overdue'),
      db.raw('MIN(m.next_due) AS next_due'),
      ...DUE_BUCKETS.map((b) => db.raw('SUM(??) AS ??', [`m.${b}`, b])),
    )
    .groupBy('m.supplier_id')
    .as('agg');
}

interface SummaryDbRow {
  id: number;
  code: string;
  name: string;
  invoiced: number | string;
  paid: number | string;
  open: number | string;
  unapplied: number | string;
  balance: number | string;
  overdue: number | string;
  next_due: string | null;
  [bucket: string]: unknown;
}

/** 应付账款: per supplier, what was invoiced and paid, what is open, overdue and next due, and when it falls due. */
export const payablesSummaryHandlers: HandlerMap<Channel> = {
  'purchasing.payables.summary': async (input, { db }) => {
    const asOf = input.filters.asOf ?? today();
    const base = db('suppliers').join(supplierTotals(db, asOf), 'agg.supplier_id', 'suppliers.id');
    if (input.filters.withBalanceOnly) base.whereRaw('?? <> ??', ['agg.open', 'agg.unapplied']);
    return pageQuery(
      base,
      input,
      {
        search: (term) => matchingIds(db, 'suppliers', term),
        sortColumns: {
          supplierName: 'suppliers.name',
          invoiced: 'agg.invoiced',
          paid: 'agg.paid',
          open: 'agg.open',
          balance: 'agg.balance',
          overdue: 'agg.overdue',
          nextDue: 'agg.next_due',
        },
        defaultSort: { column: 'agg.balance', dir: 'desc' },
        idColumn: 'suppliers.id',
        read: base.clone().select('suppliers.id', 'suppliers.code', 'suppliers.name', 'agg.*'),
      },
      (r: SummaryDbRow) => ({
        id: r.id,
        supplierCode: r.code,
        supplierName: r.name,
        invoiced: int(r.invoiced),
        paid: int(r.paid),
        open: int(r.open),
        unapplied: int(r.unapplied),
        balance: int(r.balance),
        overdue: int(r.overdue),
        nextDue: r.next_due,
        buckets: bucketsOf(r),
      }),
    );
  },
  'purchasing.payables.due': async ({ asOf: given, supplierId, limit }, { db }) => {
    const asOf = given ?? today();
    const open = db('supplier_invoices').where('supplier_invoices.open_fen', '>', 0);
    if (supplierId) open.where('supplier_invoices.supplier_id', supplierId);
    const totals = (await db
      .from(
        open
          .clone()
          .select('open_fen', ...bucketColumns(db, asOf))
          .as('o'),
      )
      .select(
        db.raw('COUNT(*) AS n'),
        db.raw('SUM(o.open_fen) AS total'),
        ...DUE_BUCKETS.map((b) => db.raw('SUM(??) AS ??', [`o.${b}`, b])),
      )
      .first()) as Record<string, unknown> & { n: number | string; total: number | string | null };
    const rows = (await open
      .clone()
      .join('suppliers', 'suppliers.id', 'supplier_invoices.supplier_id')
      .orderBy([
        { column: 'supplier_invoices.due_date', order: 'asc' },
        { column: 'supplier_invoices.issue_date', order: 'asc' },
        { column: 'supplier_invoices.id', order: 'asc' },
      ])
      .limit(limit)
      .select('supplier_invoices.*', 'suppliers.name as supplier_name')) as {
      id: number;
      supplier_id: number;
      supplier_name: string;
      code: string;
      number: string;
      issue_date: string;
      due_date: string;
      gross_fen: number | string;
      open_fen: number | string;
    }[];
    return {
      asOf,
      buckets: bucketsOf(totals),
      total: int(totals.total ?? 0),
      invoices: {
        total: int(totals.n),
        rows: rows.map((r) => ({
          id: r.id,
          supplierId: r.supplier_id,
          supplierName: r.supplier_name,
          invoiceCode: r.code,
          invoiceNumber: r.number,
          invoiceDate: r.issue_date,
          dueOn: r.due_date,
          gross: int(r.gross_fen),
          open: int(r.open_fen),
          ...bucketOf(r.due_date, asOf),
        })),
      },
    };
  },
  'purchasing.payables.statement': async (input, { db }) => buildPayablesStatement(db, input),
};
