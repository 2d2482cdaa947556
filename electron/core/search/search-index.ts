import type { Knex } from 'knex';
import { likePattern } from '../db/list-query';
import { searchColumnFor, type SearchKeys } from './search-keys';

/** Each master table's search keys live in a narrow side table, so a search scans little. */
export const SEARCH_TABLES = {
  customers: 'customer_search',
  products: 'product_search',
  suppliers: 'supplier_search',
} as const;
export type SearchableTable = keyof typeof SEARCH_TABLES;

export async function writeSearchKeys(trx: Knex.Transaction, table: SearchableTable, id: number, keys: SearchKeys): Promise<void> {
  await trx(SEARCH_TABLES[table]).insert({ id, ascii: keys.ascii, cjk: keys.cjk }).onConflict('id').merge(['ascii', 'cjk']);
}

/** The ids whose keys contain `q` (lower-cased; LIKE wildcards taken literally). */
export function matchingIds(db: Knex | Knex.Transaction, table: SearchableTable, q: string): Knex.QueryBuilder {
  const term = q.trim().toLowerCase();
  return db(SEARCH_TABLES[table])
    .select('id')
    .whereRaw(`?? LIKE ? ESCAPE '\\'`, [searchColumnFor(term), likePattern(term)]);
}
