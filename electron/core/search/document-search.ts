import type { Knex } from 'knex';
import { contains } from '../db/list-query';
import { isSqlite } from '../db/connection';

/**
 * Each document table's searched text columns, true when ASCII case is ignored (the inquiry's
 * requirement is matched as written). SQLite keeps a trigram index over exactly these (migration 0010).
 */
export const DOCUMENT_SEARCH = {
  quotes: { number: true },
  sales_orders: { number: true, customer_po: true },
  delivery_notices: { number: true },
  delivery_notes: { number: true },
  dispatch_runs: { number: true, vehicle: true, driver: true },
  consignments: { number: true, waybill_no: true, consignee_name: true },
  inquiries: { number: true, requirement: false },
  register_entries: { number: true, subject: true, counterparty: true, their_ref: true },
  invoices: { number: true, buyer_name: true },
  receipts: { number: true, payer_name: true, bank_ref: true },
  acceptance_bills: { bill_no: true, acceptor: true },
  purchase_orders: { number: true, supplier_name: true },
  rfqs: { number: true, title: true },
} as const;
export type DocumentTable = keyof typeof DOCUMENT_SEARCH;
export type DocumentColumn<T extends DocumentTable> = keyof (typeof DOCUMENT_SEARCH)[T] & string;

const hasTrigramIndex = isSqlite;

/** An FTS5 phrase: the term taken literally, double quotes doubled. */
const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * The ids of `table` whose searched columns (or `columns` of them) contain `term`, exactly as the
 * LIKE scan of `contains` finds them, or whose `also` column is in the given id query. Three
 * characters or more on SQLite are looked up in the trigram index, and those few candidates are
 * checked against the same LIKE (the index folds all letters' case, LIKE only ASCII); shorter
 * terms, and other engines, scan.
 */
export function documentMatchIds<T extends DocumentTable>(
  db: Knex | Knex.Transaction,
  table: T,
  term: string,
  opts: { columns?: DocumentColumn<T>[]; also?: [column: string, ids: Knex.QueryBuilder][] } = {},
): Knex.QueryBuilder {
  const caseless = DOCUMENT_SEARCH[table] as Record<string, boolean>;
  const columns = opts.columns ?? Object.keys(caseless);
  const also = opts.also ?? [];
  const like = (w: Knex.QueryBuilder) => {
    for (const c of columns) w.orWhereRaw(...contains(`${table}.${c}`, term, caseless[c]));
  };
  const lower = term.toLowerCase();
  if (!hasTrigramIndex(db) || Array.from(term).length < 3 || Array.from(lower).length < 3) {
    const scan = db(table).select('id').where(like);
    for (const [column, ids] of also) scan.orWhereIn(`${table}.${column}`, ids);
    return scan;
  }
  // The index is searched for the string each column's LIKE compares: lower-cased where case is ignored.
  const groups = new Map<string, string[]>();
  for (const c of columns) {
    const searched = caseless[c] ? lower : term;
    groups.set(searched, [...(groups.get(searched) ?? []), c]);
  }
  const fts = `${table}_fts`;
  const match = [...groups].map(([t, cs]) => `{${cs.join(' ')}} : ${phrase(t)}`).join(' OR ');
  const found = db(table)
    .select('id')
    .whereIn(`${table}.id`, db(fts).select('rowid').whereRaw('?? MATCH ?', [fts, match]))
    .andWhere(like);
  return also.reduce((q, [column, ids]) => q.union(db(table).select('id').whereIn(`${table}.${column}`, ids)), found);
}
