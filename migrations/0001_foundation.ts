import type { Knex } from 'knex';

/** Users, settings, numbering, audit, attachments and the master data. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('username', 32).notNullable().unique();
    t.string('display_name', 40).notNullable();
    t.string('role', 16).notNullable();
    t.string('password_hash', 300).nullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('locale', 8).notNullable().defaultTo('zh-CN');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('settings', (t) => {
    t.string('key', 64).primary();
    t.text('value').notNullable();
    t.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('number_sequences', (t) => {
    t.string('doc_type', 32).notNullable();
    t.integer('year').notNullable();
    t.bigInteger('next_value').notNullable();
    t.primary(['doc_type', 'year']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id');
    t.string('at', 30).notNullable();
    t.integer('user_id').nullable();
    t.string('user_name', 40).nullable();
    t.string('channel', 64).notNullable();
    t.string('entity', 32).notNullable();
    t.string('entity_id', 64).nullable();
    t.string('action', 32).notNullable();
    t.text('before_json').nullable();
    t.text('after_json').nullable();
    t.index(['entity', 'entity_id']);
    t.index(['at']);
  });

  await knex.schema.createTable('attachments', (t) => {
    t.increments('id');
    t.string('sha256', 64).notNullable().index();
    t.string('filename', 200).notNullable();
    t.string('mime', 100).notNullable();
    t.bigInteger('size').notNullable();
    t.string('created_at', 30).notNullable();
    t.integer('created_by').nullable().references('id').inTable('users');
  });

  const party = (t: Knex.CreateTableBuilder) => {
    t.increments('id');
    t.string('code', 32).notNullable().unique();
    t.string('name', 100).notNullable();
    t.string('short_name', 40).nullable();
    t.string('mnemonic', 40).nullable();
    t.string('tax_id', 20).nullable();
    t.text('notes').nullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('primary_contact', 40).nullable();
    t.string('primary_phone', 40).nullable();
    t.string('name_sort', 400).notNullable().index();
    t.integer('version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable().index();
  };

  await knex.schema.createTable('customers', (t) => {
    party(t);
    t.string('invoice_title', 100).nullable();
    t.string('invoice_address_phone', 200).nullable();
    t.string('invoice_bank_account', 200).nullable();
    t.string('payment_terms', 100).nullable();
    t.integer('payment_days').notNullable().defaultTo(0);
    t.bigInteger('credit_limit_fen').notNullable().defaultTo(0);
    t.string('salesperson', 40).nullable().index();
    // Lists show active records sorted by name or code: these indexes serve both the page and its count.
    t.index(['active', 'name_sort', 'id']);
    t.index(['active', 'code', 'id']);
  });

  const contacts = (t: Knex.CreateTableBuilder, owner: string) => {
    t.increments('id');
    t.integer(`${owner}_id`).notNullable().references('id').inTable(`${owner}s`).onDelete('CASCADE').index();
    t.integer('position').notNullable();
    t.string('name', 40).notNullable();
    t.string('title', 40).nullable();
    t.string('phone', 40).nullable();
    t.string('mobile', 40).nullable();
    t.string('email', 200).nullable();
    t.boolean('is_primary').notNullable().defaultTo(false);
  };
  await knex.schema.createTable('customer_contacts', (t) => contacts(t, 'customer'));

  await knex.schema.createTable('customer_addresses', (t) => {
    t.increments('id');
    t.integer('customer_id').notNullable().references('id').inTable('customers').onDelete('CASCADE').index();
    t.integer('position').notNullable();
    t.string('label', 40).nullable();
    t.string('address', 200).notNullable();
    t.string('contact', 40).nullable();
    t.string('phone', 40).nullable();
    t.boolean('is_default').notNullable().defaultTo(false);
  });

  await knex.schema.createTable('products', (t) => {
    t.increments('id');
    t.string('code', 32).notNullable().unique();
    t.string('name', 100).notNullable();
    t.string('mnemonic', 40).nullable();
    t.string('brand', 60).nullable().index();
    t.string('spec', 200).nullable();
    t.string('unit', 10).notNullable();
    t.string('tax_rate', 8).notNullable();
    // Prices in 1/10000 yuan: exact, sortable in SQL.
    t.bigInteger('list_price_e4').notNullable().defaultTo(0);
    t.bigInteger('standard_cost_e4').notNullable().defaultTo(0);
    t.string('source', 8).notNullable();
    t.string('category', 40).nullable().index();
    t.text('notes').nullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('name_sort', 400).notNullable().index();
    t.integer('version').notNullable().defaultTo(1);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable().index();
    t.index(['active', 'name_sort', 'id']);
    t.index(['active', 'code', 'id']);
    t.index(['active', 'list_price_e4', 'id']);
  });

  await knex.schema.createTable('suppliers', (t) => {
    party(t);
    t.string('bank_name', 100).nullable();
    t.string('bank_account', 60).nullable();
    // JSON array of category names; filtered with LIKE on the quoted name.
    t.text('categories').notNullable().defaultTo('[]');
    t.index(['active', 'name_sort', 'id']);
    t.index(['active', 'code', 'id']);
  });
  await knex.schema.createTable('supplier_contacts', (t) => contacts(t, 'supplier'));

  // Search keys beside each master table (code, names, every pinyin reading, lower-case):
  // narrow rows, so a substring search scans little; ASCII and Chinese keys apart.
  for (const owner of ['customer', 'product', 'supplier']) {
    await knex.schema.createTable(`${owner}_search`, (t) => {
      t.integer('id').primary().references('id').inTable(`${owner}s`).onDelete('CASCADE');
      t.text('ascii').notNullable();
      t.text('cjk').notNullable();
    });
  }

  const now = new Date().toISOString();
  await knex('users').insert({
    username: 'admin',
    display_name: '管理员',
    role: 'admin',
    password_hash: null,
    active: true,
    locale: 'zh-CN',
    created_at: now,
    updated_at: now,
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'supplier_search',
    'product_search',
    'customer_search',
    'supplier_contacts',
    'suppliers',
    'products',
    'customer_addresses',
    'customer_contacts',
    'customers',
    'attachments',
    'audit_log',
    'number_sequences',
    'settings',
    'users',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
