import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../electron/core/db/connection';
import { writeTransaction } from '../../../electron/core/db/write-transaction';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Connection A reads, then connection B writes and commits, then A writes: the order in which
 * two processes on one data folder (the app and the CLI, say) can meet.
 */
async function readThenWriteWhileAnotherWrites(
  begin: (db: Knex, work: (trx: Knex.Transaction) => Promise<void>) => Promise<void>,
): Promise<{ error: unknown; rows: string[] }> {
  const file = t.core.services.dbFile;
  await t.core.services.db().schema.createTable('ledger_rows', (table) => {
    table.string('who', 10).notNullable();
  });
  const [a, b] = [openSqlite(file), openSqlite(file)];
  try {
    let aHasRead!: () => void;
    const read = new Promise<void>((resolve) => (aHasRead = resolve));
    const first = begin(a, async (trx) => {
      await trx('ledger_rows').count({ n: '*' });
      aHasRead();
      await pause(200);
      await trx('ledger_rows').insert({ who: 'a' });
    }).then(
      () => null,
      (err: unknown) => err,
    );
    await read;
    await begin(b, async (trx) => {
      await trx('ledger_rows').insert({ who: 'b' });
    });
    const error = await first;
    const rows = ((await a('ledger_rows').select('who')) as { who: string }[]).map((r) => r.who).sort();
    return { error, rows };
  } finally {
    await Promise.all([a.destroy(), b.destroy()]);
  }
}

describe('a write transaction on SQLite', () => {
  it('that reads first still commits when another connection writes meanwhile: the other waits its turn', async () => {
    const { error, rows } = await readThenWriteWhileAnotherWrites((db, work) => writeTransaction(db, work));
    expect(error).toBeNull();
    expect(rows).toEqual(['a', 'b']);
  });

  it('begun plainly, is refused at its first write (SQLite cannot wait once its snapshot is stale)', async () => {
    // The case writeTransaction exists for; if SQLite ever waits here, the claim can go.
    const { error, rows } = await readThenWriteWhileAnotherWrites((db, work) => db.transaction(work));
    expect((error as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
    expect(rows).toEqual(['b']);
  });
});
