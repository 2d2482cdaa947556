import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationSource } from '../../../migrations/index';
import { openSqlite } from '../../../electron/core/db/connection';
import { contains } from '../../../electron/core/db/list-query';
import { DOCUMENT_SEARCH, documentMatchIds, type DocumentTable } from '../../../electron/core/search/document-search';
import { insertRow } from './document-rows';

/** Search terms of every kind a user types: Chinese, ASCII in any case, wildcards, quotes, spaces, FTS words. */
const TERMS = [
  ...['yd4242', 'YD4242', 'Yd42', '4242', 'd42', '42', '4', 'y', 'YD'],
  ...['第 4242 号', '4242 号', '号函', '第', '函件', '张三丰', '张三', '三', '沪a042', '沪A0', 'A042'],
  ...['50%', '%', '0%折', '5_0', '_', '_0', 'a_b', 'a"b', '"', '""', '"a', 'b" OR "c'],
  ...['x y', ' x', 'a  b', 'École', 'école', 'ÉCOLE', 'cole', 'ＹＤ', 'ｙｄ１', 'Ｙｄ１２'],
  ...['AND', 'or', 'NEAR', 'ty0', 'TY0001', 'nothing like it', '*', 'a*', '{number}', 'number:', '(x)'],
];

/** Texts with the same traps, spread over each searched column. */
const TEXTS = [
  'YD4242',
  'yd4242-01',
  'Yd4242 第 4242 号函',
  '第 4242 号',
  '张三丰',
  '沪A042 张三',
  '50% 预付',
  '打 0%折',
  'a_b 5_0',
  'a%b',
  'a"b" OR "c',
  'x y',
  'a  b',
  'École',
  'ÉCOLE',
  'école',
  'ＹＤ１２３',
  'ｙｄ１２３',
  'AND or NEAR',
  '*a* {number} number: (x)',
  '',
];

/** Today's search, as the handlers wrote it: one LIKE per searched column. */
function likeIds(db: Knex, table: DocumentTable, term: string, columns?: string[]): Knex.QueryBuilder {
  const caseless = DOCUMENT_SEARCH[table] as Record<string, boolean>;
  return db(table)
    .select('id')
    .where((w) => {
      for (const c of columns ?? Object.keys(caseless)) w.orWhereRaw(...contains(c, term, caseless[c]));
    });
}

const idsOf = async (q: Knex.QueryBuilder) => ((await q) as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);

let db: Knex;
beforeEach(async () => {
  db = openSqlite(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-doc-search-')), 'neiqin.db'));
  await db.migrate.latest({ migrationSource });
  await db.raw('PRAGMA foreign_keys = OFF');
});
afterEach(async () => {
  await db.destroy();
});

/** The document's unique number column (an acceptance bill's is its bill number). */
const numberColumn = (table: DocumentTable) => (table === 'acceptance_bills' ? 'bill_no' : 'number');

/** Rows whose searched columns take the texts in turn, so each text sits in each column somewhere. */
async function seed(table: DocumentTable): Promise<number[]> {
  const columns = Object.keys(DOCUMENT_SEARCH[table]);
  const ids: number[] = [];
  for (let i = 0; i < TEXTS.length; i++) {
    const row: Record<string, string> = {};
    columns.forEach((c, k) => (row[c] = TEXTS[(i + k * 7) % TEXTS.length]!));
    row[numberColumn(table)] = `${TEXTS[i]} #${i}`; // numbers are unique
    ids.push(await insertRow(db, table, row));
  }
  return ids;
}

async function expectSameAsLike(table: DocumentTable, columns?: string[]): Promise<number> {
  let found = 0;
  for (const term of TERMS) {
    const indexed = documentMatchIds(db, table, term, columns ? { columns: columns as never } : {});
    // Three characters or more go through the index; the comparison would prove nothing otherwise.
    expect(indexed.toString().includes(`${table}_fts`), term).toBe(Array.from(term).length >= 3);
    const expected = await idsOf(likeIds(db, table, term, columns));
    expect(await idsOf(indexed), `${table} ${JSON.stringify(term)}`).toEqual(expected);
    found += expected.length;
  }
  return found;
}

describe('a document search through the trigram index finds exactly what the LIKE scan finds', () => {
  for (const table of Object.keys(DOCUMENT_SEARCH) as DocumentTable[]) {
    it(`${table}, before and after edits and deletes`, async () => {
      const ids = await seed(table);
      expect(await expectSameAsLike(table)).toBeGreaterThan(50);

      const columns = Object.keys(DOCUMENT_SEARCH[table]);
      const last = columns[columns.length - 1]!;
      await db(table)
        .where('id', ids[0])
        .update({ [last]: 'École 50% a_b', [numberColumn(table)]: 'renamed YD9999' });
      await db(table)
        .where('id', ids[3])
        .update({ [numberColumn(table)]: '第 4243 号' });
      await db(table).where('id', ids[5]).update({ updated_at: 'touched' });
      await db(table).whereIn('id', [ids[1]!, ids[13]!]).delete();
      await insertRow(db, table, {
        ...Object.fromEntries(columns.map((c) => [c, '新 YD4242 "a'])),
        [numberColumn(table)]: 'new ÉCOLE',
      });
      expect(await expectSameAsLike(table)).toBeGreaterThan(50);
      expect(await idsOf(documentMatchIds(db, table, 'yd4242'))).not.toContain(ids[1]);
    });
  }

  it('an order found by its number alone, as the notices and notes look their orders up', async () => {
    await seed('sales_orders');
    await expectSameAsLike('sales_orders', ['number']);
    await db('sales_orders').update({ customer_po: 'only-po-4242' });
    expect(await idsOf(documentMatchIds(db, 'sales_orders', 'only-po', { columns: ['number'] }))).toEqual([]);
    expect((await idsOf(documentMatchIds(db, 'sales_orders', 'only-po'))).length).toBe(TEXTS.length);
  });
});
