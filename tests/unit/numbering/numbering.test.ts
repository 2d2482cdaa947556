import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../electron/core/db/connection';
import { nextNumber } from '../../../electron/core/numbering/numbering';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('document numbers: one series per type and year, no duplicates, no gaps', () => {
  it('fifty customers created at once get KH00001..KH00050, each once', async () => {
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => t.ok('customers.create', { name: `并发客户${i}` })),
    );
    const codes = created.map((c) => c.code).sort();
    expect(codes).toEqual(Array.from({ length: 50 }, (_, i) => `KH${String(i + 1).padStart(5, '0')}`));
  });

  it('a create that fails after taking a number gives the number back', async () => {
    await t.ok('customers.create', { name: '第一家' });
    // A write that takes a number and then fails rolls the number back with it.
    const db = t.core.services.db();
    await expect(
      db.transaction(async (trx) => {
        await nextNumber(trx, 'customer');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const next = await t.ok('customers.create', { name: '第二家' });
    expect(next.code).toBe('KH00002');
  });

  it('yearly series carry the year and restart each year', async () => {
    const db = t.core.services.db();
    const numbers = await db.transaction(async (trx) => [
      await nextNumber(trx, 'quote', new Date('2026-03-01')),
      await nextNumber(trx, 'quote', new Date('2026-12-31')),
      await nextNumber(trx, 'quote', new Date('2027-01-02')),
      await nextNumber(trx, 'delivery', new Date('2026-05-05')),
    ]);
    expect(numbers).toEqual(['BJ2026-00001', 'BJ2026-00002', 'BJ2027-00001', 'FH2026-00001']);
  });

  it('prefix and padding are settings, and an auto code skips one typed by hand', async () => {
    await t.ok('settings.numbering.update', { type: 'customer', format: { prefix: 'C', padding: 3, yearly: false } });
    await t.ok('customers.create', { code: 'C001', name: '手工编码客户' });
    const auto = await t.ok('customers.create', { name: '自动编码客户' });
    expect(auto.code).toBe('C002');
    const numbering = await t.ok('settings.numbering.get', {});
    expect(numbering.preview.customer).toBe('C001');
    expect(numbering.preview.quote).toMatch(/^BJ\d{4}-00001$/);
  });

  it('a bad prefix is refused and the old format stays', async () => {
    const err = await t.fail('settings.numbering.update', {
      type: 'quote',
      format: { prefix: 'B-J', padding: 5, yearly: true },
    });
    expect(err.code).toBe('VALIDATION');
    expect((await t.ok('settings.numbering.get', {})).formats.quote.prefix).toBe('BJ');
  });
});

/** Takes a number and writes the row it names in one transaction; SQLite refusing the write lock (BUSY) commits nothing, so the caller tries again. */
async function takeWithRow(db: Knex, worker: number): Promise<string> {
  for (;;) {
    try {
      return await db.transaction(async (trx) => {
        const code = await nextNumber(trx, 'customer');
        await trx('numbered_rows').insert({ code, worker });
        return code;
      });
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
    }
  }
}

describe('numbers taken at the same moment by separate connections to one file', () => {
  it('six connections taking twenty numbers each, all at once, get 1..120 with no duplicate and no gap', async () => {
    const file = t.core.services.dbFile;
    // A table of its own stands for the documents: each number is written with the row it names.
    await t.core.services.db().schema.createTable('numbered_rows', (table) => {
      table.string('code', 20).primary();
      table.integer('worker').notNullable();
    });
    const pools = Array.from({ length: 6 }, () => openSqlite(file));
    try {
      const taken = await Promise.all(
        pools.map(async (db, worker) => {
          const mine: string[] = [];
          for (let i = 0; i < 20; i += 1) {
            mine.push(await takeWithRow(db, worker));
          }
          return mine;
        }),
      );
      const all = taken.flat().sort();
      expect(new Set(all).size).toBe(all.length);
      expect(all).toEqual(Array.from({ length: 120 }, (_, i) => `KH${String(i + 1).padStart(5, '0')}`));
      expect(await t.count('numbered_rows')).toBe(120);
      // The connections really took turns: in number order the worker changes again and again.
      const byNumber = (await t.core.services.db()('numbered_rows').orderBy('code').select('worker')) as {
        worker: number;
      }[];
      const switches = byNumber.filter((r, i) => i > 0 && r.worker !== byNumber[i - 1]!.worker).length;
      expect(switches).toBeGreaterThan(10);
    } finally {
      await Promise.all(pools.map((db) => db.destroy()));
    }
  });
});
