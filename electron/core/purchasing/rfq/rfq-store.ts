import type { Knex } from 'knex';
import type { TaxRate } from '../../../shared/money';
import type { Param } from '../../../shared/purchasing/catalogue/contract';
import type { PoStatus } from '../../../shared/purchasing/orders/contract';
import type { RfqDetail, RfqRow, RfqStatus } from '../../../shared/purchasing/rfq/contract';
import { translate } from '../../../shared/i18n/translate';
import type { Locale } from '../../../shared/rpc/envelope';
import { bool, int } from '../../db/rows';
import { AppError, notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface RfqDbRow {
  id: number;
  number: string;
  date: string;
  title: string;
  status: RfqStatus;
  origin: 'quote' | 'order' | 'free';
  quote_id: number | null;
  quote_number: string | null;
  order_id: number | null;
  order_number: string | null;
  reply_by: string | null;
  notes: string | null;
  lock_version: number;
  updated_at: string;
}

export interface ItemDbRow {
  id: number;
  rfq_id: number;
  position: number;
  product_id: number | null;
  name: string;
  spec: string | null;
  unit: string;
  quantity: string;
  params: string;
  notes: string | null;
  quote_cost_line_id: number | null;
  order_line_id: number | null;
}

export interface AnswerLineDbRow {
  id: number;
  answer_id: number;
  rfq_item_id: number;
  unit_price: string;
  tax_rate: TaxRate;
  lead_days: number | null;
  min_quantity: string | null;
  model: string | null;
  params: string;
  notes: string | null;
}

export const readParams = (json: string): Param[] => JSON.parse(json) as Param[];

/** The header with the numbers of the quote or order it came from. */
export function rfqQuery(db: Db): Knex.QueryBuilder {
  return db('rfqs')
    .leftJoin('quotes', 'quotes.id', 'rfqs.quote_id')
    .leftJoin('sales_orders', 'sales_orders.id', 'rfqs.order_id')
    .select('rfqs.*', 'quotes.number as quote_number', 'sales_orders.number as order_number');
}

/** List rows: item counts, the suppliers asked and how many answered, read for the page's RFQs at once. */
export async function toRfqRows(db: Db, rows: RfqDbRow[]): Promise<RfqRow[]> {
  const ids = rows.map((r) => r.id);
  const items = ids.length
    ? ((await db('rfq_items').whereIn('rfq_id', ids).groupBy('rfq_id').select('rfq_id').count({ n: '*' })) as {
        rfq_id: number;
        n: number | string;
      }[])
    : [];
  const suppliers = ids.length
    ? ((await db('rfq_suppliers')
        .join('suppliers', 'suppliers.id', 'rfq_suppliers.supplier_id')
        .whereIn('rfq_suppliers.rfq_id', ids)
        .orderBy('rfq_suppliers.id')
        .select(
          'rfq_suppliers.rfq_id',
          'suppliers.name',
          db('rfq_answers').whereRaw('rfq_answers.rfq_supplier_id = rfq_suppliers.id').count('*').as('rounds'),
        )) as { rfq_id: number; name: string; rounds: number | string }[])
    : [];
  return rows.map((r) => {
    const mine = suppliers.filter((s) => s.rfq_id === r.id);
    return {
      id: r.id,
      number: r.number,
      date: r.date,
      title: r.title,
      status: r.status,
      origin: r.origin,
      quoteId: r.quote_id,
      quoteNumber: r.quote_number,
      orderId: r.order_id,
      orderNumber: r.order_number,
      replyBy: r.reply_by,
      items: Number(items.find((i) => i.rfq_id === r.id)?.n ?? 0),
      suppliers: mine.map((s) => s.name),
      answered: mine.filter((s) => Number(s.rounds) > 0).length,
      updatedAt: r.updated_at,
    };
  });
}

export async function readItems(db: Db, rfqId: number): Promise<ItemDbRow[]> {
  return (await db('rfq_items').where({ rfq_id: rfqId }).orderBy('position')) as ItemDbRow[];
}

export const toItemOut = (i: ItemDbRow) => ({
  id: i.id,
  position: i.position,
  productId: i.product_id,
  name: i.name,
  spec: i.spec,
  unit: i.unit,
  quantity: i.quantity,
  params: readParams(i.params),
  notes: i.notes,
  quoteCostLineId: i.quote_cost_line_id,
  orderLineId: i.order_line_id,
});

export async function getRfq(db: Db, id: number): Promise<RfqDetail> {
  const r = (await rfqQuery(db).where('rfqs.id', id).first()) as RfqDbRow | undefined;
  if (!r) throw notFound('rfq', id);
  const [row] = await toRfqRows(db, [r]);
  const items = await readItems(db, id);
  const asked = (await db('rfq_suppliers')
    .join('suppliers', 'suppliers.id', 'rfq_suppliers.supplier_id')
    .where('rfq_suppliers.rfq_id', id)
    .orderBy('rfq_suppliers.id')
    .select('rfq_suppliers.*', 'suppliers.name as supplier_name')) as {
    id: number;
    supplier_id: number;
    supplier_name: string;
    contact_id: number | null;
    channel: 'email' | null;
    sent_on: string | null;
    sent_to: string | null;
    declined: string | null;
  }[];
  const answers = asked.length
    ? ((await db('rfq_answers')
        .whereIn(
          'rfq_supplier_id',
          asked.map((s) => s.id),
        )
        .orderBy(['rfq_supplier_id', 'round'])) as {
        id: number;
        rfq_supplier_id: number;
        round: number;
        answer_date: string;
        price_includes_tax: number | boolean;
        payment_terms: string | null;
        valid_until: string | null;
        notes: string | null;
      }[])
    : [];
  const answerIds = answers.map((a) => a.id);
  const lines = answerIds.length
    ? ((await db('rfq_answer_lines').whereIn('answer_id', answerIds).orderBy('id')) as AnswerLineDbRow[])
    : [];
  const files = answerIds.length
    ? ((await db('rfq_answer_files')
        .join('attachments', 'attachments.id', 'rfq_answer_files.attachment_id')
        .whereIn('rfq_answer_files.answer_id', answerIds)
        .orderBy('rfq_answer_files.id')
        .select('rfq_answer_files.answer_id', 'attachments.id', 'attachments.filename', 'attachments.mime')) as {
        answer_id: number;
        id: number;
        filename: string;
        mime: string;
      }[])
    : [];
  const choices = (await db('rfq_choices')
    .join('rfq_items', 'rfq_items.id', 'rfq_choices.rfq_item_id')
    .join('rfq_answer_lines', 'rfq_answer_lines.id', 'rfq_choices.answer_line_id')
    .join('rfq_answers', 'rfq_answers.id', 'rfq_answer_lines.answer_id')
    .join('rfq_suppliers', 'rfq_suppliers.id', 'rfq_answers.rfq_supplier_id')
    .join('suppliers', 'suppliers.id', 'rfq_suppliers.supplier_id')
    .leftJoin('users', 'users.id', 'rfq_choices.chosen_by')
    .where('rfq_items.rfq_id', id)
    .orderBy('rfq_items.position')
    .select(
      'rfq_choices.*',
      'suppliers.id as supplier_id',
      'suppliers.name as supplier_name',
      'users.display_name as chosen_by_name',
    )) as {
    rfq_item_id: number;
    answer_line_id: number;
    reason: string;
    chosen_at: string;
    supplier_id: number;
    supplier_name: string;
    chosen_by_name: string | null;
  }[];
  const orders = (await db('purchase_orders')
    .where({ rfq_id: id })
    .orderBy('id')
    .select('id', 'number', 'supplier_name', 'status', 'gross_fen')) as {
    id: number;
    number: string;
    supplier_name: string;
    status: PoStatus;
    gross_fen: number | string;
  }[];
  return {
    ...row!,
    notes: r.notes,
    lockVersion: r.lock_version,
    rfqItems: items.map(toItemOut),
    rfqSuppliers: asked.map((s) => ({
      id: s.id,
      supplierId: s.supplier_id,
      supplierName: s.supplier_name,
      contactId: s.contact_id,
      channel: s.channel,
      sentOn: s.sent_on,
      sentTo: s.sent_to,
      declined: s.declined,
      answers: answers
        .filter((a) => a.rfq_supplier_id === s.id)
        .map((a) => ({
          id: a.id,
          round: a.round,
          answerDate: a.answer_date,
          priceIncludesTax: bool(a.price_includes_tax),
          paymentTerms: a.payment_terms,
          validUntil: a.valid_until,
          notes: a.notes,
          files: files
            .filter((f) => f.answer_id === a.id)
            .map((f) => ({ attachmentId: f.id, filename: f.filename, mime: f.mime })),
          lines: lines
            .filter((l) => l.answer_id === a.id)
            .map((l) => ({
              id: l.id,
              itemId: l.rfq_item_id,
              unitPrice: l.unit_price,
              taxRate: l.tax_rate,
              leadDays: l.lead_days,
              minQuantity: l.min_quantity,
              model: l.model,
              params: readParams(l.params),
              notes: l.notes,
            })),
        })),
    })),
    choices: choices.map((c) => ({
      itemId: c.rfq_item_id,
      answerLineId: c.answer_line_id,
      supplierId: c.supplier_id,
      supplierName: c.supplier_name,
      reason: c.reason,
      chosenBy: c.chosen_by_name,
      chosenAt: c.chosen_at,
    })),
    purchaseOrders: orders.map((o) => ({
      id: o.id,
      number: o.number,
      supplierName: o.supplier_name,
      status: o.status,
      gross: int(o.gross_fen),
    })),
  };
}

/** Refuses what the RFQ's status does not allow, naming both in the user's words. */
export function expectRfqStatus(locale: Locale, rfq: RfqDetail, allowed: readonly RfqStatus[], action: string): void {
  if (!allowed.includes(rfq.status))
    throw new AppError('CONFLICT', 'rfqMsg.errors.wrongStatus', {
      number: rfq.number,
      status: translate(locale, `rfqMsg.status.${rfq.status}`),
      action: translate(locale, `rfqMsg.action.${action}`),
    });
}
