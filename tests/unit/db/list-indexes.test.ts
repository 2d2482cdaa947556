import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** Each list's sort and filter, as pageQuery asks for the page's ids. */
const PAGES: [table: string, where: string, order: string][] = [
  ['quotes', '', 'updated_at'],
  ['quotes', '', 'quote_date'],
  ['quotes', '', 'valid_until'],
  ['quotes', '', 'gross_fen'],
  ['quotes', '', 'number'],
  ['quotes', "status = 'draft'", 'updated_at'],
  ['quotes', 'customer_id = 1', 'updated_at'],
  ['sales_orders', '', 'order_date'],
  ['sales_orders', '', 'due_date'],
  ['sales_orders', '', 'number'],
  ['sales_orders', "status = 'confirmed'", 'order_date'],
  ['sales_orders', 'salesperson_id = 1', 'order_date'],
  ['delivery_notices', '', 'date'],
  ['delivery_notices', '', 'gross_fen'],
  ['delivery_notices', "status = 'draft'", 'date'],
  ['delivery_notices', 'customer_id = 1', 'date'],
  ['delivery_notes', '', 'date'],
  ['delivery_notes', '', 'number'],
  ['delivery_notes', '', 'gross_fen'],
  ['delivery_notes', "status = 'delivered'", 'date'],
  ['delivery_notes', 'customer_id = 1', 'date'],
  ['dispatch_runs', '', 'date'],
  ['dispatch_runs', "status = 'planned'", 'date'],
  ['consignments', '', 'date'],
  ['consignments', '', 'freight_fen'],
  ['consignments', 'carrier_id = 1', 'date'],
  ['freight_settlements', '', 'settled_on'],
  ['inquiries', '', 'date'],
  ['inquiries', '', 'due_date'],
  ['inquiries', "status = 'new'", 'date'],
  ['register_entries', '', 'date'],
  ['register_entries', '', 'kind'],
  ['register_entries', "kind = 'incoming'", 'date'],
  ['audit_log', '', 'at'],
  ['audit_log', '', 'channel'],
  ['audit_log', "entity = 'quote'", 'id'],
];

describe('list indexes (migration 0009)', () => {
  it.each(PAGES)(
    '%s where %s, ordered by %s then id: an index walk, no sort of the whole table',
    async (table, where, order) => {
      const db = t.core.services.db();
      const sql = `SELECT id FROM ${table} ${where ? `WHERE ${where}` : ''} ORDER BY ${order} DESC, id DESC LIMIT 50`;
      const plan = ((await db.raw(`EXPLAIN QUERY PLAN ${sql}`)) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
      expect(plan).not.toMatch(/TEMP B-TREE/);
      expect(plan).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/);
    },
  );
});
