import type { Knex } from 'knex';
import { isSqlite } from './connection';

/**
 * A transaction that will write. On SQLite it claims the write lock with its first statement (a write
 * that changes nothing), as BEGIN IMMEDIATE would: a transaction that reads first and writes later
 * cannot wait for the lock once another connection has committed (SQLite answers BUSY at once,
 * whatever busy_timeout says), while one that claims first simply waits its turn.
 */
export function writeTransaction<T>(db: Knex, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (trx) => {
    if (isSqlite(db)) await trx.raw('UPDATE knex_migrations_lock SET is_locked = is_locked WHERE 0');
    return work(trx);
  });
}
