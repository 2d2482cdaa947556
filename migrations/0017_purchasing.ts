import type { Knex } from 'knex';

/** Same columns as every other document table: optimistic lock, author, ISO timestamps. */
function stamps(t: Knex.CreateTableBuilder): void {
  t.integer('lock_version').notNullable().defaultTo(1);
  t.integer('created_by').nullable().references('id').inTable('users');
  t.string('created_at', 30).notNullable();
  t.string('updated_at', 30).notNullable();
}

/** What a line of goods is called: the product when it is one, else free text as the supplier or customer wrote it. */
function goods(t: Knex.CreateTableBuilder): void {
  t.integer('product_id').nullable().references('id').inTable('products').index();
  t.string('name', 100).notNullable();
  t.string('spec', 200).nullable();
  t.string('unit', 10).notNullable();
}

const isSqlite = (knex: Knex) => /sqlite/i.test(String(knex.client.config.client));

/** The searched text of the purchasing documents, indexed like migration 0010's. */
const SEARCHED: Record<string, string[]> = {
  rfqs: ['number', 'title'],
  purchase_orders: ['number', 'supplier_name'],
  supplier_products: ['model', 'maker'],
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
 * 外购: the catalogue of bought-in products (who offers what, under which model, with which parameters, at what
 * price over time), RFQs to several suppliers with their answers round by round and the choice made, purchase
 * orders tied to the sales-order lines they serve, goods receipts with their discrepancies, internal transfers,
 * supplier invoices, payments and their allocation.
 *
 * Conventions: quantities and unit prices are exact decimal text (as on quotes and orders), money integer fen,
 * dates 'YYYY-MM-DD'. Parameters are a JSON array of {name, value} (电压 380V, 功率 7.5kW), compared by name.
 */
export async function up(knex: Knex): Promise<void> {
  // ── Catalogue (档案) ──
  await knex.schema.createTable('supplier_products', (t) => {
    t.increments('id');
    t.integer('supplier_id').notNullable().references('id').inTable('suppliers').index();
    t.integer('product_id').notNullable().references('id').inTable('products').index();
    /** The supplier's own model name for it, and who makes it when the supplier only sells it. */
    t.string('model', 100).nullable();
    t.string('maker', 100).nullable();
    t.text('params').notNullable().defaultTo('[]');
    t.string('notes', 500).nullable();
    t.boolean('active').notNullable().defaultTo(true);
    stamps(t);
    t.unique(['supplier_id', 'product_id']);
  });
  /** Brochures (样本), certificates (合格证, 3C, 检测报告) and other files of an offer. */
  await knex.schema.createTable('supplier_product_files', (t) => {
    t.increments('id');
    t.integer('supplier_product_id').notNullable().references('id').inTable('supplier_products').index();
    t.integer('attachment_id').notNullable().references('id').inTable('attachments');
    /** brochure, certificate, other. */
    t.string('kind', 12).notNullable();
    t.string('title', 100).nullable();
    t.string('created_at', 30).notNullable();
  });

  // ── RFQ and comparison (询价比价) ──
  await knex.schema.createTable('rfqs', (t) => {
    t.increments('id');
    t.string('number', 30).notNullable().unique();
    t.string('date', 10).notNullable();
    t.string('title', 100).notNullable();
    /** draft -> sent -> decided; cancelled. */
    t.string('status', 12).notNullable();
    /** Where its items came from: a quote's cost sheet, sales-order lines, or typed in (free). */
    t.string('origin', 8).notNullable();
    t.integer('quote_id').nullable().references('id').inTable('quotes').index();
    t.integer('order_id').nullable().references('id').inTable('sales_orders').index();
    /** Answers wanted by. */
    t.string('reply_by', 10).nullable();
    t.string('notes', 500).nullable();
    stamps(t);
    t.index(['date', 'id']);
    t.index(['status', 'date']);
  });
  await knex.schema.createTable('rfq_items', (t) => {
    t.increments('id');
    t.integer('rfq_id').notNullable().references('id').inTable('rfqs').index();
    t.integer('position').notNullable();
    goods(t);
    t.string('quantity', 20).notNullable();
    /** The parameters asked for, to compare the answers against. */
    t.text('params').notNullable().defaultTo('[]');
    t.integer('quote_cost_line_id').nullable().references('id').inTable('quote_cost_lines').index();
    t.integer('order_line_id').nullable().references('id').inTable('sales_order_lines').index();
    t.string('notes', 200).nullable();
  });
  /** The suppliers asked, and how: e-mailed (with the PDF), or logged as phoned or faxed. */
  await knex.schema.createTable('rfq_suppliers', (t) => {
    t.increments('id');
    t.integer('rfq_id').notNullable().references('id').inTable('rfqs').index();
    t.integer('supplier_id').notNullable().references('id').inTable('suppliers').index();
    t.integer('contact_id').nullable().references('id').inTable('supplier_contacts');
    /** email, phone, fax, other; null while not yet asked. */
    t.string('channel', 8).nullable();
    t.string('sent_on', 10).nullable();
    t.string('sent_to', 200).nullable();
    /** Declined to quote, with why. */
    t.string('declined', 200).nullable();
    t.unique(['rfq_id', 'supplier_id']);
  });
  /** One supplier's answer in one negotiation round (1, 2, …); every round is kept. */
  await knex.schema.createTable('rfq_answers', (t) => {
    t.increments('id');
    t.integer('rfq_supplier_id').notNullable().references('id').inTable('rfq_suppliers').index();
    t.integer('round').notNullable();
    t.string('answer_date', 10).notNullable();
    t.boolean('price_includes_tax').notNullable();
    t.string('payment_terms', 100).nullable();
    t.string('valid_until', 10).nullable();
    t.string('notes', 500).nullable();
    stamps(t);
    t.unique(['rfq_supplier_id', 'round']);
  });
  await knex.schema.createTable('rfq_answer_files', (t) => {
    t.increments('id');
    t.integer('answer_id').notNullable().references('id').inTable('rfq_answers').index();
    t.integer('attachment_id').notNullable().references('id').inTable('attachments');
  });
  await knex.schema.createTable('rfq_answer_lines', (t) => {
    t.increments('id');
    t.integer('answer_id').notNullable().references('id').inTable('rfq_answers').index();
    t.integer('rfq_item_id').notNullable().references('id').inTable('rfq_items').index();
    /** As the supplier quoted it, on the answer's tax basis. */
    t.string('unit_price', 20).notNullable();
    t.string('tax_rate', 8).notNullable();
    t.integer('lead_days').nullable();
    /** A quantity break: this price from this quantity on. */
    t.string('min_quantity', 20).nullable();
    t.string('model', 100).nullable();
    t.text('params').notNullable().defaultTo('[]');
    t.string('notes', 200).nullable();
  });
  /** The winner of an item, with why: its price flows to the quote's cost sheet and to the catalogue. */
  await knex.schema.createTable('rfq_choices', (t) => {
    t.increments('id');
    t.integer('rfq_item_id').notNullable().references('id').inTable('rfq_items').unique();
    t.integer('answer_line_id').notNullable().references('id').inTable('rfq_answer_lines');
    t.string('reason', 500).notNullable();
    t.integer('chosen_by').nullable().references('id').inTable('users');
    t.string('chosen_at', 30).notNullable();
  });

  // ── Purchase orders (采购订单) ──
  await knex.schema.createTable('purchase_orders', (t) => {
    t.increments('id');
    t.string('number', 30).notNullable().unique();
    t.integer('supplier_id').notNullable().references('id').inTable('suppliers').index();
    /** The supplier's name when the order was written (lists and search read it). */
    t.string('supplier_name', 100).notNullable();
    t.integer('contact_id').nullable().references('id').inTable('supplier_contacts');
    t.string('order_date', 10).notNullable();
    t.string('expected_date', 10).nullable();
    /** draft -> sent -> confirmed -> partial -> received -> closed; cancelled. */
    t.string('status', 12).notNullable();
    t.boolean('price_includes_tax').notNullable().defaultTo(true);
    t.string('payment_terms', 100).nullable();
    /**
     * Where the goods go: to_us (received here, then sent on by our own delivery note or moved internally), or
     * drop_ship (the supplier delivers straight to the customer of `ship_order_id`, whose signed receipt comes
     * back to us).
     */
    t.string('delivery_mode', 10).notNullable().defaultTo('to_us');
    t.integer('ship_order_id').nullable().references('id').inTable('sales_orders').index();
    t.string('delivery_address', 300).nullable();
    t.integer('rfq_id').nullable().references('id').inTable('rfqs').index();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    t.string('notes', 500).nullable();
    t.string('sent_on', 10).nullable();
    t.string('confirmed_on', 10).nullable();
    t.string('cancel_reason', 500).nullable();
    t.string('close_reason', 500).nullable();
    t.integer('print_count').notNullable().defaultTo(0);
    stamps(t);
    t.index(['order_date', 'id']);
    t.index(['status', 'expected_date']);
  });
  await knex.schema.createTable('purchase_order_lines', (t) => {
    t.increments('id');
    t.integer('po_id').notNullable().references('id').inTable('purchase_orders').index();
    t.integer('position').notNullable();
    goods(t);
    t.string('model', 100).nullable();
    t.string('quantity', 20).notNullable();
    t.string('unit_price', 20).notNullable();
    t.string('tax_rate', 8).notNullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    t.string('expected_date', 10).nullable();
    /** The RFQ answer it was bought on, when it was. */
    t.integer('rfq_answer_line_id').nullable().references('id').inTable('rfq_answer_lines');
    /** Why it buys more than the sales-order lines it serves still need (asked when it does). */
    t.string('over_reason', 500).nullable();
    t.string('notes', 200).nullable();
  });
  /**
   * Which sales-order lines a PO line serves, and how much for each: one PO line can serve several orders, one
   * order line can be bought from two suppliers. A PO line with none is a stock purchase.
   */
  await knex.schema.createTable('purchase_order_allocations', (t) => {
    t.increments('id');
    t.integer('po_line_id').notNullable().references('id').inTable('purchase_order_lines').index();
    t.integer('order_line_id').notNullable().references('id').inTable('sales_order_lines').index();
    t.string('quantity', 20).notNullable();
    t.unique(['po_line_id', 'order_line_id']);
  });

  // ── Goods receipt (签收入库), forwarding and internal transfers ──
  await knex.schema.createTable('goods_receipts', (t) => {
    t.increments('id');
    t.string('number', 30).notNullable().unique();
    t.integer('po_id').notNullable().references('id').inTable('purchase_orders').index();
    t.string('receipt_date', 10).notNullable();
    /** Who signed for the goods (ours, or the customer's on a drop-ship). */
    t.string('signer', 40).notNullable();
    /** Where they were signed for: our warehouse, or the customer's site on a drop-ship. */
    t.string('place', 10).notNullable().defaultTo('us');
    t.integer('attachment_id').nullable().references('id').inTable('attachments');
    t.string('notes', 500).nullable();
    /** posted; cancelled (with why). */
    t.string('status', 10).notNullable().defaultTo('posted');
    t.string('cancel_reason', 500).nullable();
    stamps(t);
    t.index(['receipt_date', 'id']);
  });
  await knex.schema.createTable('goods_receipt_lines', (t) => {
    t.increments('id');
    t.integer('receipt_id').notNullable().references('id').inTable('goods_receipts').index();
    t.integer('po_line_id').notNullable().references('id').inTable('purchase_order_lines').index();
    /** What arrived; of it, damaged and wrong goods are not accepted and stay owed by the supplier. */
    t.string('quantity', 20).notNullable();
    t.string('damaged', 20).notNullable().defaultTo('0');
    t.string('wrong', 20).notNullable().defaultTo('0');
    t.string('note', 200).nullable();
  });
  /** 内部流转: goods moved to a named place, with a transfer slip. */
  await knex.schema.createTable('internal_transfers', (t) => {
    t.increments('id');
    t.string('number', 30).notNullable().unique();
    t.string('date', 10).notNullable();
    t.string('from_place', 100).notNullable();
    t.string('to_place', 100).notNullable();
    t.string('received_by', 40).nullable();
    t.integer('goods_receipt_id').nullable().references('id').inTable('goods_receipts').index();
    t.string('notes', 500).nullable();
    t.integer('print_count').notNullable().defaultTo(0);
    stamps(t);
  });
  await knex.schema.createTable('internal_transfer_lines', (t) => {
    t.increments('id');
    t.integer('transfer_id').notNullable().references('id').inTable('internal_transfers').index();
    t.integer('position').notNullable();
    t.integer('po_line_id').nullable().references('id').inTable('purchase_order_lines');
    goods(t);
    t.string('quantity', 20).notNullable();
  });

  // ── Payables: supplier invoices and payments ──
  await knex.schema.createTable('supplier_invoices', (t) => {
    t.increments('id');
    t.integer('supplier_id').notNullable().references('id').inTable('suppliers').index();
    /** As on customer invoices: digital_special, digital_normal, paper_special, paper_normal. */
    t.string('type', 16).notNullable();
    t.string('code', 12).notNullable().defaultTo('');
    t.string('number', 20).notNullable();
    t.string('issue_date', 10).notNullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('gross_fen').notNullable();
    /** Gross less live payment allocations, kept in the same transaction as each of them. */
    t.bigInteger('open_fen').notNullable();
    t.string('settled_on', 10).nullable();
    t.string('due_date', 10).notNullable();
    t.integer('attachment_id').nullable().references('id').inTable('attachments');
    t.string('notes', 500).nullable();
    stamps(t);
    t.unique(['supplier_id', 'code', 'number']);
    t.index(['supplier_id', 'due_date']);
  });
  /** Which purchase orders a supplier invoice bills, and for how much of it. */
  await knex.schema.createTable('supplier_invoice_orders', (t) => {
    t.increments('id');
    t.integer('invoice_id').notNullable().references('id').inTable('supplier_invoices').index();
    t.integer('po_id').notNullable().references('id').inTable('purchase_orders').index();
    t.bigInteger('amount_fen').notNullable();
    t.unique(['invoice_id', 'po_id']);
  });
  await knex.schema.createTable('supplier_payments', (t) => {
    t.increments('id');
    t.string('number', 30).notNullable().unique();
    t.integer('supplier_id').notNullable().references('id').inTable('suppliers').index();
    t.string('pay_date', 10).notNullable();
    t.bigInteger('amount_fen').notNullable();
    /** transfer, cash, acceptance_bill (one of ours endorsed on), other. */
    t.string('method', 16).notNullable();
    t.string('reference', 60).nullable();
    t.integer('bill_id').nullable().references('id').inTable('acceptance_bills');
    /** Amount less live allocations. */
    t.bigInteger('unapplied_fen').notNullable();
    /** posted; cancelled (with why). */
    t.string('status', 10).notNullable().defaultTo('posted');
    t.string('cancel_reason', 500).nullable();
    t.string('notes', 500).nullable();
    stamps(t);
    t.index(['supplier_id', 'pay_date']);
  });
  await knex.schema.createTable('supplier_payment_allocations', (t) => {
    t.increments('id');
    t.integer('payment_id').notNullable().references('id').inTable('supplier_payments').index();
    t.integer('invoice_id').notNullable().references('id').inTable('supplier_invoices').index();
    t.bigInteger('amount_fen').notNullable();
    t.string('created_at', 30).notNullable();
  });

  // ── Price history per supplier and product (last, as it refers to answers and PO lines) ──
  await knex.schema.createTable('supplier_prices', (t) => {
    t.increments('id');
    t.integer('supplier_id').notNullable().references('id').inTable('suppliers');
    t.integer('product_id').notNullable().references('id').inTable('products');
    t.string('price_date', 10).notNullable();
    t.string('unit_price', 20).notNullable();
    t.boolean('price_includes_tax').notNullable();
    t.string('tax_rate', 8).notNullable();
    t.string('min_quantity', 20).nullable();
    t.integer('lead_days').nullable();
    /** rfq (an answer), po (a purchase order) or manual (typed into the catalogue). */
    t.string('source', 8).notNullable();
    t.integer('rfq_answer_line_id').nullable().references('id').inTable('rfq_answer_lines');
    t.integer('po_line_id').nullable().references('id').inTable('purchase_order_lines');
    t.integer('created_by').nullable().references('id').inTable('users');
    t.string('created_at', 30).notNullable();
    t.index(['product_id', 'price_date', 'id']);
    t.index(['supplier_id', 'product_id', 'price_date']);
  });

  // A note brought to the customer by the supplier (drop-ship) names the purchase order it came with.
  await knex.schema.alterTable('delivery_notes', (t) => {
    t.integer('purchase_order_id').nullable();
  });

  if (isSqlite(knex)) for (const [table, columns] of Object.entries(SEARCHED)) await trigramIndex(knex, table, columns);
}

export async function down(knex: Knex): Promise<void> {
  // The tables first: their search triggers go with them (a trigger left pointing at a dropped index breaks DDL).
  for (const table of [
    'supplier_prices',
    'supplier_payment_allocations',
    'supplier_payments',
    'supplier_invoice_orders',
    'supplier_invoices',
    'internal_transfer_lines',
    'internal_transfers',
    'goods_receipt_lines',
    'goods_receipts',
    'purchase_order_allocations',
    'purchase_order_lines',
    'purchase_orders',
    'rfq_choices',
    'rfq_answer_lines',
    'rfq_answer_files',
    'rfq_answers',
    'rfq_suppliers',
    'rfq_items',
    'rfqs',
    'supplier_product_files',
    'supplier_products',
  ])
    await knex.schema.dropTableIfExists(table);
  if (isSqlite(knex)) for (const table of Object.keys(SEARCHED)) await knex.raw(`DROP TABLE IF EXISTS ${table}_fts`);
  // Raw SQL, not knex's dropColumn: on SQLite that rebuilds the table inside the migration's transaction (knex#6213).
  await knex.raw('ALTER TABLE delivery_notes DROP COLUMN purchase_order_id');
}
