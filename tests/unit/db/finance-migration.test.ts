import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationSource, MIGRATIONS, type NamedMigration } from '../../../migrations/index';
import { openSqlite } from '../../../electron/core/db/connection';

let db: Knex | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

const upTo = (last: string): Knex.MigrationSource<NamedMigration> => ({
  ...migrationSource,
  getMigrations: async () => MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === last) + 1),
});

describe('the finance migration', () => {
  it('turns "no limit" (0 before) into an empty limit, keeps real limits, contacts and addresses', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-migrate-'));
    db = openSqlite(path.join(dir, 'neiqin.db'));
    await db.migrate.latest({ migrationSource: upTo('0010_document_trigrams') });
    const now = new Date().toISOString();
    const customer = async (code: string, limit: number) => {
      const [c] = (await db!('customers')
        .insert({ code, name: code, name_sort: code, credit_limit_fen: limit, created_at: now, updated_at: now })
        .returning('id')) as { id: number }[];
      await db!('customer_contacts').insert({ customer_id: c!.id, position: 0, name: '张三', is_primary: true });
      return c!.id;
    };
    const none = await customer('KH1', 0);
    const capped = await customer('KH2', 5_000_000);

    await db.migrate.latest({ migrationSource: upTo('0011_finance') });

    const limits = (await db('customers').orderBy('id').select('id', 'credit_limit_fen')) as {
      id: number;
      credit_limit_fen: number | null;
    }[];
    expect(limits).toEqual([
      { id: none, credit_limit_fen: null },
      { id: capped, credit_limit_fen: 5_000_000 },
    ]);
    expect(await db('customer_contacts').count({ n: '*' }).first()).toEqual({ n: 2 });

    // And back: the old meaning (0 = none) returns, the new tables go.
    await db.migrate.down({ migrationSource: upTo('0011_finance') });
    const back = (await db('customers').orderBy('id').pluck('credit_limit_fen')) as number[];
    expect(back).toEqual([0, 5_000_000]);
    expect(await db.schema.hasTable('invoices')).toBe(false);
    expect(await db('customer_contacts').count({ n: '*' }).first()).toEqual({ n: 2 });
  });
});
