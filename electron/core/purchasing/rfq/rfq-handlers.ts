import type { Knex } from 'knex';
import type { In } from '../../../shared/contracts';
import { translate } from '../../../shared/i18n/translate';
import type { RFQ_SORTABLE, RfqDetail } from '../../../shared/purchasing/rfq/contract';
import type { FieldError } from '../../../shared/rpc/envelope';
import { pageQuery } from '../../db/list-query';
import { updateAtLockVersion } from '../../db/lock-version';
import { nowIso } from '../../db/rows';
import { nextNumber } from '../../numbering/numbering';
import { AppError } from '../../rpc/errors';
import type { HandlerContext, HandlerMap } from '../../rpc/handler';
import { documentMatchIds } from '../../search/document-search';
import { matchingIds } from '../../search/search-index';
import { itemsFromOrder, itemsFromQuote, typedItems, writeItems, type ItemColumns } from './rfq-items';
import { expectRfqStatus, getRfq, rfqQuery, toRfqRows, type RfqDbRow } from './rfq-store';

type Channel =
  | 'purchasing.rfq.list'
  | 'purchasing.rfq.get'
  | 'purchasing.rfq.create'
  | 'purchasing.rfq.update'
  | 'purchasing.rfq.addSupplier'
  | 'purchasing.rfq.removeSupplier'
  | 'purchasing.rfq.logAsked'
  | 'purchasing.rfq.answer'
  | 'purchasing.rfq.decline'
  | 'purchasing.rfq.cancel';

const SORT_COLUMNS: Record<(typeof RFQ_SORTABLE)[number], string> = {
  number: 'rfqs.number',
  date: 'rfqs.date',
  status: 'rfqs.status',
  title: 'rfqs.title',
};

const refuse = (path: string, message: string, vars: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', message, vars, [{ path, message }]);

function listBase(db: Knex | Knex.Transaction, f: In<'purchasing.rfq.list'>['filters'] = {}): Knex.QueryBuilder {
  const base = db('rfqs');
  if (f.status) base.where('rfqs.status', f.status);
  if (f.quoteId) base.where('rfqs.quote_id', f.quoteId);
  if (f.orderId) base.where('rfqs.order_id', f.orderId);
  if (f.dateFrom) base.where('rfqs.date', '>=', f.dateFrom);
  if (f.dateTo) base.where('rfqs.date', '<=', f.dateTo);
  if (f.supplierId) base.whereIn('rfqs.id', db('rfq_suppliers').select('rfq_id').where('supplier_id', f.supplierId));
  return base;
}

/** Found by number or title, by a supplier asked, or by an item's product. */
function rfqSearch(db: Knex | Knex.Transaction, q: string): Knex.QueryBuilder {
  return documentMatchIds(db, 'rfqs', q, {
    also: [
      [
        'id',
        db('rfq_suppliers')
          .select('rfq_id')
          .whereIn('supplier_id', matchingIds(db, 'suppliers', q)),
      ],
      [
        'id',
        db('rfq_items')
          .select('rfq_id')
          .whereIn('product_id', matchingIds(db, 'products', q)),
      ],
    ],
  });
}

async function checkSuppliers(trx: Knex.Transaction, ids: number[], path: string): Promise<void> {
  if (!ids.length) return;
  const found = new Set((await trx('suppliers').whereIn('id', ids).pluck('id')) as number[]);
  const missing = ids.findIndex((s) => !found.has(s));
  if (missing >= 0) throw refuse(ids.length > 1 ? `${path}.${missing}` : path, 'rfqMsg.errors.noSupplier');
}

/** The RFQ's row for one supplier asked, or a refusal naming the supplier field. */
async function askedRow(trx: Knex.Transaction, rfqId: number, supplierId: number) {
  const row = (await trx('rfq_suppliers').where({ rfq_id: rfqId, supplier_id: supplierId }).first()) as
    { id: number; channel: string | null; declined: string | null } | undefined;
  if (!row) throw refuse('supplierId', 'rfqMsg.errors.notOnRfq');
  return row;
}

/** One write to an RFQ: checked against its status, changed, moved on a lock version, audited before and after. */
async function changeRfq(
  ctx: HandlerContext,
  id: number,
  action: string,
  allowed: RfqDetail['status'][],
  change: (trx: Knex.Transaction, before: RfqDetail) => Promise<Record<string, unknown> | void>,
): Promise<RfqDetail> {
  const trx = ctx.tx();
  const before = await getRfq(trx, id);
  expectRfqStatus(ctx.locale, before, allowed, action);
  const what = await change(trx, before);
  await trx('rfqs').where({ id }).increment('lock_version', 1).update({ updated_at: nowIso() });
  const after = await getRfq(trx, id);
  await ctx.audit({
    entity: 'rfq',
    entityId: id,
    action,
    before: { status: before.status, ...(action === 'update' ? { items: before.rfqItems } : {}) },
    after: { status: after.status, ...(what ?? {}), ...(action === 'update' ? { items: after.rfqItems } : {}) },
  });
  return after;
}

/** The first ask moves a draft to sent. */
async function markSent(trx: Knex.Transaction, rfq: RfqDetail): Promise<void> {
  if (!rfq.rfqItems.length) throw new AppError('CONFLICT', 'rfqMsg.errors.noItems', { number: rfq.number });
  if (rfq.status === 'draft') await trx('rfqs').where({ id: rfq.id }).update({ status: 'sent' });
}

export async function recordAsked(
  trx: Knex.Transaction,
  rfq: RfqDetail,
  supplierId: number,
  how: { channel: string; sentOn: string; sentTo: string | null },
): Promise<void> {
  await askedRow(trx, rfq.id, supplierId);
  await trx('rfq_suppliers')
    .where({ rfq_id: rfq.id, supplier_id: supplierId })
    .update({ channel: how.channel, sent_on: how.sentOn, sent_to: how.sentTo });
  await markSent(trx, rfq);
}

async function createRfq(d: In<'purchasing.rfq.create'>, ctx: HandlerContext): Promise<RfqDetail> {
  const trx = ctx.tx();
  let items: ItemColumns[];
  let title = d.title ?? null;
  if (d.origin === 'quote') {
    if (!d.quoteId) throw refuse('quoteId', 'rfqMsg.errors.quoteNeeded');
    const quote = (await trx('quotes')
      .join('customers', 'customers.id', 'quotes.customer_id')
      .where('quotes.id', d.quoteId)
      .first('quotes.number', 'quotes.version', 'quotes.project', 'customers.name as customer')) as
      { number: string; version: number; project: string | null; customer: string } | undefined;
    if (!quote) throw refuse('quoteId', 'rfqMsg.errors.quoteNeeded');
    items = await itemsFromQuote(trx, d.quoteId, d.costLineIds ?? []);
    title ??= translate(ctx.locale, 'rfqMsg.titleFromQuote', {
      number: `${quote.number} V${quote.version}`,
      what: quote.project ?? quote.customer,
    });
  } else if (d.origin === 'order') {
    if (!d.orderId) throw refuse('orderId', 'rfqMsg.errors.orderNeeded');
    const order = (await trx('sales_orders')
      .join('customers', 'customers.id', 'sales_orders.customer_id')
      .where('sales_orders.id', d.orderId)
      .first('sales_orders.number', 'customers.name as customer')) as { number: string; customer: string } | undefined;
    if (!order) throw refuse('orderId', 'rfqMsg.errors.orderNeeded');
    items = await itemsFromOrder(trx, d.orderId, d.orderLineIds ?? []);
    title ??= translate(ctx.locale, 'rfqMsg.titleFromOrder', { number: order.number, what: order.customer });
  } else {
    if (!d.items?.length) throw refuse('items', 'rfqMsg.errors.noItemsTyped');
    items = await typedItems(trx, d.items, { quoteId: null, orderId: null });
    title ??= d.items[0]!.name;
  }
  const supplierIds = [...new Set(d.supplierIds ?? [])];
  await checkSuppliers(trx, supplierIds, 'supplierIds');
  const number = await nextNumber(trx, 'rfq');
  const now = nowIso();
  const [row] = (await trx('rfqs')
    .insert({
      number,
      date: d.date,
      title: title.slice(0, 100),
      status: 'draft',
      origin: d.origin,
      quote_id: d.origin === 'quote' ? d.quoteId : null,
      order_id: d.origin === 'order' ? d.orderId : null,
      reply_by: d.replyBy ?? null,
      notes: d.notes ?? null,
      lock_version: 1,
      created_by: ctx.user?.id ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  const id = row!.id;
  await writeItems(trx, id, items);
  if (supplierIds.length) await trx('rfq_suppliers').insert(supplierIds.map((s) => ({ rfq_id: id, supplier_id: s })));
  const after = await getRfq(trx, id);
  await ctx.audit({ entity: 'rfq', entityId: id, action: 'create', after });
  return after;
}

type AnswerInput = In<'purchasing.rfq.answer'>;

/** An answer's lines checked against the RFQ's items and its files against the attachments, beside each field. */
async function checkAnswer(trx: Knex.Transaction, rfq: RfqDetail, a: AnswerInput): Promise<void> {
  const fields: FieldError[] = [];
  const items = new Set(rfq.rfqItems.map((i) => i.id));
  const seen = new Set<number>();
  a.lines.forEach((l, i) => {
    if (!items.has(l.itemId)) fields.push({ path: `lines.${i}.itemId`, message: 'rfqMsg.errors.itemOther' });
    else if (seen.has(l.itemId)) fields.push({ path: `lines.${i}.itemId`, message: 'rfqMsg.errors.itemTwice' });
    seen.add(l.itemId);
  });
  const files = a.attachmentIds ?? [];
  if (files.length) {
    const found = new Set((await trx('attachments').whereIn('id', files).pluck('id')) as number[]);
    files.forEach((f, i) => {
      if (!found.has(f)) fields.push({ path: `attachmentIds.${i}`, message: 'rfqMsg.errors.noFile' });
    });
  }
  if (!fields.length && !a.lines.some((l) => l.unitPrice !== null))
    fields.push({ path: 'lines.0.unitPrice', message: 'rfqMsg.errors.noPrices' });
  if (fields.length) throw new AppError('VALIDATION', fields[0]!.message, {}, fields);
}

/** The lines the supplier priced this round: a row left without a price is not answered. */
const pricedLines = (a: AnswerInput) =>
  a.lines.flatMap((l) => (l.unitPrice === null ? [] : [{ ...l, unitPrice: l.unitPrice }]));

export const rfqHandlers: HandlerMap<Channel> = {
  'purchasing.rfq.list': async (input, { db }) =>
    pageQuery(
      listBase(db, input.filters),
      input,
      {
        sortColumns: SORT_COLUMNS,
        defaultSort: { column: 'rfqs.date', dir: 'desc' },
        idColumn: 'rfqs.id',
        search: (q) => rfqSearch(db, q),
        read: rfqQuery(db),
      },
      (r: RfqDbRow) => r,
    ).then(async (page) => ({ ...page, rows: await toRfqRows(db, page.rows) })),
  'purchasing.rfq.get': async ({ id }, { db }) => getRfq(db, id),
  'purchasing.rfq.create': createRfq,
  'purchasing.rfq.update': async ({ id, lockVersion, data }, ctx) =>
    changeRfq(ctx, id, 'update', ['draft'], async (trx, before) => {
      const row = (await trx('rfqs').where({ id }).first('quote_id', 'order_id')) as {
        quote_id: number | null;
        order_id: number | null;
      };
      const items = await typedItems(trx, data.items, { quoteId: row.quote_id, orderId: row.order_id });
      await updateAtLockVersion(trx, 'rfqs', 'rfq', id, lockVersion, {
        title: data.title ?? before.title,
        date: data.date,
        reply_by: data.replyBy ?? null,
        notes: data.notes ?? null,
      });
      await writeItems(trx, id, items);
      return { title: data.title ?? before.title, date: data.date, replyBy: data.replyBy ?? null };
    }),
  'purchasing.rfq.addSupplier': async ({ id, supplierId }, ctx) =>
    changeRfq(ctx, id, 'addSupplier', ['draft', 'sent'], async (trx) => {
      await checkSuppliers(trx, [supplierId], 'supplierId');
      if (await trx('rfq_suppliers').where({ rfq_id: id, supplier_id: supplierId }).first('id'))
        throw refuse('supplierId', 'rfqMsg.errors.alreadyOnRfq');
      await trx('rfq_suppliers').insert({ rfq_id: id, supplier_id: supplierId });
      return { supplierId };
    }),
  'purchasing.rfq.removeSupplier': async ({ id, supplierId }, ctx) =>
    changeRfq(ctx, id, 'removeSupplier', ['draft', 'sent'], async (trx) => {
      const row = await askedRow(trx, id, supplierId);
      // Once asked, the supplier stays on file: a supplier who will not quote is marked declined instead.
      if (row.channel) throw refuse('supplierId', 'rfqMsg.errors.alreadyAsked');
      await trx('rfq_suppliers').where({ id: row.id }).delete();
      return { supplierId };
    }),
  'purchasing.rfq.logAsked': async ({ id, supplierId, channel, sentOn, sentTo }, ctx) =>
    changeRfq(ctx, id, 'ask', ['draft', 'sent'], async (trx, rfq) => {
      await recordAsked(trx, rfq, supplierId, { channel, sentOn, sentTo: sentTo ?? null });
      return { supplierId, channel, sentOn, sentTo: sentTo ?? null };
    }),
  'purchasing.rfq.answer': async (a, ctx) =>
    changeRfq(ctx, a.id, 'answer', ['sent', 'decided'], async (trx, rfq) => {
      const asked = await askedRow(trx, a.id, a.supplierId);
      if (!asked.channel) throw refuse('supplierId', 'rfqMsg.errors.notAsked');
      await checkAnswer(trx, rfq, a);
      const lines = pricedLines(a);
      const last = (await trx('rfq_answers').where({ rfq_supplier_id: asked.id }).max({ round: 'round' }).first()) as
        { round: number | null } | undefined;
      const round = (last?.round ?? 0) + 1;
      const now = nowIso();
      const [answer] = (await trx('rfq_answers')
        .insert({
          rfq_supplier_id: asked.id,
          round,
          answer_date: a.answerDate,
          price_includes_tax: a.priceIncludesTax,
          payment_terms: a.paymentTerms ?? null,
          valid_until: a.validUntil ?? null,
          notes: a.notes ?? null,
          lock_version: 1,
          created_by: ctx.user?.id ?? null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')) as { id: number }[];
      await trx('rfq_answer_lines').insert(
        lines.map((l) => ({
          answer_id: answer!.id,
          rfq_item_id: l.itemId,
          unit_price: l.unitPrice,
          tax_rate: l.taxRate ?? '0.13',
          lead_days: l.leadDays ?? null,
          min_quantity: l.minQuantity ?? null,
          model: l.model ?? null,
          params: JSON.stringify(l.params ?? []),
          notes: l.notes ?? null,
        })),
      );
      if (a.attachmentIds?.length)
        await trx('rfq_answer_files').insert(a.attachmentIds.map((f) => ({ answer_id: answer!.id, attachment_id: f })));
      // A supplier who answers after all is no longer declined.
      if (asked.declined) await trx('rfq_suppliers').where({ id: asked.id }).update({ declined: null });
      return {
        supplierId: a.supplierId,
        round,
        priceIncludesTax: a.priceIncludesTax,
        lines: lines.map((l) => ({ itemId: l.itemId, unitPrice: l.unitPrice, taxRate: l.taxRate })),
      };
    }),
  'purchasing.rfq.decline': async ({ id, supplierId, reason }, ctx) =>
    changeRfq(ctx, id, 'decline', ['draft', 'sent', 'decided'], async (trx) => {
      const row = await askedRow(trx, id, supplierId);
      await trx('rfq_suppliers').where({ id: row.id }).update({ declined: reason });
      return { supplierId, reason };
    }),
  'purchasing.rfq.cancel': async ({ id, reason }, ctx) =>
    changeRfq(ctx, id, 'cancel', ['draft', 'sent'], async (trx) => {
      await trx('rfqs').where({ id }).update({ status: 'cancelled' });
      return { reason };
    }),
};
