import type { Knex } from 'knex';
import type { In } from '../../../shared/contracts';
import type { FieldError } from '../../../shared/rpc/envelope';
import { AppError } from '../../rpc/errors';

type ItemInput = In<'purchasing.rfq.update'>['data']['items'][number];

export interface ItemColumns {
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

const refuse = (fields: FieldError[]) => new AppError('VALIDATION', fields[0]!.message, {}, fields);

/** A quote's cost lines (all, or the ones picked) as items to ask prices for, each keeping its cost line. */
export async function itemsFromQuote(trx: Knex.Transaction, quoteId: number, picked: number[]): Promise<ItemColumns[]> {
  const q = trx('quote_cost_lines').where({ quote_id: quoteId }).orderBy('position');
  if (picked.length) q.whereIn('id', picked);
  const lines = (await q) as {
    id: number;
    product_id: number | null;
    name: string;
    spec: string | null;
    unit: string;
    quantity: string;
    note: string | null;
  }[];
  if (picked.length && lines.length !== new Set(picked).size)
    throw refuse([{ path: 'costLineIds', message: 'rfqMsg.errors.costLineOther' }]);
  if (!lines.length) throw refuse([{ path: 'quoteId', message: 'rfqMsg.errors.noCostLines' }]);
  return lines.map((l) => ({
    product_id: l.product_id,
    name: l.name,
    spec: l.spec,
    unit: l.unit,
    quantity: l.quantity,
    params: '[]',
    notes: l.note,
    quote_cost_line_id: l.id,
    order_line_id: null,
  }));
}

/** A sales order's goods lines (all, or the ones picked) as items, each keeping its order line. */
export async function itemsFromOrder(trx: Knex.Transaction, orderId: number, picked: number[]): Promise<ItemColumns[]> {
  const q = trx('sales_order_lines').where({ order_id: orderId, kind: 'item' }).orderBy('position');
  if (picked.length) q.whereIn('id', picked);
  const lines = (await q) as {
    id: number;
    product_id: number | null;
    name: string;
    spec: string | null;
    unit: string;
    quantity: string;
  }[];
  if (picked.length && lines.length !== new Set(picked).size)
    throw refuse([{ path: 'orderLineIds', message: 'rfqMsg.errors.orderLineOther' }]);
  if (!lines.length) throw refuse([{ path: 'orderId', message: 'rfqMsg.errors.noOrderLines' }]);
  return lines.map((l) => ({
    product_id: l.product_id,
    name: l.name,
    spec: l.spec,
    unit: l.unit,
    quantity: l.quantity,
    params: '[]',
    notes: null,
    quote_cost_line_id: null,
    order_line_id: l.id,
  }));
}

/**
 * Typed items, checked against what the RFQ came from: a cost line must be of its quote, an order line of its
 * order, and a product must exist; each refusal is told beside its row.
 */
export async function typedItems(
  trx: Knex.Transaction,
  items: ItemInput[],
  source: { quoteId: number | null; orderId: number | null },
): Promise<ItemColumns[]> {
  const fields: FieldError[] = [];
  const costLines = new Set(
    source.quoteId ? ((await trx('quote_cost_lines').where({ quote_id: source.quoteId }).pluck('id')) as number[]) : [],
  );
  const orderLines = new Set(
    source.orderId
      ? ((await trx('sales_order_lines').where({ order_id: source.orderId }).pluck('id')) as number[])
      : [],
  );
  const productIds = items.map((i) => i.productId).filter((p): p is number => !!p);
  const products = new Set(
    productIds.length ? ((await trx('products').whereIn('id', productIds).pluck('id')) as number[]) : [],
  );
  items.forEach((item, i) => {
    if (item.productId && !products.has(item.productId))
      fields.push({ path: `items.${i}.productId`, message: 'rfqMsg.errors.noProduct' });
    if (item.quoteCostLineId && !costLines.has(item.quoteCostLineId))
      fields.push({ path: `items.${i}.quoteCostLineId`, message: 'rfqMsg.errors.costLineOther' });
    if (item.orderLineId && !orderLines.has(item.orderLineId))
      fields.push({ path: `items.${i}.orderLineId`, message: 'rfqMsg.errors.orderLineOther' });
  });
  if (fields.length) throw refuse(fields);
  return items.map((item) => ({
    product_id: item.productId ?? null,
    name: item.name,
    spec: item.spec ?? null,
    unit: item.unit,
    quantity: item.quantity,
    params: JSON.stringify(item.params ?? []),
    notes: item.notes ?? null,
    quote_cost_line_id: item.quoteCostLineId ?? null,
    order_line_id: item.orderLineId ?? null,
  }));
}

/** Replaces a draft RFQ's items (nothing refers to them before it is sent). */
export async function writeItems(trx: Knex.Transaction, rfqId: number, items: ItemColumns[]): Promise<void> {
  await trx('rfq_items').where({ rfq_id: rfqId }).delete();
  if (items.length)
    await trx('rfq_items').insert(items.map((item, i) => ({ ...item, rfq_id: rfqId, position: i + 1 })));
}
