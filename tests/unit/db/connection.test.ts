import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('the SQLite file is opened safely', () => {
  it('uses WAL, enforces foreign keys and waits on a busy file instead of failing', async () => {
    const db = t.core.services.db();
    const pragma = async (name: string) =>
      Object.values(((await db.raw(`PRAGMA ${name}`)) as Record<string, unknown>[])[0]!)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
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
