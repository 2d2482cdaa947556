import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationSource, MIGRATIONS } from '../../../migrations/index';
import { openSqlite } from '../../../electron/core/db/connection';

let db: Knex | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

const PURCHASING_TABLES = [
  'supplier_products',
  'rfqs',
  'rfq_answers',
  'rfq_choices',
  'purchase_orders',
  'purchase_order_allocations',
  'goods_receipts',
  'internal_transfers',
  'supplier_invoices',
  'supplier_payments',
  'supplier_prices',
];

describe('the purchasing migration (0017)', () => {
  it('adds the purchasing tables and takes them away again on the way down, leaving the rest as it was', async () => {
    expect(MIGRATIONS.map((m) => m.name)).toContain('0017_purchasing');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-migrate-'));
    db = openSqlite(path.join(dir, 'neiqin.db'));
    const upTo = MIGRATIONS.findIndex((m) => m.name === '0017_purchasing') + 1;
    const source = { ...migrationSource, getMigrations: async () => MIGRATIONS.slice(0, upTo) };
    await db.migrate.latest({ migrationSource: source });
    for (const table of PURCHASING_TABLES) expect(await db.schema.hasTable(table)).toBe(true);
    expect(await db.schema.hasColumn('delivery_notes', 'purchase_order_id')).toBe(true);

    await db.migrate.down({ migrationSource: source });
    for (const table of PURCHASING_TABLES) expect(await db.schema.hasTable(table)).toBe(false);
    expect(await db.schema.hasColumn('delivery_notes', 'purchase_order_id')).toBe(false);
    expect(await db.schema.hasTable('delivery_notes')).toBe(true);

    await db.migrate.latest({ migrationSource: source });
    expect(await db.schema.hasTable('purchase_orders')).toBe(true);
  });
});
