import type { Knex } from 'knex';

/**
 * Orders entered directly (a repeat order by phone or fax) and approval that sees every discount:
 * who entered an order and where its approval stands, the order's approval trail, and on which tax
 * basis a quote's cost sheet was typed. Existing cost sheets were compared as net: they stay so.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('quotes', (t) => {
    t.boolean('cost_includes_tax').notNullable().defaultTo(false);
  });
  // No foreign key on entered_by: SQLite cannot drop a referencing column again in down().
  await knex.schema.alterTable('sales_orders', (t) => {
    t.integer('entered_by').nullable();
    t.string('approval', 10).nullable();
  });
  await knex.schema.createTable('order_approvals', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE').index();
    t.string('action', 20).notNullable();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('user_name', 40).nullable();
    t.text('comment').nullable();
    t.text('reasons').notNullable().defaultTo('[]');
    t.string('at', 30).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('order_approvals');
  // Raw SQL, not knex's dropColumn: on SQLite that rebuilds the table inside the migration's transaction (knex#6213).
  await knex.raw('ALTER TABLE sales_orders DROP COLUMN approval');
  await knex.raw('ALTER TABLE sales_orders DROP COLUMN entered_by');
  await knex.raw('ALTER TABLE quotes DROP COLUMN cost_includes_tax');
}
