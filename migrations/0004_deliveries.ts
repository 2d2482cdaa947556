import type { Knex } from 'knex';

/** A document line's goods and prices, as delivery notices, notes and returns carry them from the order line. */
function goodsLine(t: Knex.CreateTableBuilder): void {
  t.integer('order_line_id').notNullable().references('id').inTable('sales_order_lines').index();
  t.integer('position').notNullable();
  t.integer('product_id').nullable().references('id').inTable('products');
  t.string('name', 100).notNullable();
  t.string('brand', 60).nullable();
  t.string('spec', 200).nullable();
  t.string('unit', 10).notNullable();
  t.string('quantity', 20).notNullable();
  t.string('unit_price', 20).notNullable();
  t.string('tax_rate', 8).notNullable();
  t.bigInteger('net_fen').notNullable();
  t.bigInteger('tax_fen').notNullable();
  t.bigInteger('gross_fen').notNullable();
}

function stamps(t: Knex.CreateTableBuilder): void {
  t.integer('lock_version').notNullable().defaultTo(1);
  t.integer('created_by').nullable().references('id').inTable('users');
  t.string('created_at', 30).notNullable();
  t.string('updated_at', 30).notNullable();
}

/**
 * Shipping: delivery notices from order lines, delivery notes with their pick check and
 * signed receipt (回单), local runs and carrier consignments, freight settlements, returns.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.boolean('delivery_show_prices').notNullable().defaultTo(true);
  });

  await knex.schema.createTable('delivery_notices', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').index();
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('date', 10).notNullable().index();
    t.string('ship_date', 10).nullable();
    t.string('delivery_address', 200).nullable();
    t.string('contact_name', 40).nullable();
    t.string('contact_phone', 40).nullable();
    /** draft -> confirmed -> closed (all its goods on notes), or cancelled. */
    t.string('status', 12).notNullable();
    t.boolean('price_includes_tax').notNullable();
    t.bigInteger('gross_fen').notNullable();
    t.string('override_reason', 500).nullable();
    t.integer('override_by').nullable().references('id').inTable('users');
    t.text('notes').nullable();
    stamps(t);
  });
  await knex.schema.createTable('delivery_notice_lines', (t) => {
    t.increments('id');
    t.integer('notice_id').notNullable().references('id').inTable('delivery_notices').index();
    goodsLine(t);
  });

  await knex.schema.createTable('carriers', (t) => {
    t.increments('id');
    t.string('name', 100).notNullable();
    t.string('contact_name', 40).nullable();
    t.string('phone', 40).nullable();
    t.string('routes', 500).nullable();
    /** How freight is charged: per piece, per kg or per m³, at this rate, with a minimum. */
    t.string('basis', 10).notNullable();
    t.string('rate', 20).notNullable();
    t.bigInteger('minimum_fen').notNullable().defaultTo(0);
    t.string('notes', 500).nullable();
    t.boolean('active').notNullable().defaultTo(true);
    stamps(t);
  });

  await knex.schema.createTable('dispatch_runs', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.string('date', 10).notNullable().index();
    t.string('vehicle', 40).notNullable();
    t.string('driver', 40).notNullable();
    t.string('escort', 40).nullable();
    /** planned -> on_road -> returned. */
    t.string('status', 12).notNullable();
    t.string('departed_at', 30).nullable();
    t.string('returned_at', 30).nullable();
    t.string('notes', 500).nullable();
    stamps(t);
  });

  await knex.schema.createTable('freight_settlements', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.integer('carrier_id').notNullable().references('id').inTable('carriers').index();
    t.string('period_from', 10).notNullable();
    t.string('period_to', 10).notNullable();
    t.bigInteger('freight_fen').notNullable();
    t.bigInteger('adjustment_fen').notNullable();
    t.string('adjustment_note', 200).nullable();
    t.bigInteger('total_fen').notNullable();
    t.string('payment_ref', 60).notNullable();
    t.string('settled_on', 10).notNullable();
    stamps(t);
  });

  await knex.schema.createTable('consignments', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.integer('carrier_id').notNullable().references('id').inTable('carriers').index();
    t.string('waybill_no', 40).nullable().index();
    t.string('date', 10).notNullable().index();
    t.string('from_station', 60).nullable();
    t.string('to_station', 60).notNullable();
    t.string('consignee_name', 100).notNullable();
    t.string('consignee_phone', 40).nullable();
    t.string('consignee_address', 200).nullable();
    t.string('goods', 200).notNullable();
    t.string('packing', 40).nullable();
    t.integer('packages').notNullable();
    t.string('weight_kg', 20).nullable();
    t.string('volume_m3', 20).nullable();
    t.string('basis', 10).notNullable();
    t.bigInteger('freight_fen').notNullable();
    t.bigInteger('insured_value_fen').notNullable().defaultTo(0);
    t.bigInteger('insurance_fee_fen').notNullable().defaultTo(0);
    t.bigInteger('cod_fen').notNullable().defaultTo(0);
    t.string('handover', 10).notNullable();
    t.boolean('receipt_required').notNullable().defaultTo(true);
    /** 现付 cash, 到付 collect, 回单付 on_receipt, 月结 monthly. */
    t.string('payment', 12).notNullable();
    /** booked -> shipped -> arrived. */
    t.string('status', 12).notNullable();
    t.string('notified_at', 30).nullable();
    t.string('notified_via', 10).nullable();
    t.string('notified_note', 200).nullable();
    t.integer('settlement_id').nullable().references('id').inTable('freight_settlements').index();
    stamps(t);
  });

  await knex.schema.createTable('delivery_notes', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.integer('notice_id').notNullable().references('id').inTable('delivery_notices').index();
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').index();
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('date', 10).notNullable().index();
    t.string('delivery_address', 200).nullable();
    t.string('contact_name', 40).nullable();
    t.string('contact_phone', 40).nullable();
    t.integer('packages').notNullable().defaultTo(0);
    t.string('weight_kg', 20).nullable();
    t.string('volume_m3', 20).nullable();
    t.boolean('show_prices').notNullable();
    t.boolean('price_includes_tax').notNullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    /** prepared -> checked -> loaded -> in_transit -> delivered -> receipted; cancelled before loading. */
    t.string('status', 12).notNullable().index();
    t.integer('checked_by').nullable().references('id').inTable('users');
    t.string('checked_at', 30).nullable();
    t.integer('run_id').nullable().references('id').inTable('dispatch_runs').index();
    t.integer('stop_no').nullable();
    t.integer('consignment_id').nullable().references('id').inTable('consignments').index();
    t.string('delivered_on', 10).nullable();
    t.string('receipt_signer', 40).nullable();
    t.string('receipt_date', 10).nullable();
    t.string('receipt_at', 30).nullable();
    t.string('receipt_note', 500).nullable();
    t.integer('print_count').notNullable().defaultTo(0);
    t.string('cancel_reason', 500).nullable();
    t.text('notes').nullable();
    stamps(t);
  });
  await knex.schema.createTable('delivery_note_lines', (t) => {
    t.increments('id');
    t.integer('note_id').notNullable().references('id').inTable('delivery_notes').index();
    t.integer('notice_line_id').notNullable().references('id').inTable('delivery_notice_lines').index();
    goodsLine(t);
    t.integer('packages').nullable();
    /** What the customer signed as short, damaged or wrong, from the 回单. */
    t.string('discrepancy', 10).nullable();
    t.string('discrepancy_qty', 20).nullable();
    t.string('discrepancy_note', 200).nullable();
  });

  await knex.schema.createTable('pick_checks', (t) => {
    t.increments('id');
    t.integer('note_id').notNullable().references('id').inTable('delivery_notes').index();
    t.boolean('passed').notNullable();
    /** JSON: what was entered per line and what did not match. */
    t.text('details').notNullable();
    t.integer('checked_by').nullable().references('id').inTable('users');
    t.string('checked_at', 30).notNullable();
  });

  await knex.schema.createTable('delivery_returns', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.integer('note_id').notNullable().references('id').inTable('delivery_notes').index();
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('date', 10).notNullable();
    t.string('reason', 500).notNullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    stamps(t);
  });
  await knex.schema.createTable('delivery_return_lines', (t) => {
    t.increments('id');
    t.integer('return_id').notNullable().references('id').inTable('delivery_returns').index();
    t.integer('note_line_id').notNullable().references('id').inTable('delivery_note_lines').index();
    goodsLine(t);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'delivery_return_lines',
    'delivery_returns',
    'pick_checks',
    'delivery_note_lines',
    'delivery_notes',
    'consignments',
    'freight_settlements',
    'dispatch_runs',
    'carriers',
    'delivery_notice_lines',
    'delivery_notices',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('ALTER TABLE customers DROP COLUMN delivery_show_prices');
}
