import type { Knex } from 'knex';

/**
 * The register of contracts, letters, faxes and drawings received or sent (登记、编号、存档、转发),
 * with its forward log; and a default quote format per customer.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.integer('quote_format_id').nullable().references('id').inTable('quote_formats');
  });

  await knex.schema.createTable('register_entries', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.string('kind', 10).notNullable().index();
    t.string('direction', 10).notNullable();
    t.string('date', 10).notNullable().index();
    t.integer('customer_id').nullable().references('id').inTable('customers').index();
    t.integer('supplier_id').nullable().references('id').inTable('suppliers').index();
    /** Who it came from or went to, as written on it. */
    t.string('counterparty', 100).notNullable();
    t.string('their_ref', 60).nullable();
    t.string('subject', 200).notNullable();
    t.integer('order_id').nullable().references('id').inTable('sales_orders').index();
    t.integer('quote_id').nullable().references('id').inTable('quotes');
    t.string('archive_location', 100).nullable();
    t.text('summary').nullable();
    t.integer('registered_by').nullable().references('id').inTable('users');
    t.integer('lock_version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('register_forwards', (t) => {
    t.increments('id');
    t.integer('entry_id').notNullable().references('id').inTable('register_entries').index();
    t.string('to_whom', 100).notNullable();
    t.string('via', 10).notNullable();
    t.string('date', 10).notNullable();
    t.string('note', 200).nullable();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('register_forwards');
  await knex.schema.dropTableIfExists('register_entries');
  // Raw SQL, not knex's dropColumn: on SQLite that rebuilds the table inside the migration's transaction (knex#6213).
  await knex.raw('ALTER TABLE customers DROP COLUMN quote_format_id');
}
