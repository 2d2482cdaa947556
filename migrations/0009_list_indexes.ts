import type { Knex } from 'knex';

/**
 * The indexes the document lists walk to find a page: each sortable column with the id that
 * breaks its ties (ORDER BY col, id), and each filter with the list's default sort column, so a
 * filtered first page is read in order rather than sorted. Foreign keys already indexed singly
 * (customer, order, run...) serve their own filters; the unique numbers serve a sort by number.
 * The id is named although SQLite keeps the rowid in every index: PostgreSQL does not, and some
 * (date, id) pairs beside an older single-column date index are there for it.
 */
const INDEXES: Record<string, string[][]> = {
  quotes: [
    ['number', 'id'],
    ['quote_date', 'id'],
    ['valid_until', 'id'],
    ['gross_fen', 'id'],
    ['updated_at', 'id'],
    ['status', 'updated_at', 'id'],
    ['customer_id', 'updated_at', 'id'],
  ],
  sales_orders: [
    ['order_date', 'id'],
    ['due_date', 'id'],
    ['gross_fen', 'id'],
    ['status', 'order_date', 'id'],
    ['customer_id', 'order_date', 'id'],
  ],
  delivery_notices: [
    ['date', 'id'],
    ['gross_fen', 'id'],
    ['status', 'date', 'id'],
    ['customer_id', 'date', 'id'],
  ],
  delivery_notes: [
    ['date', 'id'],
    ['gross_fen', 'id'],
    ['status', 'date', 'id'],
    ['status', 'number'],
    ['status', 'delivered_on'],
    ['customer_id', 'date', 'id'],
  ],
  dispatch_runs: [
    ['date', 'id'],
    ['status', 'date', 'id'],
  ],
  consignments: [
    ['date', 'id'],
    ['freight_fen', 'id'],
    ['status', 'date', 'id'],
    ['carrier_id', 'date', 'id'],
    ['settlement_id', 'date', 'id'],
  ],
  freight_settlements: [
    ['settled_on', 'id'],
    ['carrier_id', 'settled_on', 'id'],
  ],
  inquiries: [
    ['date', 'id'],
    ['due_date', 'id'],
    ['status', 'date', 'id'],
    ['customer_id', 'date', 'id'],
  ],
  register_entries: [
    ['date', 'id'],
    ['kind', 'date', 'id'],
    ['kind', 'id'],
    ['direction', 'date', 'id'],
  ],
  audit_log: [
    ['at', 'id'],
    ['channel', 'id'],
    ['entity', 'id'],
    ['user_name', 'id'],
  ],
};

const nameOf = (table: string, columns: string[]) => `${table}_list_${columns.join('_')}`;

export async function up(knex: Knex): Promise<void> {
  for (const [table, indexes] of Object.entries(INDEXES))
    await knex.schema.alterTable(table, (t) => {
      for (const columns of indexes) t.index(columns, nameOf(table, columns));
    });
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, indexes] of Object.entries(INDEXES))
    await knex.schema.alterTable(table, (t) => {
      for (const columns of indexes) t.dropIndex(columns, nameOf(table, columns));
    });
}
