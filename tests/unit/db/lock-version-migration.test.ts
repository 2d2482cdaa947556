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

describe('master records move to the lock_version column', () => {
  it('keeps every customer, its lock count and its contacts (no rebuild cascades them away)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-migrate-'));
    db = openSqlite(path.join(dir, 'neiqin.db'));
    await db.migrate.latest({ migrationSource: upTo('0006_search_trigrams') });
    const now = new Date().toISOString();
    const [c] = (await db('customers')
      .insert({ code: 'KH1', name: '华联', name_sort: 'hualian', version: 3, created_at: now, updated_at: now })
      .returning('id')) as { id: number }[];
    await db('customer_contacts').insert({ customer_id: c!.id, position: 0, name: '张三', is_primary: true });

    await db.migrate.latest({ migrationSource });

    const row = (await db('customers').where({ id: c!.id }).first()) as Record<string, unknown>;
    expect(row.lock_version).toBe(3);
    expect('version' in row).toBe(false);
    expect(await db('customer_contacts').where({ customer_id: c!.id }).pluck('name')).toEqual(['张三']);
    for (const table of ['products', 'suppliers']) expect(await db.schema.hasColumn(table, 'lock_version')).toBe(true);
  });
});
