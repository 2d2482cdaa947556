import type { Knex } from 'knex';

/** The columns every priced document line has: quote lines, order lines, later delivery and invoice lines. */
function pricedLine(t: Knex.CreateTableBuilder): void {
  t.integer('position').notNullable();
  t.string('kind', 10).notNullable();
  t.integer('product_id').nullable().references('id').inTable('products');
  t.string('name', 100).notNullable();
  t.string('brand', 60).nullable();
  t.string('spec', 200).nullable();
  t.string('unit', 10).notNullable();
  // Exact decimals as text: they are shown and multiplied, never sorted.
  t.string('quantity', 20).notNullable();
  t.string('unit_price', 20).notNullable();
  t.string('tax_rate', 8).notNullable();
  t.bigInteger('net_fen').notNullable();
  t.bigInteger('tax_fen').notNullable();
  t.bigInteger('gross_fen').notNullable();
}

/** Quotes: every version a row of its own (same number), its priced lines, its cost sheet and its approval trail. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inquiries', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('contact_name', 40).nullable();
    t.string('contact_phone', 40).nullable();
    t.string('date', 10).notNullable().index();
    t.string('channel', 10).notNullable();
    t.text('requirement').notNullable();
    t.text('items').nullable();
    t.string('due_date', 10).nullable();
    t.integer('owner_id').nullable().references('id').inTable('users').index();
    t.string('status', 10).notNullable();
    t.text('notes').nullable();
    t.integer('lock_version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });

  // Files attached to any document (drawings to an inquiry, scans to a delivery note…).
  await knex.schema.createTable('document_attachments', (t) => {
    t.increments('id');
    t.string('entity', 20).notNullable();
    t.integer('entity_id').notNullable();
    t.integer('attachment_id').notNullable().references('id').inTable('attachments');
    t.string('label', 60).nullable();
    t.string('created_at', 30).notNullable();
    t.index(['entity', 'entity_id']);
  });

  await knex.schema.createTable('quotes', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable();
    t.integer('version').notNullable();
    t.string('status', 20).notNullable();
    t.integer('customer_id').notNullable().references('id').inTable('customers');
    t.string('contact_name', 40).nullable();
    t.string('contact_phone', 40).nullable();
    t.string('contact_email', 200).nullable();
    t.string('contact_address', 200).nullable();
    t.string('project', 100).nullable();
    t.integer('quoted_by').nullable().references('id').inTable('users');
    t.string('quote_date', 10).notNullable();
    t.integer('valid_days').notNullable();
    t.string('valid_until', 10).notNullable();
    t.boolean('price_includes_tax').notNullable();
    t.string('tax_statement', 100).nullable();
    t.string('lead_time', 100).nullable();
    t.string('payment_terms', 100).nullable();
    t.string('warranty', 100).nullable();
    t.text('notes').nullable();
    t.string('target_margin', 8).nullable();
    t.integer('inquiry_id').nullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    t.bigInteger('cost_fen').notNullable();
    t.string('revision_reason', 200).nullable();
    t.string('sent_at', 30).nullable();
    t.string('sent_via', 20).nullable();
    t.text('outcome_reason').nullable();
    t.integer('lock_version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.unique(['number', 'version']);
    t.index(['customer_id']);
    t.index(['status', 'valid_until']);
  });

  await knex.schema.createTable('quote_lines', (t) => {
    t.increments('id');
    t.integer('quote_id').notNullable().references('id').inTable('quotes').onDelete('CASCADE').index();
    pricedLine(t);
    t.string('lead_time', 40).nullable();
    t.string('note', 200).nullable();
  });

  await knex.schema.createTable('quote_cost_lines', (t) => {
    t.increments('id');
    t.integer('quote_id').notNullable().references('id').inTable('quotes').onDelete('CASCADE').index();
    t.integer('position').notNullable();
    t.integer('line_no').nullable();
    t.integer('product_id').nullable().references('id').inTable('products');
    t.string('name', 100).notNullable();
    t.string('spec', 200).nullable();
    t.string('unit', 10).notNullable();
    t.string('quantity', 20).notNullable();
    t.string('unit_cost', 20).notNullable();
    t.string('cost_source', 20).notNullable();
    t.integer('supplier_id').nullable().references('id').inTable('suppliers');
    t.bigInteger('cost_fen').notNullable();
    t.string('note', 200).nullable();
  });

  await knex.schema.createTable('quote_approvals', (t) => {
    t.increments('id');
    t.integer('quote_id').notNullable().references('id').inTable('quotes').onDelete('CASCADE').index();
    t.string('action', 20).notNullable();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('user_name', 40).nullable();
    t.text('comment').nullable();
    t.text('reasons').notNullable().defaultTo('[]');
    t.string('at', 30).notNullable();
  });

  // Follow-ups belong to the quote number, across its versions.
  await knex.schema.createTable('quote_followups', (t) => {
    t.increments('id');
    t.integer('quote_id').notNullable().references('id').inTable('quotes');
    t.string('quote_number', 32).notNullable().index();
    t.string('date', 10).notNullable();
    t.string('way', 10).notNullable();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('user_name', 40).nullable();
    t.text('customer_said').notNullable();
    t.string('competitor', 100).nullable();
    t.string('competitor_price', 20).nullable();
    t.string('next_date', 10).nullable().index();
    t.string('created_at', 30).notNullable();
  });

  await knex.schema.createTable('sales_orders', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.integer('quote_id').nullable().unique().references('id').inTable('quotes');
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('customer_po', 60).nullable();
    t.string('order_date', 10).notNullable();
    t.string('due_date', 10).nullable();
    t.string('delivery_address', 200).nullable();
    t.string('contact_name', 40).nullable();
    t.string('contact_phone', 40).nullable();
    t.string('payment_terms', 100).nullable();
    t.boolean('price_includes_tax').notNullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    t.string('status', 12).notNullable();
    t.text('notes').nullable();
    t.integer('lock_version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('sales_order_lines', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE').index();
    pricedLine(t);
    t.string('due_date', 10).nullable();
  });

  // Layouts the sales assistant designs; the config is the validated JSON of quoteFormatInput.
  await knex.schema.createTable('quote_formats', (t) => {
    t.increments('id');
    t.string('name', 40).notNullable();
    t.text('config').notNullable();
    t.boolean('is_default').notNullable().defaultTo(false);
    t.string('updated_at', 30).notNullable();
  });
  await knex('quote_formats').insert({
    name: '标准报价单',
    config: JSON.stringify(STANDARD_FORMAT),
    is_default: true,
    updated_at: new Date().toISOString(),
  });
}

const STANDARD_FORMAT = {
  name: '标准报价单',
  orientation: 'portrait',
  title: '报价单',
  showLogo: true,
  columns: [
    { key: 'index', width: 12, label: null },
    { key: 'name', width: 30, label: null },
    { key: 'brand', width: 18, label: null },
    { key: 'spec', width: 36, label: null },
    { key: 'unit', width: 12, label: null },
    { key: 'quantity', width: 14, label: null },
    { key: 'unitPrice', width: 22, label: null },
    { key: 'amount', width: 24, label: null },
    { key: 'leadTime', width: 18, label: null },
  ],
  terms: ['validity', 'taxStatement', 'leadTime', 'paymentTerms', 'warranty'],
  extraTerms: null,
  showSeal: true,
  sealPosition: 'right',
  isDefault: true,
};

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'document_attachments',
    'inquiries',
    'sales_order_lines',
    'sales_orders',
    'quote_followups',
    'quote_formats',
    'quote_approvals',
    'quote_cost_lines',
    'quote_lines',
    'quotes',
  ])
    await knex.schema.dropTableIfExists(table);
}
