import type { Knex } from 'knex';

const SALESPERSON_INDEX = 'sales_orders_list_salesperson_id_order_date_id';
const NEW_COLUMNS = ['salesperson_id', 'change_no', 'end_reason', 'ended_at', 'ended_by'];

/** A decimal quantity (at most 4 places, as every quantity field allows) as an exact integer of 1/10000ths. */
function tenThousandths(q: string | null): bigint {
  if (!q) return 0n;
  const [whole = '0', frac = ''] = q.trim().split('.');
  return BigInt(`${whole}${frac.padEnd(4, '0').slice(0, 4)}`);
}

/**
 * Where each 'open' order stands by its deliveries: delivered when every goods line has all it ordered (signed-for
 * notes less what the 回单 called short and what came back), partial when some arrived, else confirmed. The same
 * rule as core/orders/delivery-status.ts, which a migration may not import; exact integer arithmetic, no floats.
 */
async function openOrderStatuses(knex: Knex): Promise<Map<number, string>> {
  const openIds = knex('sales_orders').select('id').where('status', 'open');
  const lines = (await knex('sales_order_lines')
    .whereIn('order_id', openIds)
    .select('id', 'order_id', 'kind', 'quantity')) as {
    id: number;
    order_id: number;
    kind: string;
    quantity: string;
  }[];
  const shipped = (await knex('delivery_note_lines')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_note_lines.note_id')
    .whereIn('delivery_notes.order_id', openIds)
    .whereIn('delivery_notes.status', ['delivered', 'receipted'])
    .select(
      'delivery_note_lines.order_line_id',
      'delivery_note_lines.quantity',
      'delivery_note_lines.discrepancy',
      'delivery_note_lines.discrepancy_qty',
    )) as { order_line_id: number; quantity: string; discrepancy: string | null; discrepancy_qty: string | null }[];
  const returned = (await knex('delivery_return_lines')
    .join('sales_order_lines', 'sales_order_lines.id', 'delivery_return_lines.order_line_id')
    .whereIn('sales_order_lines.order_id', openIds)
    .select('delivery_return_lines.order_line_id', 'delivery_return_lines.quantity')) as {
    order_line_id: number;
    quantity: string;
  }[];
  const delivered = new Map<number, bigint>();
  const add = (lineId: number, q: bigint) => delivered.set(lineId, (delivered.get(lineId) ?? 0n) + q);
  for (const s of shipped) {
    add(s.order_line_id, tenThousandths(s.quantity));
    if (s.discrepancy === 'short') add(s.order_line_id, -tenThousandths(s.discrepancy_qty));
  }
  for (const r of returned) add(r.order_line_id, -tenThousandths(r.quantity));

  const statuses = new Map<number, string>();
  for (const { id } of (await openIds) as { id: number }[]) {
    const goods = lines.filter((l) => l.order_id === id && l.kind === 'item');
    const got = (l: { id: number }) => delivered.get(l.id) ?? 0n;
    if (goods.length && goods.every((l) => got(l) >= tenThousandths(l.quantity))) statuses.set(id, 'delivered');
    else statuses.set(id, goods.some((l) => got(l) > 0n) ? 'partial' : 'confirmed');
  }
  return statuses;
}

/**
 * The order lifecycle: statuses draft / confirmed / partial / delivered / closed / cancelled replace 'open'; the
 * salesperson (from the quote's author); who ended an order (closed short or cancelled), when and why; numbered
 * changes (变更) with the lines and terms as they were before each.
 */
export async function up(knex: Knex): Promise<void> {
  // No foreign keys on the new user columns: SQLite cannot drop a referencing column again in down().
  await knex.schema.alterTable('sales_orders', (t) => {
    t.integer('salesperson_id').nullable();
    t.integer('change_no').notNullable().defaultTo(0);
    t.string('end_reason', 500).nullable();
    t.string('ended_at', 30).nullable();
    t.integer('ended_by').nullable();
    t.index(['salesperson_id', 'order_date', 'id'], SALESPERSON_INDEX);
  });
  await knex.schema.createTable('order_changes', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    t.integer('change_no').notNullable();
    t.string('at', 30).notNullable();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('user_name', 40).nullable();
    t.string('reason', 500).notNullable();
    /** JSON: the order's lines, terms and totals as they were before this change. */
    t.text('before_json').notNullable();
    /** JSON: what changed, item by item (lines added, removed or changed field by field; terms; the total). */
    t.text('summary_json').notNullable();
    t.unique(['order_id', 'change_no']);
  });

  await knex('sales_orders')
    .whereNotNull('quote_id')
    .update({
      salesperson_id: knex('quotes').select('quoted_by').where('quotes.id', knex.ref('sales_orders.quote_id')),
    });

  const statuses = await openOrderStatuses(knex);
  for (const status of ['confirmed', 'partial', 'delivered']) {
    const ids = [...statuses].filter(([, s]) => s === status).map(([id]) => id);
    for (let i = 0; i < ids.length; i += 500)
      await knex('sales_orders')
        .whereIn('id', ids.slice(i, i + 500))
        .update({ status });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex('sales_orders')
    .whereIn('status', ['draft', 'confirmed', 'partial', 'delivered'])
    .update({ status: 'open' });
  await knex.schema.dropTableIfExists('order_changes');
  await knex.schema.alterTable('sales_orders', (t) => {
    t.dropIndex(['salesperson_id', 'order_date', 'id'], SALESPERSON_INDEX);
  });
  // Raw SQL, not knex's dropColumn: on SQLite that rebuilds the table inside the migration's transaction (knex#6213).
  for (const column of NEW_COLUMNS) await knex.raw(`ALTER TABLE sales_orders DROP COLUMN ${column}`);
}
