import type { Knex } from 'knex';
import { notFound } from '../rpc/errors';

/** A referenced record must exist: answered as NOT_FOUND in words, not as a foreign-key failure. */
export async function assertExists(
  db: Knex | Knex.Transaction,
  table: string,
  entity: string,
  id: number | null,
): Promise<void> {
  if (id === null) return;
  if (!(await db(table).where({ id }).first('id'))) throw notFound(entity, id);
}
