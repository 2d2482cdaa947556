import type { Knex } from 'knex';

const OWNERS = ['customer', 'product', 'supplier'] as const;

const isSqlite = (knex: Knex) => /sqlite/i.test(String(knex.client.config.client));

/**
 * A trigram index over each search-key table (SQLite FTS5, kept in step by triggers), so a
 * substring search of three or more characters reads only the rows that contain it instead of
 * scanning every key. PostgreSQL would put a pg_trgm index on the same columns instead.
 */
export async function up(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  for (const owner of OWNERS) {
    const keys = `${owner}_search`;
    const fts = `${owner}_search_fts`;
    await knex.raw(
      `CREATE VIRTUAL TABLE ${fts} USING fts5(ascii, cjk, content='${keys}', content_rowid='id', tokenize='trigram')`,
    );
    await knex.raw(`CREATE TRIGGER ${keys}_ai AFTER INSERT ON ${keys} BEGIN
      INSERT INTO ${fts}(rowid, ascii, cjk) VALUES (new.id, new.ascii, new.cjk);
    END`);
    await knex.raw(`CREATE TRIGGER ${keys}_ad AFTER DELETE ON ${keys} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ascii, cjk) VALUES ('delete', old.id, old.ascii, old.cjk);
    END`);
    await knex.raw(`CREATE TRIGGER ${keys}_au AFTER UPDATE ON ${keys} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ascii, cjk) VALUES ('delete', old.id, old.ascii, old.cjk);
      INSERT INTO ${fts}(rowid, ascii, cjk) VALUES (new.id, new.ascii, new.cjk);
    END`);
    await knex.raw(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  for (const owner of OWNERS) {
    for (const suffix of ['ai', 'ad', 'au']) await knex.raw(`DROP TRIGGER IF EXISTS ${owner}_search_${suffix}`);
    await knex.raw(`DROP TABLE IF EXISTS ${owner}_search_fts`);
  }
}
