import type { Knex } from 'knex';

/** Same columns as every other document table: optimistic lock, author, ISO timestamps. */
function stamps(t: Knex.CreateTableBuilder): void {
  t.integer('lock_version').notNullable().defaultTo(1);
  t.integer('created_by').nullable().references('id').inTable('users');
  t.string('created_at', 30).notNullable();
  t.string('updated_at', 30).notNullable();
}

/**
 * 投标: tenders we answer (the register: lots, deadlines, bid bond, the documents the tender asks for in its order,
 * result and competitors' prices), the 资料库 of certificates, authorisations and past cases with their files, and
 * bid packages (投标文件): sections in the tender's order, the 分项报价表 lines the 开标一览表 derives from, deviation
 * tables with answers kept per product for the next bid, and templates to start the next package from.
 *
 * Conventions: quantities and unit prices exact decimal text, money integer fen, dates 'YYYY-MM-DD', deadlines
 * 'YYYY-MM-DD HH:mm' (Beijing wall-clock, as the tender prints it).
 */
export async function up(knex: Knex): Promise<void> {
  // ── Tenders (招标项目) ──
  await knex.schema.createTable('tenders', (t) => {
    t.increments('id');
    t.string('project_name', 200).notNullable();
    /** 招标编号 as the tender prints it. */
    t.string('tender_no', 60).nullable().index();
    /** 采购人: a customer of ours when we know them, else as the notice names them. */
    t.integer('customer_id').nullable().references('id').inTable('customers').index();
    t.string('purchaser_name', 200).notNullable();
    /** 招标代理机构 and the person there. */
    t.string('agent_name', 200).nullable();
    t.string('agent_contact', 100).nullable();
    /** comprehensive (综合评分法), lowest_price (最低评标价法), other (as written in method_note). */
    t.string('evaluation_method', 16).notNullable().defaultTo('comprehensive');
    t.string('method_note', 200).nullable();
    t.integer('originals').notNullable().defaultTo(1);
    t.integer('copies').notNullable().defaultTo(2);
    /** 澄清/提问截止, 投标截止 and 开标时间. */
    t.string('questions_deadline', 16).nullable();
    t.string('submission_deadline', 16).nullable().index();
    t.string('opening_at', 16).nullable();
    t.string('opening_place', 200).nullable();
    /** How many days before a deadline it shows on the home page as due. */
    t.integer('remind_days').notNullable().defaultTo(3);
    /** preparing, submitted, won, lost, abandoned. */
    t.string('status', 12).notNullable().defaultTo('preparing').index();
    /** The result once known: who won, at what price (the whole tender; per lot in tender_lots). */
    t.string('winning_bidder', 200).nullable();
    t.bigInteger('winning_price_fen').nullable();
    t.string('result_note', 500).nullable();
    /** The quote the bid is priced from, if any. */
    t.integer('quote_id').nullable().references('id').inTable('quotes');
    t.string('notes', 1000).nullable();
    stamps(t);
  });
  /** 标段/包. A tender without lots has none; its package then answers the whole tender. */
  await knex.schema.createTable('tender_lots', (t) => {
    t.increments('id');
    t.integer('tender_id').notNullable().references('id').inTable('tenders').index();
    t.integer('position').notNullable();
    t.string('lot_no', 20).notNullable();
    t.string('name', 200).notNullable();
    t.bigInteger('budget_fen').nullable();
    t.boolean('we_bid').notNullable().defaultTo(true);
    /** won, lost, or null while open. */
    t.string('result', 8).nullable();
    t.string('winning_bidder', 200).nullable();
    t.bigInteger('winning_price_fen').nullable();
    t.unique(['tender_id', 'lot_no']);
  });
  /** Prices read out at the opening (唱标), ours included when we like to compare. */
  await knex.schema.createTable('tender_competitor_prices', (t) => {
    t.increments('id');
    t.integer('tender_id').notNullable().references('id').inTable('tenders').index();
    t.integer('lot_id').nullable().references('id').inTable('tender_lots');
    t.string('competitor', 200).notNullable();
    t.bigInteger('price_fen').notNullable();
    t.string('note', 200).nullable();
  });
  /** 投标保证金: paid by transfer, guarantee letter (保函), insurance (保证保险), cash or cheque; refunded later. */
  await knex.schema.createTable('bid_bonds', (t) => {
    t.increments('id');
    t.integer('tender_id').notNullable().references('id').inTable('tenders').index();
    t.integer('lot_id').nullable().references('id').inTable('tender_lots');
    t.bigInteger('amount_fen').notNullable();
    /** transfer, guarantee, insurance, cash, cheque. */
    t.string('method', 12).notNullable();
    t.string('payee', 200).nullable();
    t.string('due_on', 10).nullable();
    t.string('paid_on', 10).nullable();
    t.string('refunded_on', 10).nullable().index();
    t.string('notes', 500).nullable();
    stamps(t);
  });
  /** What the tender asks the package to hold, in the order it prescribes (资格审查/符合性审查 lists). */
  await knex.schema.createTable('tender_required_docs', (t) => {
    t.increments('id');
    t.integer('tender_id').notNullable().references('id').inTable('tenders').index();
    t.integer('position').notNullable();
    t.string('title', 200).notNullable();
    /** Must it be there for the bid to be valid (★/实质性要求), or only scored. */
    t.boolean('mandatory').notNullable().defaultTo(true);
    t.string('note', 200).nullable();
  });

  // ── Library (资料库) ──
  await knex.schema.createTable('library_items', (t) => {
    t.increments('id');
    /** licence, qualification, iso, authorisation, test_report, case, picture, video, other. */
    t.string('kind', 16).notNullable().index();
    t.string('title', 200).notNullable();
    t.string('issuer', 200).nullable();
    /** 证书编号 / 报告编号 / 合同编号. */
    t.string('number', 100).nullable();
    t.string('valid_from', 10).nullable();
    /** Null: long-term (长期有效). */
    t.string('valid_to', 10).nullable().index();
    /** For makers' authorisations: the brand, and the tender it was issued for when it is per tender. */
    t.string('brand', 100).nullable();
    t.integer('tender_id').nullable().references('id').inTable('tenders');
    /** For past contracts (工程案例): the customer, the amount and when it was signed / accepted. */
    t.string('case_customer', 200).nullable();
    t.bigInteger('case_amount_fen').nullable();
    t.string('case_date', 10).nullable();
    /** Tags as the user types them, kept '|'-delimited ('|ISO|质量|') so one LIKE finds a whole tag. */
    t.string('tags', 500).notNullable().defaultTo('');
    t.string('notes', 1000).nullable();
    t.boolean('active').notNullable().defaultTo(true);
    stamps(t);
  });
  /** The scans, PDFs, photos and videos of an item, in order; role main (the certificate itself) or photo. */
  await knex.schema.createTable('library_item_files', (t) => {
    t.increments('id');
    t.integer('item_id').notNullable().references('id').inTable('library_items').index();
    t.integer('attachment_id').notNullable().references('id').inTable('attachments');
    t.integer('position').notNullable();
    t.string('role', 8).notNullable().defaultTo('main');
    /** A small PNG for lists (first page of a PDF, scaled photo), when one was made. */
    t.integer('thumbnail_attachment_id').nullable().references('id').inTable('attachments');
    t.string('created_at', 30).notNullable();
  });

  // ── Bid packages (投标文件) ──
  await knex.schema.createTable('bid_packages', (t) => {
    t.increments('id');
    t.integer('tender_id').notNullable().references('id').inTable('tenders').index();
    t.integer('lot_id').nullable().references('id').inTable('tender_lots');
    t.string('title', 200).notNullable();
    /** draft, final (sealed for printing: no more edits), submitted. */
    t.string('status', 12).notNullable().defaultTo('draft');
    /** Printed on the cover and the letters. */
    t.string('bidder_name', 200).notNullable();
    t.string('legal_rep', 40).nullable();
    t.string('legal_rep_title', 40).nullable();
    t.string('legal_rep_id_no', 20).nullable();
    t.string('authorised_person', 40).nullable();
    t.string('authorised_title', 40).nullable();
    t.string('authorised_id_no', 20).nullable();
    /** 投标有效期 in days, 交货期 and 质保期 as the letter states them. */
    t.integer('validity_days').notNullable().defaultTo(90);
    t.string('delivery_period', 100).nullable();
    t.string('warranty', 100).nullable();
    /** Prices include tax (含税) unless said otherwise; the rate the 分项报价表 states. */
    t.string('tax_rate', 6).notNullable().defaultTo('0.13');
    t.string('bid_date', 10).nullable();
    /** Faint diagonal text on every page, e.g. 仅供XX项目投标使用. */
    t.string('watermark', 60).nullable();
    t.integer('quote_id').nullable().references('id').inTable('quotes');
    stamps(t);
  });
  /**
   * One part of the package in the tender's order: generated from data (generator names which), text written by the
   * assistant (body_html), or library items and uploaded files (bid_section_items). Each part may be left out of
   * the original or of the copies.
   */
  await knex.schema.createTable('bid_sections', (t) => {
    t.increments('id');
    t.integer('package_id').notNullable().references('id').inTable('bid_packages').index();
    t.integer('position').notNullable();
    /** generated, text, attachments. */
    t.string('kind', 12).notNullable();
    /**
     * For generated parts: cover, toc, bid_letter, legal_rep_id, authorisation, opening_summary, price_breakdown,
     * tech_deviation, commercial_deviation, past_contracts, after_sales.
     */
    t.string('generator', 24).nullable();
    t.string('title', 200).notNullable();
    /** The text of a written part, or the editable wording of a generated letter (投标函, 售后服务承诺). */
    t.text('body_html').nullable();
    t.boolean('in_original').notNullable().defaultTo(true);
    t.boolean('in_copies').notNullable().defaultTo(true);
    /** The required document of the tender this part answers, for the checklist. */
    t.integer('required_doc_id').nullable().references('id').inTable('tender_required_docs');
  });
  /** The library items (or a plain uploaded file) merged into an attachments part, in order. */
  await knex.schema.createTable('bid_section_items', (t) => {
    t.increments('id');
    t.integer('section_id').notNullable().references('id').inTable('bid_sections').index();
    t.integer('position').notNullable();
    t.integer('library_item_id').nullable().references('id').inTable('library_items');
    t.integer('attachment_id').nullable().references('id').inTable('attachments');
  });
  /** 分项报价表: the one source of the bid's prices; the 开标一览表 and every 大写 derive from these lines. */
  await knex.schema.createTable('bid_price_lines', (t) => {
    t.increments('id');
    t.integer('package_id').notNullable().references('id').inTable('bid_packages').index();
    t.integer('position').notNullable();
    t.integer('product_id').nullable().references('id').inTable('products');
    t.integer('quote_line_id').nullable();
    t.string('name', 100).notNullable();
    t.string('brand', 60).nullable();
    t.string('model', 100).nullable();
    /** 产地/制造商. */
    t.string('maker', 100).nullable();
    t.string('unit', 10).notNullable();
    t.string('quantity', 24).notNullable();
    t.string('unit_price', 24).notNullable();
    t.bigInteger('amount_fen').notNullable();
    t.string('note', 200).nullable();
  });
  /** 技术偏离表 / 商务偏离表 lines. */
  await knex.schema.createTable('bid_deviations', (t) => {
    t.increments('id');
    t.integer('package_id').notNullable().references('id').inTable('bid_packages').index();
    /** technical, commercial. */
    t.string('sheet', 12).notNullable();
    t.integer('position').notNullable();
    t.integer('product_id').nullable().references('id').inTable('products');
    t.string('clause', 40).nullable();
    t.string('requirement', 1000).notNullable();
    t.string('response', 1000).notNullable();
    /** positive (正偏离), negative (负偏离), none (无偏离). */
    t.string('deviation', 8).notNullable().defaultTo('none');
    t.string('note', 200).nullable();
  });
  /** Answers kept per product (and per requirement) so the next bid for the same product starts from them. */
  await knex.schema.createTable('bid_deviation_answers', (t) => {
    t.increments('id');
    t.integer('product_id').notNullable().references('id').inTable('products').index();
    t.string('sheet', 12).notNullable();
    t.string('requirement', 1000).notNullable();
    t.string('response', 1000).notNullable();
    t.string('deviation', 8).notNullable();
    t.string('note', 200).nullable();
    t.string('updated_at', 30).notNullable();
  });
  /** A package's structure and texts saved to start the next bid from (JSON of sections, no prices). */
  await knex.schema.createTable('bid_templates', (t) => {
    t.increments('id');
    t.string('name', 100).notNullable().unique();
    t.text('sections').notNullable();
    t.string('notes', 500).nullable();
    stamps(t);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'bid_templates',
    'bid_deviation_answers',
    'bid_deviations',
    'bid_price_lines',
    'bid_section_items',
    'bid_sections',
    'bid_packages',
    'library_item_files',
    'library_items',
    'tender_required_docs',
    'bid_bonds',
    'tender_competitor_prices',
    'tender_lots',
    'tenders',
  ])
    await knex.schema.dropTable(table);
}
