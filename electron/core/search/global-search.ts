import type { Knex } from 'knex';
import type { SearchGroup, SearchHit, SearchKind } from '../../shared/search/contract';
import { contains } from '../db/list-query';
import { int } from '../db/rows';
import { documentMatchIds } from './document-search';
import { matchingIds } from './search-index';

type Db = Knex | Knex.Transaction;

/** LIKE 'term%' with the user's wildcards taken literally. */
const prefixPattern = (term: string) => `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The columns every source reads a hit from, under these names. */
interface HitRow {
  id: number;
  open_id: number;
  label: string;
  name: string | null;
  detail: string | null;
  date: string | null;
  exact: number | string | boolean;
}

interface Source {
  kind: SearchKind;
  /** The matching rows of the source's table, before ranking (the ids found through the search index). */
  matches(db: Db, term: string): Knex.QueryBuilder;
  /** What is read of each hit: id, open_id, label, name, detail, date (joins onto the matched rows). */
  read(db: Db, rows: Knex.QueryBuilder): Knex.QueryBuilder;
  /**
   * SQL ranking the hits, best first, with its bindings: 0 for an exact number or code. The caller breaks ties.
   * `lower` is the typed text lower-cased.
   */
  rank(lower: string, term: string): [sql: string, bindings: string[]];
  /** Ties broken by this column: the newest document first, or the master record's code. */
  tieBreak: { column: string; order: 'asc' | 'desc' };
}

/** Exact number, then numbers starting with the text, then the rest. */
const byNumber =
  (column: string) =>
  (lower: string): [string, string[]] => [
    `CASE WHEN lower(${column}) = ? THEN 0 WHEN lower(${column}) LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END`,
    [lower, prefixPattern(lower)],
  ];

/** Exact code, then exact mnemonic or name, then codes and names starting with the text, then the rest. */
const byCode =
  (table: string, names: string[]) =>
  (lower: string, term: string): [string, string[]] => [
    `CASE WHEN lower(${table}.code) = ? THEN 0 WHEN lower(${table}.mnemonic) = ? ${names
      .map((n) => `OR ${table}.${n} = ?`)
      .join(' ')} THEN 1 WHEN lower(${table}.code) LIKE ? ESCAPE '\\' THEN 2 ${names
      .map((n) => `WHEN ${table}.${n} LIKE ? ESCAPE '\\' THEN 3`)
      .join(' ')} ELSE 4 END`,
    [lower, lower, ...names.map(() => term), prefixPattern(lower), ...names.map(() => prefixPattern(term))],
  ];

/** A document table found by its number (and reference columns) through the trigram index, its customer joined. */
function documentSource(
  kind: SearchKind,
  table: Parameters<typeof documentMatchIds>[1],
  columns: string[],
  read: Source['read'],
  scope?: (rows: Knex.QueryBuilder) => void,
): Source {
  return {
    kind,
    matches(db, term) {
      const rows = db(table).whereIn(`${table}.id`, documentMatchIds(db, table, term, { columns: columns as never }));
      scope?.(rows);
      return rows;
    },
    read,
    rank: byNumber(`${table}.number`),
    tieBreak: { column: `${table}.id`, order: 'desc' },
  };
}

const withCustomer = (table: string, rows: Knex.QueryBuilder) =>
  rows.leftJoin('customers as c', 'c.id', `${table}.customer_id`);

const SOURCES: Source[] = [
  documentSource(
    'quote',
    'quotes',
    ['number'],
    (db, rows) =>
      withCustomer('quotes', rows).select(
        'quotes.id',
        'quotes.id as open_id',
        db.raw(`quotes.number || ' V' || quotes.version as label`),
        'c.name as name',
        'quotes.project as detail',
        'quotes.quote_date as date',
      ),
    // The current version of each quote: an older one is reached from its versions tab.
    (rows) => void rows.whereNot('quotes.status', 'superseded'),
  ),
  documentSource('order', 'sales_orders', ['number', 'customer_po'], (_db, rows) =>
    withCustomer('sales_orders', rows).select(
      'sales_orders.id',
      'sales_orders.id as open_id',
      'sales_orders.number as label',
      'c.name as name',
      'sales_orders.customer_po as detail',
      'sales_orders.order_date as date',
    ),
  ),
  documentSource('notice', 'delivery_notices', ['number'], (_db, rows) =>
    withCustomer('delivery_notices', rows).select(
      'delivery_notices.id',
      'delivery_notices.id as open_id',
      'delivery_notices.number as label',
      'c.name as name',
      'delivery_notices.delivery_address as detail',
      'delivery_notices.date as date',
    ),
  ),
  documentSource('note', 'delivery_notes', ['number'], (_db, rows) =>
    withCustomer('delivery_notes', rows).select(
      'delivery_notes.id',
      'delivery_notes.id as open_id',
      'delivery_notes.number as label',
      'c.name as name',
      'delivery_notes.delivery_address as detail',
      'delivery_notes.date as date',
    ),
  ),
  documentSource('run', 'dispatch_runs', ['number'], (db, rows) =>
    rows.select(
      'dispatch_runs.id',
      'dispatch_runs.id as open_id',
      'dispatch_runs.number as label',
      db.raw(`dispatch_runs.vehicle || ' ' || dispatch_runs.driver as name`),
      'dispatch_runs.escort as detail',
      'dispatch_runs.date as date',
    ),
  ),
  documentSource('consignment', 'consignments', ['number', 'waybill_no'], (_db, rows) =>
    rows
      .leftJoin('carriers as k', 'k.id', 'consignments.carrier_id')
      .select(
        'consignments.id',
        'consignments.id as open_id',
        'consignments.number as label',
        'consignments.consignee_name as name',
        'k.name as detail',
        'consignments.date as date',
      ),
  ),
  {
    // Returns have no search index of their own: few, and found by number alone.
    kind: 'return',
    matches: (db, term) => db('delivery_returns').whereRaw(...contains('delivery_returns.number', term)),
    read: (_db, rows) =>
      withCustomer('delivery_returns', rows).select(
        'delivery_returns.id',
        'delivery_returns.note_id as open_id',
        'delivery_returns.number as label',
        'c.name as name',
        'delivery_returns.reason as detail',
        'delivery_returns.date as date',
      ),
    rank: byNumber('delivery_returns.number'),
    tieBreak: { column: 'delivery_returns.id', order: 'desc' },
  },
  documentSource('invoice', 'invoices', ['number'], (_db, rows) =>
    rows.select(
      'invoices.id',
      'invoices.id as open_id',
      'invoices.number as label',
      'invoices.buyer_name as name',
      'invoices.remarks as detail',
      'invoices.issue_date as date',
    ),
  ),
  documentSource('receipt', 'receipts', ['number', 'bank_ref'], (_db, rows) =>
    withCustomer('receipts', rows).select(
      'receipts.id',
      'receipts.id as open_id',
      'receipts.number as label',
      'c.name as name',
      'receipts.payer_name as detail',
      'receipts.date as date',
    ),
  ),
  {
    kind: 'bill',
    matches: (db, term) =>
      db('acceptance_bills').whereIn(
        'acceptance_bills.id',
        documentMatchIds(db, 'acceptance_bills', term, { columns: ['bill_no'] }),
      ),
    read: (_db, rows) =>
      withCustomer('acceptance_bills', rows).select(
        'acceptance_bills.id',
        'acceptance_bills.id as open_id',
        'acceptance_bills.bill_no as label',
        'c.name as name',
        'acceptance_bills.acceptor as detail',
        'acceptance_bills.maturity_date as date',
      ),
    rank: byNumber('acceptance_bills.bill_no'),
    tieBreak: { column: 'acceptance_bills.id', order: 'desc' },
  },
  documentSource('register', 'register_entries', ['number', 'their_ref'], (_db, rows) =>
    rows.select(
      'register_entries.id',
      'register_entries.id as open_id',
      'register_entries.number as label',
      'register_entries.counterparty as name',
      'register_entries.subject as detail',
      'register_entries.date as date',
    ),
  ),
  documentSource('inquiry', 'inquiries', ['number'], (_db, rows) =>
    withCustomer('inquiries', rows).select(
      'inquiries.id',
      'inquiries.id as open_id',
      'inquiries.number as label',
      'c.name as name',
      'inquiries.requirement as detail',
      'inquiries.date as date',
    ),
  ),
  {
    kind: 'customer',
    matches: (db, term) => db('customers').whereIn('customers.id', matchingIds(db, 'customers', term)),
    read: (_db, rows) =>
      rows.select(
        'customers.id',
        'customers.id as open_id',
        'customers.code as label',
        'customers.name as name',
        'customers.short_name as detail',
      ),
    rank: byCode('customers', ['name', 'short_name']),
    tieBreak: { column: 'customers.code', order: 'asc' },
  },
  {
    kind: 'product',
    matches: (db, term) => db('products').whereIn('products.id', matchingIds(db, 'products', term)),
    read: (db, rows) =>
      rows.select(
        'products.id',
        'products.id as open_id',
        'products.code as label',
        'products.name as name',
        db.raw(`trim(coalesce(products.brand, '') || ' ' || coalesce(products.spec, '')) as detail`),
      ),
    rank: byCode('products', ['name']),
    tieBreak: { column: 'products.code', order: 'asc' },
  },
  {
    kind: 'supplier',
    matches: (db, term) => db('suppliers').whereIn('suppliers.id', matchingIds(db, 'suppliers', term)),
    read: (_db, rows) =>
      rows.select(
        'suppliers.id',
        'suppliers.id as open_id',
        'suppliers.code as label',
        'suppliers.name as name',
        'suppliers.short_name as detail',
      ),
    rank: byCode('suppliers', ['name', 'short_name']),
    tieBreak: { column: 'suppliers.code', order: 'asc' },
  },
];

async function searchSource(db: Db, source: Source, term: string, limit: number): Promise<SearchGroup> {
  const lower = term.toLowerCase();
  const matches = source.matches(db, term);
  const counted = (await matches.clone().clearSelect().count({ n: '*' }).first()) as { n: number | string } | undefined;
  const total = int(counted?.n ?? 0);
  if (total === 0) return { kind: source.kind, total, hits: [] };
  const [rankSql, bindings] = source.rank(lower, term);
  // Inactive master records last: they are still found (an old customer's code), but after the live ones.
  const master = ['customer', 'product', 'supplier'].includes(source.kind);
  const table = source.tieBreak.column.split('.')[0]!;
  const rows = (await source
    .read(db, matches.clone())
    .select(db.raw(`CASE WHEN (${rankSql}) = 0 THEN 1 ELSE 0 END as exact`, bindings))
    .orderByRaw(`${rankSql} asc`, bindings)
    .modify((q: Knex.QueryBuilder) => {
      if (master) q.orderBy(`${table}.active`, 'desc');
    })
    .orderBy(source.tieBreak.column, source.tieBreak.order)
    .limit(limit)) as HitRow[];
  const hits: SearchHit[] = rows.map((r) => ({
    kind: source.kind,
    id: r.id,
    openId: r.open_id,
    label: r.label,
    name: r.name ?? null,
    detail: r.detail?.trim() ? r.detail : null,
    date: r.date ?? null,
    exact: int(r.exact) === 1 || r.exact === true,
  }));
  return { kind: source.kind, total, hits };
}

/**
 * The global search: each kind the user may read searched on its own index, the best few of each; groups holding
 * an exact number or code come first, the rest keep the order of SEARCH_KINDS.
 */
export async function globalSearch(
  db: Db,
  term: string,
  limit: number,
  may: (kind: SearchKind) => boolean,
): Promise<SearchGroup[]> {
  const groups: SearchGroup[] = [];
  for (const source of SOURCES) {
    if (!may(source.kind)) continue;
    const group = await searchSource(db, source, term, limit);
    if (group.total > 0) groups.push(group);
  }
  const exact = (g: SearchGroup) => (g.hits.some((h) => h.exact) ? 0 : 1);
  // A stable sort: within "exact" and "not exact" the kinds keep their order.
  return groups.sort((a, b) => exact(a) - exact(b));
}
