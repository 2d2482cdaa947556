import type { Knex } from 'knex';

/**
 * Master records take the optimistic lock column documents use: `version` becomes `lock_version`.
 * A plain RENAME COLUMN (SQLite 3.25+, PostgreSQL): no table rebuild, so no ON DELETE CASCADE can
 * empty the contact and address tables (knex#6213).
 */
const TABLES = ['customers', 'products', 'suppliers'] as const;

export async function up(knex: Knex): Promise<void> {
  for (const table of TABLES)
    await knex.raw('ALTER TABLE ?? RENAME COLUMN ?? TO ??', [table, 'version', 'lock_version']);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of TABLES)
    await knex.raw('ALTER TABLE ?? RENAME COLUMN ?? TO ??', [table, 'lock_version', 'version']);
}
