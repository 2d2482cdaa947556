import type { Knex } from 'knex';
import { contains } from '../db/list-query';
import { searchColumnFor, type SearchKeys } from './search-keys';
import { isSqlite } from '../db/connection';

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

/** SQLite keeps a trigram index (migration 0006) and a unigram/bigram index (0008) beside each key table; other databases scan. */
const hasSubstringIndexes = isSqlite;

/** The token a one- or two-character term is indexed under (0008): its key column's initial, then the hex of its UTF-8. */
export const gramToken = (term: string) => `${searchColumnFor(term)[0]}${Buffer.from(term, 'utf8').toString('hex')}`;

/**
 * The ids whose keys contain `q` (lower-cased; taken literally, wildcards and quotes included).
 * Three characters or more are looked up in the trigram index as a phrase, which matches exactly
 * the substrings a LIKE would; one or two characters are one token of the gram index.
 */
export function matchingIds(db: Knex | Knex.Transaction, table: SearchableTable, q: string): Knex.QueryBuilder {
  const term = q.trim().toLowerCase();
  const column = searchColumnFor(term);
  const length = Array.from(term).length;
  if (hasSubstringIndexes(db) && length >= 3) {
    return db(`${SEARCH_TABLES[table]}_fts`)
      .select({ id: 'rowid' })
      .whereRaw('?? MATCH ?', [column, `"${term.replace(/"/g, '""')}"`]);
  }
  if (hasSubstringIndexes(db) && length >= 1) {
    const grams = `${SEARCH_TABLES[table]}_grams`;
    return db(grams)
      .select({ id: 'rowid' })
      .whereRaw('?? MATCH ?', [grams, `"${gramToken(term)}"`]);
  }
  return db(SEARCH_TABLES[table])
    .select('id')
    .whereRaw(...contains(column, term, false));
}
