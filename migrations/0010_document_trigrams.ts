import type { Knex } from 'knex';

/** Each document table and the text columns its list search reads (as of this migration). */
const DOCUMENTS: Record<string, string[]> = {
  quotes: ['number'],
  sales_orders: ['number', 'customer_po'],
  delivery_notices: ['number'],
  delivery_notes: ['number'],
  dispatch_runs: ['number', 'vehicle', 'driver'],
  consignments: ['number', 'waybill_no', 'consignee_name'],
  inquiries: ['number', 'requirement'],
  register_entries: ['number', 'subject', 'counterparty', 'their_ref'],
};

const isSqlite = (knex: Knex) => /sqlite/i.test(String(knex.client.config.client));

/**
 * A trigram index over each document's searched text columns (SQLite FTS5 over the table itself,
 * kept in step by triggers), so a list search of three or more characters reads the rows that
 * contain the term instead of scanning 100,000 of them. PostgreSQL would put pg_trgm indexes on
 * the same columns instead; until then it scans.
 */
export async function up(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  for (const [table, columns] of Object.entries(DOCUMENTS)) {
    const fts = `${table}_fts`;
    const list = columns.join(', ');
    const oldValues = columns.map((c) => `old.${c}`).join(', ');
    const newValues = columns.map((c) => `new.${c}`).join(', ');
    await knex.raw(
      `CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='${table}', content_rowid='id', tokenize='trigram')`,
    );
    await knex.raw(`CREATE TRIGGER ${fts}_ai AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${newValues});
    END`);
    await knex.raw(`CREATE TRIGGER ${fts}_ad AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${oldValues});
    END`);
    // Only an edit of a searched column touches the index (status changes and the like do not).
    await knex.raw(`CREATE TRIGGER ${fts}_au AFTER UPDATE OF ${list} ON ${table} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${oldValues});
      INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${newValues});
    END`);
    await knex.raw(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
  }
}

export async function down(knex: Knex): Promise<void> {
  if (!isSqlite(knex)) return;
  for (const table of Object.keys(DOCUMENTS)) {
    for (const suffix of ['ai', 'ad', 'au']) await knex.raw(`DROP TRIGGER IF EXISTS ${table}_fts_${suffix}`);
    await knex.raw(`DROP TABLE IF EXISTS ${table}_fts`);
  }
}
