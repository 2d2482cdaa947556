import type { Knex } from 'knex';
import type { z } from 'zod';
import { nowIso } from '../db/rows';

/** Typed JSON settings by key; a missing key reads as its default. */
export async function readSetting<S extends z.ZodType>(
  db: Knex | Knex.Transaction,
  key: string,
  schema: S,
  fallback: z.output<S>,
): Promise<z.output<S>> {
  const row = (await db('settings').where({ key }).first('value')) as { value: string } | undefined;
  if (!row) return fallback;
  const parsed = schema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : fallback;
}

export async function writeSetting(db: Knex | Knex.Transaction, key: string, value: unknown): Promise<void> {
  await db('settings')
    .insert({ key, value: JSON.stringify(value), updated_at: nowIso() })
    .onConflict('key')
    .merge(['value', 'updated_at']);
}
