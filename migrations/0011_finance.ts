import type { Knex } from 'knex';

/** Same columns as every other document table: optimistic lock, author, ISO timestamps. */
function stamps(t: Knex.CreateTableBuilder): void {
  t.integer('lock_version').notNullable().defaultTo(1);
  t.integer('created_by').nullable().references('id').inTable('users');
  t.string('created_at', 30).notNullable();
  t.string('updated_at', 30).notNullable();
}

/** A charge line (discount, freight, other) of the order, carried pro rata onto a note or a return. */
function chargeLine(t: Knex.CreateTableBuilder): void {
  t.integer('order_line_id').notNullable().references('id').inTable('sales_order_lines').index();
  t.string('kind', 10).notNullable();
  t.string('name', 100).notNullable();
  t.string('tax_rate', 8).notNullable();
  t.bigInteger('net_fen').notNullable();
  t.bigInteger('tax_fen').notNullable();
  t.bigInteger('gross_fen').notNullable();
}

const isSqlite = (knex: Knex) => /sqlite/i.test(String(knex.client.config.client));

/** The searched text of the new documents (as of this migration), indexed like migration 0010's. */
const SEARCHED: Record<string, string[]> = {
  invoices: ['number', 'buyer_name'],
  receipts: ['number', 'payer_name', 'bank_ref'],
  acceptance_bills: ['bill_no', 'acceptor'],
};

async function trigramIndex(knex: Knex, table: string, columns: string[]): Promise<void> {
  const fts = `${table}_fts`;
  const list = columns.join(', ');
  const oldValues = columns.map((c) => `old.${c}`).join(', ');
  const newValues = columns.map((c) => `new.${c}`).join(', ');
  await knex.raw(
    `CREATE VIRTUAL TABLE ${fts} USING fts5(${list}, content='${table}', content_rowid='id', tokenize='trigram')`,
  );
  await knex.raw(`CREATE TRIGGER ${fts}_ai AFTER INSERT ON ${table} BEGIN
    INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${newValues});
  END`);
  await knex.raw(`CREATE TRIGGER ${fts}_ad AFTER DELETE ON ${table} BEGIN
    INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${oldValues});
  END`);
  await knex.raw(`CREATE TRIGGER ${fts}_au AFTER UPDATE OF ${list} ON ${table} BEGIN
    INSERT INTO ${fts}(${fts}, rowid, ${list}) VALUES ('delete', old.id, ${oldValues});
    INSERT INTO ${fts}(rowid, ${list}) VALUES (new.id, ${newValues});
  END`);
}

/**
 * The money half: delivery charges, the invoice register with its sending and 回执, receipts and
 * their allocation (核销), acceptance bills, statement replies, collections and plans, credit releases.
 * A customer's credit limit becomes nullable: empty is no limit, 0 is cash only (before, 0 meant none).
 */
export async function up(knex: Knex): Promise<void> {
  // Column type changes rebuild the table on SQLite (and cascade deletes, knex#6213): add, copy, drop, rename instead.
  await knex.schema.alterTable('customers', (t) => {
    t.bigInteger('credit_cap_fen').nullable();
    t.string('invoice_email', 200).nullable();
    t.string('invoice_mail_subject', 200).nullable();
    t.text('invoice_mail_body').nullable();
  });
  await knex('customers')
    .where('credit_limit_fen', '>', 0)
    .update({ credit_cap_fen: knex.ref('credit_limit_fen') });
  await knex.raw('ALTER TABLE customers DROP COLUMN credit_limit_fen');
  await knex.raw('ALTER TABLE customers RENAME COLUMN credit_cap_fen TO credit_limit_fen');

  await knex.schema.createTable('delivery_note_charges', (t) => {
    t.increments('id');
    t.integer('note_id').notNullable().references('id').inTable('delivery_notes').index();
    chargeLine(t);
  });
  await knex.schema.createTable('delivery_return_charges', (t) => {
    t.increments('id');
    t.integer('return_id').notNullable().references('id').inTable('delivery_returns').index();
    chargeLine(t);
  });

  await knex.schema.createTable('invoices', (t) => {
    t.increments('id');
    /** digital_special 数电专票, digital_normal 数电普票, paper_special 增值税专用发票, paper_normal 增值税普通发票. */
    t.string('type', 16).notNullable();
    /** Legacy paper invoices: the 10/12-digit code; '' for 数电 (one unique key over code and number). */
    t.string('code', 12).notNullable().defaultTo('');
    t.string('number', 20).notNullable();
    t.string('issue_date', 10).notNullable();
    t.integer('customer_id').notNullable().references('id').inTable('customers');
    t.string('buyer_name', 100).notNullable();
    t.string('buyer_tax_id', 20).nullable();
    t.string('issuer', 40).nullable();
    t.string('remarks', 500).nullable();
    /** Negative on a red-letter invoice. */
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    /** Gross less live allocations and red-letter offsets; kept in the same transaction as each of them. */
    t.bigInteger('open_fen').notNullable();
    /** The date open_fen reached 0 (null while open): ageing as of a past date reads only what was open then. */
    t.string('settled_on', 10).nullable();
    /** Issue date + the customer's payment days when registered. */
    t.string('due_date', 10).notNullable();
    /** The earliest signed delivery of its notes, else the issue date: the ageing's delivery basis. */
    t.string('delivery_date', 10).notNullable();
    /** Red-letter: the original, and the reason (wrong_issue, goods_returned, service_stopped, allowance). */
    t.integer('red_of_id').nullable().references('id').inTable('invoices').index();
    t.string('red_reason', 20).nullable();
    /** Why this invoice goes beyond what was delivered (less returns), when it does. */
    t.string('over_reason', 500).nullable();
    /** unsent -> sent -> acknowledged (回执). */
    t.string('delivery_state', 14).notNullable().defaultTo('unsent');
    t.string('sent_on', 10).nullable();
    t.string('acknowledged_on', 10).nullable();
    t.string('ack_signer', 40).nullable();
    t.integer('ack_attachment_id').nullable().references('id').inTable('attachments');
    t.string('reminded_on', 10).nullable();
    t.integer('attachment_id').nullable().references('id').inTable('attachments');
    /** The import batch it came from (tax-system xlsx), when imported. */
    t.string('import_ref', 60).nullable();
    stamps(t);
    t.unique(['code', 'number']);
    t.index(['customer_id', 'issue_date', 'id']);
    t.index(['issue_date', 'id']);
    t.index(['gross_fen', 'id']);
    t.index(['settled_on']);
    t.index(['delivery_state', 'sent_on']);
  });
  await knex.schema.createTable('invoice_lines', (t) => {
    t.increments('id');
    t.integer('invoice_id').notNullable().references('id').inTable('invoices').index();
    t.integer('position').notNullable();
    t.integer('order_line_id').nullable().references('id').inTable('sales_order_lines').index();
    /** 税收分类: the tax classification short name printed between asterisks, e.g. *电线电缆*. */
    t.string('tax_class', 60).nullable();
    t.string('name', 100).notNullable();
    t.string('spec', 200).nullable();
    t.string('unit', 10).nullable();
    t.string('quantity', 20).nullable();
    t.string('unit_price', 20).nullable();
    t.string('tax_rate', 8).notNullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
  });
  await knex.schema.createTable('invoice_links', (t) => {
    t.increments('id');
    t.integer('invoice_id').notNullable().references('id').inTable('invoices').index();
    t.integer('order_id').nullable().references('id').inTable('sales_orders').index();
    t.integer('note_id').nullable().references('id').inTable('delivery_notes').index();
  });
  await knex.schema.createTable('invoice_sendings', (t) => {
    t.increments('id');
    t.integer('invoice_id').notNullable().references('id').inTable('invoices').index();
    /** email, courier, hand, tax_account. */
    t.string('way', 12).notNullable();
    t.string('date', 10).notNullable();
    t.string('email_to', 200).nullable();
    t.string('message_id', 200).nullable();
    t.string('courier', 40).nullable();
    t.string('tracking_no', 40).nullable();
    t.string('handed_to', 40).nullable();
    t.string('note', 200).nullable();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
  });

  await knex.schema.createTable('receipts', (t) => {
    t.increments('id');
    t.string('number', 32).notNullable().unique();
    t.string('date', 10).notNullable();
    t.integer('customer_id').notNullable().references('id').inTable('customers');
    /** As on the bank slip; a third party may pay for the customer. */
    t.string('payer_name', 100).notNullable();
    t.bigInteger('amount_fen').notNullable();
    /** Bank fees or discount interest the customer's payment bore. */
    t.bigInteger('fee_fen').notNullable().defaultTo(0);
    /** transfer, bank_bill, commercial_bill, cash, cheque, wechat, alipay. */
    t.string('method', 16).notNullable();
    t.string('bank_ref', 60).nullable();
    /** Amount less live allocations: the customer's unapplied credit (预收). */
    t.bigInteger('unapplied_fen').notNullable();
    t.string('notes', 500).nullable();
    t.string('cancel_reason', 500).nullable();
    t.string('cancelled_at', 30).nullable();
    stamps(t);
    t.index(['customer_id', 'date', 'id']);
    t.index(['date', 'id']);
    t.index(['amount_fen', 'id']);
  });
  await knex.schema.createTable('allocations', (t) => {
    t.increments('id');
    t.integer('receipt_id').notNullable().references('id').inTable('receipts').index();
    t.integer('invoice_id').notNullable().references('id').inTable('invoices').index();
    t.bigInteger('amount_fen').notNullable();
    /** The later of the receipt's and the invoice's date: from then on the invoice counts as paid by it. */
    t.string('date', 10).notNullable();
    t.integer('created_by').nullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
    t.string('undone_on', 10).nullable();
    t.string('undone_at', 30).nullable();
    t.integer('undone_by').nullable().references('id').inTable('users');
    t.string('undo_reason', 500).nullable();
  });

  await knex.schema.createTable('acceptance_bills', (t) => {
    t.increments('id');
    t.string('bill_no', 40).notNullable().unique();
    /** bank 银行承兑, commercial 商业承兑. */
    t.string('kind', 12).notNullable();
    t.integer('receipt_id').nullable().references('id').inTable('receipts').index();
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('drawer', 100).nullable();
    t.string('acceptor', 100).notNullable();
    t.bigInteger('amount_fen').notNullable();
    t.string('issue_date', 10).notNullable();
    t.string('maturity_date', 10).notNullable().index();
    /** held -> endorsed | discounted | collected | dishonoured. */
    t.string('state', 12).notNullable().index();
    t.string('state_date', 10).nullable();
    t.string('endorsee', 100).nullable();
    t.string('discount_bank', 100).nullable();
    t.bigInteger('discount_interest_fen').nullable();
    t.string('notes', 500).nullable();
    stamps(t);
  });
  await knex.schema.createTable('acceptance_bill_events', (t) => {
    t.increments('id');
    t.integer('bill_id').notNullable().references('id').inTable('acceptance_bills').index();
    t.string('state', 12).notNullable();
    t.string('date', 10).notNullable();
    t.string('detail', 500).nullable();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
  });

  await knex.schema.createTable('statement_replies', (t) => {
    t.increments('id');
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('period_from', 10).notNullable();
    t.string('period_to', 10).notNullable();
    t.bigInteger('closing_fen').notNullable();
    /** agreed or disagreed. */
    t.string('reply', 12).notNullable();
    t.string('reply_date', 10).notNullable();
    t.bigInteger('their_balance_fen').nullable();
    t.text('differences').nullable();
    t.integer('attachment_id').nullable().references('id').inTable('attachments');
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
  });

  await knex.schema.createTable('collection_logs', (t) => {
    t.increments('id');
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    t.string('date', 10).notNullable();
    /** phone, visit, wechat, email, letter. */
    t.string('way', 10).notNullable();
    t.string('contact', 40).nullable();
    t.text('content').notNullable();
    t.string('promised_date', 10).nullable();
    t.bigInteger('promised_fen').nullable();
    t.string('next_date', 10).nullable().index();
    t.integer('user_id').nullable().references('id').inTable('users');
    t.string('user_name', 40).nullable();
    t.string('created_at', 30).notNullable();
  });
  await knex.schema.createTable('collection_plans', (t) => {
    t.increments('id');
    t.integer('customer_id').notNullable().references('id').inTable('customers');
    /** YYYY-MM. */
    t.string('month', 7).notNullable().index();
    t.bigInteger('planned_fen').notNullable();
    t.string('note', 200).nullable();
    stamps(t);
    t.unique(['customer_id', 'month']);
  });
  await knex.schema.createTable('sales_plans', (t) => {
    t.increments('id');
    t.string('salesperson', 40).notNullable();
    t.string('month', 7).notNullable().index();
    t.bigInteger('sales_fen').notNullable();
    t.bigInteger('collection_fen').notNullable();
    stamps(t);
    t.unique(['salesperson', 'month']);
  });

  /** A manager's release of a credit check, at one of its three points. */
  await knex.schema.createTable('credit_releases', (t) => {
    t.increments('id');
    t.integer('customer_id').notNullable().references('id').inTable('customers').index();
    /** order (confirmed), notice (confirmed), note (loaded). */
    t.string('checkpoint', 10).notNullable();
    t.integer('document_id').notNullable();
    t.string('reason', 500).notNullable();
    /** JSON: the standing the manager saw. */
    t.text('standing').notNullable();
    t.integer('released_by').notNullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
    t.index(['checkpoint', 'document_id']);
  });

  // No foreign key: SQLite cannot drop a referencing column again in down().
  await knex.schema.alterTable('register_entries', (t) => {
    t.integer('invoice_id').nullable().index();
  });

  if (isSqlite(knex)) for (const [table, columns] of Object.entries(SEARCHED)) await trigramIndex(knex, table, columns);
}

export async function down(knex: Knex): Promise<void> {
  if (isSqlite(knex))
    for (const table of Object.keys(SEARCHED)) {
      for (const suffix of ['ai', 'ad', 'au']) await knex.raw(`DROP TRIGGER IF EXISTS ${table}_fts_${suffix}`);
      await knex.raw(`DROP TABLE IF EXISTS ${table}_fts`);
    }
  await knex.raw('DROP INDEX IF EXISTS register_entries_invoice_id_index');
  await knex.raw('ALTER TABLE register_entries DROP COLUMN invoice_id');
  for (const table of [
    'credit_releases',
    'sales_plans',
    'collection_plans',
    'collection_logs',
    'statement_replies',
    'acceptance_bill_events',
    'acceptance_bills',
    'allocations',
    'receipts',
    'invoice_sendings',
    'invoice_links',
    'invoice_lines',
    'invoices',
    'delivery_return_charges',
    'delivery_note_charges',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.schema.alterTable('customers', (t) => {
    t.bigInteger('credit_cap_fen').notNullable().defaultTo(0);
  });
  await knex('customers')
    .whereNotNull('credit_limit_fen')
    .update({ credit_cap_fen: knex.ref('credit_limit_fen') });
  await knex.raw('ALTER TABLE customers DROP COLUMN credit_limit_fen');
  await knex.raw('ALTER TABLE customers RENAME COLUMN credit_cap_fen TO credit_limit_fen');
  for (const c of ['invoice_email', 'invoice_mail_subject', 'invoice_mail_body'])
    await knex.raw(`ALTER TABLE customers DROP COLUMN ${c}`);
}
