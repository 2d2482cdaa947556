import type { Knex } from 'knex';

/**
 * Inserts a document row with the given columns, every other required column filled with a
 * placeholder (the search tests read only the text columns; foreign keys are switched off).
 */
export async function insertRow(db: Knex, table: string, values: Record<string, unknown>): Promise<number> {
  const info = (await db.raw(`PRAGMA table_info(${table})`)) as {
    name: string;
    type: string;
    notnull: number;
    dflt_value: unknown;
    pk: number;
  }[];
  const row: Record<string, unknown> = {};
  for (const c of info) {
    if (c.pk || !c.notnull || c.dflt_value !== null) continue;
    row[c.name] = /int|bool|num|real/i.test(c.type) ? 1 : `${c.name}-${Math.random().toString(36).slice(2)}`;
  }
  const [id] = (await db(table)
    .insert({ ...row, ...values })
    .returning('id')) as ({ id: number } | number)[];
  return typeof id === 'object' ? id.id : id!;
}
