import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationSource, MIGRATIONS, type NamedMigration } from '../../../migrations/index';
import { openSqlite } from '../../../electron/core/db/connection';
import { getQuote } from '../../../electron/core/quotes/quote-store';
import { getDirectOrder } from '../../../electron/core/orders/direct-order-store';

let db: Knex | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

const upTo = (last: string): Knex.MigrationSource<NamedMigration> => ({
  ...migrationSource,
  getMigrations: async () => MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === last) + 1),
});

describe('the direct orders migration (0013)', () => {
  it('keeps an existing quote’s cost sheet net and its margin unchanged; existing orders need no approval', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-migrate-'));
    db = openSqlite(path.join(dir, 'neiqin.db'));
    await db.migrate.latest({ migrationSource: upTo('0011_finance') });
    const now = new Date().toISOString();
    const [c] = (await db('customers')
      .insert({ code: 'KH1', name: '长沙银河', name_sort: 'KH1', created_at: now, updated_at: now })
      .returning('id')) as { id: number }[];
    // 10 × 1,280.00 with tax (11,327.43 net) against 9,050.00 of cost typed as it was then: 20.11%.
    const [q] = (await db('quotes')
      .insert({
        number: 'BJ2026-00001',
        version: 1,
        status: 'sent',
        customer_id: c!.id,
        quote_date: '2026-11-01',
        valid_days: 15,
        valid_until: '2026-11-16',
        price_includes_tax: true,
        net_fen: 1_132_743,
        tax_fen: 147_257,
        gross_fen: 1_280_000,
        cost_fen: 905_000,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    await db('quote_lines').insert({
      quote_id: q!.id,
      position: 1,
      kind: 'item',
      name: '法兰球阀',
      unit: '台',
      quantity: '10',
      unit_price: '1280',
      tax_rate: '0.13',
      net_fen: 1_132_743,
      tax_fen: 147_257,
      gross_fen: 1_280_000,
    });
    await db('quote_cost_lines').insert({
      quote_id: q!.id,
      position: 1,
      line_no: 1,
      name: '法兰球阀',
      unit: '台',
      quantity: '10',
      unit_cost: '905',
      cost_source: 'standard',
      cost_fen: 905_000,
    });
    const before = await getQuoteBeforeMigration(db, q!.id);
    const [o] = (await db('sales_orders')
      .insert({
        number: 'HT2026-00001',
        quote_id: q!.id,
        customer_id: c!.id,
        order_date: '2026-11-02',
        price_includes_tax: true,
        net_fen: 1_132_743,
        tax_fen: 147_257,
        gross_fen: 1_280_000,
        status: 'open',
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];

    await db.migrate.latest({ migrationSource: upTo('0013_direct_orders') });

    const after = await getQuote(db, q!.id);
    expect(after).toMatchObject({ costIncludesTax: false, cost: 905_000, marginPercent: '20.11' });
    expect(after.marginPercent).toBe(before);
    const order = await getDirectOrder(db, o!.id, 'zh-CN');
    expect(order).toMatchObject({
      status: 'confirmed',
      approval: null,
      enteredBy: null,
      editable: false,
      approvals: [],
    });

    // Back from 0013: its columns and table go, the rows stay.
    await db.migrate.down({ migrationSource: upTo('0013_direct_orders') });
    expect(await db.schema.hasTable('order_approvals')).toBe(false);
    expect(await db.schema.hasColumn('quotes', 'cost_includes_tax')).toBe(false);
    expect(await db.schema.hasColumn('sales_orders', 'approval')).toBe(false);
    expect(await db.schema.hasColumn('sales_orders', 'entered_by')).toBe(false);
    expect(await db('quote_lines').count({ n: '*' }).first()).toEqual({ n: 1 });
    expect(await db('sales_orders').count({ n: '*' }).first()).toEqual({ n: 1 });
  });
});

/** The margin as the code before 0013 computed it: goods net against the cost as typed. */
async function getQuoteBeforeMigration(db: Knex, id: number): Promise<string> {
  const q = (await db('quotes').where({ id }).first('net_fen', 'cost_fen')) as { net_fen: number; cost_fen: number };
  return (((q.net_fen - q.cost_fen) / q.net_fen) * 100).toFixed(2);
}
