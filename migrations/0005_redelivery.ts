import type { Knex } from 'knex';

/** A notice can be a re-delivery (补发) of what a signed note came back short or returned. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('delivery_notices', (t) => {
    t.integer('redelivery_of').nullable().references('id').inTable('delivery_notes').index();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('delivery_notices', (t) => {
    t.dropIndex(['redelivery_of']);
    t.dropColumn('redelivery_of');
  });
}
