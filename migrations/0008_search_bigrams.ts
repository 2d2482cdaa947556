import type { Knex } from 'knex';

const OWNERS = ['customer', 'product', 'supplier'] as const;

/**
 * Longest key column the gram triggers read in full. The longest keys (a party's 100-character
 * name and 40-character short name, each in up to 32 initials variants, plus full pinyin and
 * code) stay under 6,000 characters.
 */
const GRAM_POSITIONS = 16_384;

const isSqlite = (knex: Knex) => /sqlite/i.test(String(knex.client.config.client));

/**
 * Every one- and two-character substring of a key column, each as one plain token: the column's
 * initial (a: ascii, c: cjk) and the hex of its UTF-8. One indexed column of rowids only keeps the
 * index small; the initial keeps the two key columns apart.
 */
const grams = (row: string) =>
  (['ascii', 'cjk'] as const)
    .map((column) => {
      const [value, tag] = [`${row}.${column}`, column[0]];
      return `(SELECT group_concat('${tag}' || hex(substr(${value}, n, 1)) || ' ${tag}' || hex(substr(${value}, n, 2)), ' ')
        FROM search_positions WHERE n <= length(${value}))`;
    })
    .join(` || ' ' || `);

/**
 * A one- and two-character index beside each search-key table, for the terms the trigram index
 * (0006) cannot serve: a contentless FTS5 table of rowids only (detail=none), whose tokens are
 * the hex-encoded unigrams and bigrams of the keys, kept in step by triggers. SQLite triggers
 * cannot loop, so they walk a table of positions instead. PostgreSQL scans the keys, as before.
 */
export async function up(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  await knex.raw('CREATE TABLE search_positions (n INTEGER PRIMARY KEY)');
  await knex.raw(
    `WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < ${GRAM_POSITIONS})
     INSERT INTO search_positions (n) SELECT n FROM p`,
  );
  for (const owner of OWNERS) {
    const keys = `${owner}_search`;
    const index = `${owner}_search_grams`;
    await knex.raw(
      `CREATE VIRTUAL TABLE ${index} USING fts5(grams, content='', contentless_delete=1, detail='none', tokenize='ascii')`,
    );
    await knex.raw(`CREATE TRIGGER ${keys}_grams_ai AFTER INSERT ON ${keys} BEGIN
      INSERT INTO ${index}(rowid, grams) VALUES (new.id, ${grams('new')});
    END`);
    await knex.raw(`CREATE TRIGGER ${keys}_grams_ad AFTER DELETE ON ${keys} BEGIN
      DELETE FROM ${index} WHERE rowid = old.id;
    END`);
    await knex.raw(`CREATE TRIGGER ${keys}_grams_au AFTER UPDATE ON ${keys} BEGIN
      DELETE FROM ${index} WHERE rowid = old.id;
      INSERT INTO ${index}(rowid, grams) VALUES (new.id, ${grams('new')});
    END`);
    await knex.raw(`INSERT INTO ${index}(rowid, grams) SELECT id, ${grams(keys)} FROM ${keys}`);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  for (const owner of OWNERS) {
    for (const suffix of ['ai', 'ad', 'au']) await knex.raw(`DROP TRIGGER IF EXISTS ${owner}_search_grams_${suffix}`);
    await knex.raw(`DROP TABLE IF EXISTS ${owner}_search_grams`);
  }
  await knex.raw('DROP TABLE IF EXISTS search_positions');
}
