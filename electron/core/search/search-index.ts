import type { Knex } from 'knex';
import { contains } from '../db/list-query';
import { searchColumnFor, type SearchKeys } from './search-keys';

/** Each master table's search keys live in a narrow side table, so a search scans little. */
export const SEARCH_TABLES = {
  customers: 'customer_search',
  products: 'product_search',
  suppliers: 'supplier_search',
} as const;
export type SearchableTable = keyof typeof SEARCH_TABLES;

export async function writeSearchKeys(
  trx: Knex.Transaction,
  table: SearchableTable,
  id: number,
  keys: SearchKeys,
): Promise<void> {
  await trx(SEARCH_TABLES[table])
    .insert({ id, ascii: keys.ascii, cjk: keys.cjk })
    .onConflict('id')
    .merge(['ascii', 'cjk']);
}

/** SQLite keeps a trigram index beside each key table (migration 0006); other databases scan. */
const hasTrigramIndex = (db: Knex | Knex.Transaction) => /sqlite/i.test(String(db.client.config.client));

/**
 * The ids whose keys contain `q` (lower-cased; taken literally, wildcards and quotes included).
 * Three characters or more are looked up in the trigram index as a phrase, which matches exactly
 * the substrings a LIKE would; a shorter term has no trigram and scans the narrow key table.
 */
export function matchingIds(db: Knex | Knex.Transaction, table: SearchableTable, q: string): Knex.QueryBuilder {
  const term = q.trim().toLowerCase();
  const column = searchColumnFor(term);
  if (hasTrigramIndex(db) && Array.from(term).length >= 3) {
    return db(`${SEARCH_TABLES[table]}_fts`)
      .select({ id: 'rowid' })
      .whereRaw('?? MATCH ?', [column, `"${term.replace(/"/g, '""')}"`]);
  }
  return db(SEARCH_TABLES[table])
    .select('id')
    .whereRaw(...contains(column, term, false));
}
