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

// This migration and no later one, so down() undoes this one whatever comes after it.
const through0012 = upTo('0012_order_lifecycle');
const now = new Date().toISOString();
const stamps = { created_at: now, updated_at: now };
const money = { net_fen: 0, tax_fen: 0, gross_fen: 0 };
const goods = (name: string, quantity: string) => ({
  position: 1,
  name,
  unit: '台',
  quantity,
  unit_price: '100',
  tax_rate: '0.13',
  ...money,
});

async function insert(table: string, row: Record<string, unknown>): Promise<number> {
  const [r] = (await db!(table).insert(row).returning('id')) as { id: number }[];
  return r!.id;
}

/** An order as the old schema kept it: 'open', with these goods lines. */
async function openOrder(customerId: number, number: string, lines: [string, string][], quoteId: number | null = null) {
  const orderId = await insert('sales_orders', {
    number,
    quote_id: quoteId,
    customer_id: customerId,
    order_date: '2026-03-01',
    price_includes_tax: true,
    ...money,
    status: 'open',
    ...stamps,
  });
  const lineIds: number[] = [];
  for (const [name, quantity] of lines)
    lineIds.push(await insert('sales_order_lines', { order_id: orderId, kind: 'item', ...goods(name, quantity) }));
  return { orderId, lineIds };
}

/** A note of `status` shipping these quantities of the order's lines (short: what its 回单 said was short). */
async function note(
  customerId: number,
  order: { orderId: number },
  number: string,
  status: string,
  lines: { lineId: number; quantity: string; short?: string }[],
) {
  const base = { customer_id: customerId, order_id: order.orderId, date: '2026-03-02', price_includes_tax: true };
  const noticeId = await insert('delivery_notices', {
    ...base,
    number: `TZ${number}`,
    status: 'closed',
    gross_fen: 0,
    ...stamps,
  });
  const noteId = await insert('delivery_notes', {
    ...base,
    number,
    notice_id: noticeId,
    show_prices: true,
    ...money,
    status,
    ...stamps,
  });
  const noteLines: number[] = [];
  for (const l of lines) {
    const row = { order_line_id: l.lineId, ...goods('货', l.quantity) };
    const noticeLineId = await insert('delivery_notice_lines', { ...row, notice_id: noticeId });
    noteLines.push(
      await insert('delivery_note_lines', {
        ...row,
        note_id: noteId,
        notice_line_id: noticeLineId,
        discrepancy: l.short ? 'short' : null,
        discrepancy_qty: l.short ?? null,
      }),
    );
  }
  return { noteId, noteLines };
}

describe('the order lifecycle migration (0012)', () => {
  it('turns open orders into confirmed, partly delivered or delivered from their notes, and back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-migrate-'));
    db = openSqlite(path.join(dir, 'neiqin.db'));
    await db.migrate.latest({ migrationSource: upTo('0011_finance') });
    const userId = await insert('users', { username: 'zhangli', display_name: '张丽', role: 'sales', ...stamps });
    const customerId = await insert('customers', { code: 'KH1', name: '苏州清源', name_sort: 'KH1', ...stamps });
    const quoteId = await insert('quotes', {
      number: 'BJ2026-00001',
      version: 1,
      status: 'won',
      customer_id: customerId,
      quoted_by: userId,
      quote_date: '2026-02-20',
      valid_days: 15,
      valid_until: '2026-03-07',
      price_includes_tax: true,
      ...money,
      cost_fen: 0,
      ...stamps,
    });

    await openOrder(customerId, 'HT1', [['泵', '4']], quoteId);
    const partly = await openOrder(customerId, 'HT2', [
      ['泵', '4'],
      ['阀', '2'],
    ]);
    await note(customerId, partly, 'FH1', 'receipted', [{ lineId: partly.lineIds[0]!, quantity: '4' }]);
    // 2.5 delivered in two halves of 1.25: exact, no float left over.
    const whole = await openOrder(customerId, 'HT3', [['电缆', '2.5']]);
    await note(customerId, whole, 'FH2', 'delivered', [{ lineId: whole.lineIds[0]!, quantity: '1.25' }]);
    await note(customerId, whole, 'FH3', 'receipted', [{ lineId: whole.lineIds[0]!, quantity: '1.25' }]);
    // All shipped, but the 回单 said one short and one more came back: partly delivered.
    const short = await openOrder(customerId, 'HT4', [['表', '5']]);
    const signed = await note(customerId, short, 'FH4', 'receipted', [
      { lineId: short.lineIds[0]!, quantity: '5', short: '1' },
    ]);
    const returnId = await insert('delivery_returns', {
      number: 'TH1',
      note_id: signed.noteId,
      customer_id: customerId,
      date: '2026-03-05',
      reason: '坏',
      ...money,
      ...stamps,
    });
    await insert('delivery_return_lines', {
      return_id: returnId,
      note_line_id: signed.noteLines[0],
      order_line_id: short.lineIds[0],
      ...goods('表', '1'),
    });
    // A note still on its way counts for nothing yet; a cancelled order stays cancelled.
    const onTheWay = await openOrder(customerId, 'HT5', [['泵', '1']]);
    await note(customerId, onTheWay, 'FH5', 'in_transit', [{ lineId: onTheWay.lineIds[0]!, quantity: '1' }]);
    const cancelled = await openOrder(customerId, 'HT6', [['泵', '1']]);
    await db('sales_orders').where({ id: cancelled.orderId }).update({ status: 'cancelled' });

    await db.migrate.latest({ migrationSource: through0012 });
    const rows = () =>
      db!('sales_orders').orderBy('number').select('number', 'status', 'salesperson_id', 'change_no') as Promise<
        { number: string; status: string; salesperson_id: number | null; change_no: number }[]
      >;
    expect(await rows()).toEqual([
      { number: 'HT1', status: 'confirmed', salesperson_id: userId, change_no: 0 },
      { number: 'HT2', status: 'partial', salesperson_id: null, change_no: 0 },
      { number: 'HT3', status: 'delivered', salesperson_id: null, change_no: 0 },
      { number: 'HT4', status: 'partial', salesperson_id: null, change_no: 0 },
      { number: 'HT5', status: 'confirmed', salesperson_id: null, change_no: 0 },
      { number: 'HT6', status: 'cancelled', salesperson_id: null, change_no: 0 },
    ]);
    expect(await db.schema.hasTable('order_changes')).toBe(true);

    await db.migrate.down({ migrationSource: through0012 });
    expect(
      (await db('sales_orders').orderBy('number').select('number', 'status')).map((r: { status: string }) => r.status),
    ).toEqual(['open', 'open', 'open', 'open', 'open', 'cancelled']);
    expect(await db.schema.hasTable('order_changes')).toBe(false);
    for (const column of ['salesperson_id', 'change_no', 'end_reason', 'ended_at', 'ended_by'])
      expect(await db.schema.hasColumn('sales_orders', column)).toBe(false);
    // Lines, notes and returns are untouched by the way back.
    expect(await db('sales_order_lines').count({ n: '*' }).first()).toEqual({ n: 7 });
    expect(await db('delivery_note_lines').count({ n: '*' }).first()).toEqual({ n: 5 });
    // And up again, the same answer.
    await db.migrate.latest({ migrationSource: through0012 });
    expect((await rows()).map((r) => r.status)).toEqual([
      'confirmed',
      'partial',
      'delivered',
      'partial',
      'confirmed',
      'cancelled',
    ]);
  });
});
