import type { Knex } from 'knex';

/**
 * Whether a product is a service or other non-stock item (安装调试服务, 年度维保, 运费): such lines are not put on a
 * delivery notice unless chosen. Products already filed under the category 服务 are taken as services.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('products', (t) => {
    t.boolean('non_stock').notNullable().defaultTo(false);
  });
  await knex('products').where({ category: '服务' }).update({ non_stock: true });
}

export async function down(knex: Knex): Promise<void> {
  // Raw SQL, not knex's dropColumn: on SQLite that rebuilds the table inside the migration's transaction (knex#6213).
  await knex.raw('ALTER TABLE products DROP COLUMN non_stock');
}
