import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../electron/core/db/connection';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** The pragmas as one connection of this pool sees them (they are per connection, except the journal mode). */
async function pragmasOf(db: Knex) {
  const read = async (name: string) =>
    Object.values(((await db.raw(`PRAGMA ${name}`)) as Record<string, unknown>[])[0]!)[0];
  return {
    journal_mode: await read('journal_mode'),
    foreign_keys: await read('foreign_keys'),
    busy_timeout: await read('busy_timeout'),
    synchronous: await read('synchronous'),
  };
}

// SQLite's own defaults are delete / 0 / 0 / 2 (FULL): each value below is one the pool must set.
const SAFE = { journal_mode: 'wal', foreign_keys: 1, busy_timeout: 5000, synchronous: 1 };

describe('the SQLite file is opened safely', () => {
  it('uses WAL, enforces foreign keys and waits on a busy file instead of failing', async () => {
    const db = t.core.services.db();
    const pragma = async (name: string) =>
      Object.values(((await db.raw(`PRAGMA ${name}`)) as Record<string, unknown>[])[0]!)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('every new connection gets them, on a new file and on the one already in use', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-pragmas-'));
    const fresh = openSqlite(path.join(dir, 'fresh.db'));
    const others = [1, 2, 3].map(() => openSqlite(t.core.services.dbFile));
    try {
      expect(await pragmasOf(fresh)).toEqual(SAFE);
      for (const db of others) expect(await pragmasOf(db)).toEqual(SAFE);
      // The core's own pool, made to open a new connection.
      const own = t.core.services.db();
      await own.destroy();
      own.initialize();
      expect(await pragmasOf(own)).toEqual(SAFE);
    } finally {
      await Promise.all([fresh, ...others].map((db) => db.destroy()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a contact cannot point at a customer that does not exist', async () => {
    const db = t.core.services.db();
    await expect(
      db('customer_contacts').insert({ customer_id: 999, position: 0, name: '孤儿', is_primary: true }),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('the database file lives in the data folder', () => {
    expect(t.core.services.dbFile.startsWith(t.dataDir)).toBe(true);
  });
});
