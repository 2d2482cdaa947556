import type { Knex } from 'knex';
import { staleVersion } from '../rpc/errors';
import { nowIso } from './rows';

/**
 * Writes `changes` only if the row is still at the lock version the caller read, and moves it on
 * one; a concurrent save in between answers CONFLICT naming the entity.
 */
export async function updateAtLockVersion(
  trx: Knex.Transaction,
  table: string,
  entity: string,
  id: number,
  lockVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const n = await trx(table)
    .where({ id, lock_version: lockVersion })
    .update({ ...changes, lock_version: lockVersion + 1, updated_at: nowIso() });
  if (n !== 1) throw staleVersion(entity);
}
