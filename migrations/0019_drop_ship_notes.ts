import type { Knex } from 'knex';

/**
 * A drop-ship receipt (signed at the customer's) makes a delivery note for the customer: the receipt names it, so
 * cancelling or reading the receipt finds the very note it made (a PO may arrive in several drops).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('goods_receipts', (t) => {
    // No foreign key: SQLite cannot drop a column that is one (down below).
    t.integer('delivery_note_id').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  // Raw SQL, not knex's dropColumn: on SQLite that rebuilds the table inside the migration's transaction (knex#6213).
  await knex.raw('ALTER TABLE goods_receipts DROP COLUMN delivery_note_id');
}
