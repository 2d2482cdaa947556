import { z } from 'zod';
import { TAX_RATES } from '../money';
import { QUOTE_LINE_KINDS } from '../quotes/quote-pricing';
import { mutation, query } from '../rpc/channel';
import { id, optId, optText, orNull, plainDate, price, quantity, text } from '../rpc/fields';
import { orderDetail, orderLineOut, type OrderDetail } from './contract';

/** The order's terms a change (变更) may move, beside its lines. */
export const ORDER_TERMS = ['dueDate', 'deliveryAddress', 'contactName', 'contactPhone', 'paymentTerms'] as const;
export type OrderTerm = (typeof ORDER_TERMS)[number];

/** A line's fields a change records, before and after. */
export const CHANGED_LINE_FIELDS = [
  'name',
  'brand',
  'spec',
  'unit',
  'quantity',
  'unitPrice',
  'taxRate',
  'dueDate',
] as const;

/** A line of the order as changed: an existing line keeps its id (orderLineId); a new one has none. */
export const orderChangeLineInput = z.object({
  orderLineId: optId,
  kind: z.enum(QUOTE_LINE_KINDS).default('item'),
  productId: optId,
  name: text(100),
  brand: optText(60),
  spec: optText(200),
  unit: text(10),
  quantity,
  unitPrice: price,
  taxRate: z.enum(TAX_RATES),
  dueDate: orNull(plainDate),
});

/** The whole order after the change: every line that stays (in its new order) and every term; lines left out go. */
export const orderChangeInput = z.object({
  id,
  lockVersion: z.number().int(),
  reason: text(500),
  dueDate: orNull(plainDate),
  deliveryAddress: optText(200),
  contactName: optText(40),
  contactPhone: optText(40),
  paymentTerms: optText(100),
  lines: z.array(orderChangeLineInput).min(1).max(500),
});
export type OrderChangeData = z.output<typeof orderChangeInput>;
export type OrderChangeInput = z.input<typeof orderChangeInput>;

/**
 * The order as a change that changes nothing yet: every line (with its id) and every term as they stand, at the lock
 * version read. The change dialog starts from it; whoever changes the order edits what the customer asked for.
 */
export function unchangedOrder(order: OrderDetail, reason: string): OrderChangeInput & { lines: LineInput[] } {
  return {
    id: order.id,
    lockVersion: order.lockVersion,
    reason,
    dueDate: order.dueDate,
    deliveryAddress: order.deliveryAddress,
    contactName: order.contactName,
    contactPhone: order.contactPhone,
    paymentTerms: order.paymentTerms,
    lines: order.lines.map((l) => ({
      orderLineId: l.id,
      kind: l.kind,
      productId: l.productId,
      name: l.name,
      brand: l.brand,
      spec: l.spec,
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      dueDate: l.dueDate,
    })),
  };
}
type LineInput = z.input<typeof orderChangeLineInput>;

const lineRef = z.object({
  position: z.number().int(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
});
const lineFigures = { quantity: z.string(), unitPrice: z.string(), gross: z.number().int() };

/** One thing a change did, in order: lines added, removed or changed field by field, terms, and the new total. */
export const orderChangeItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('added'), line: lineRef, ...lineFigures }),
  z.object({ kind: z.literal('removed'), line: lineRef, ...lineFigures }),
  z.object({
    kind: z.literal('changed'),
    line: lineRef,
    changes: z.array(
      z.object({ field: z.enum(CHANGED_LINE_FIELDS), before: z.string().nullable(), after: z.string().nullable() }),
    ),
  }),
  z.object({
    kind: z.literal('term'),
    field: z.enum(ORDER_TERMS),
    before: z.string().nullable(),
    after: z.string().nullable(),
  }),
  z.object({ kind: z.literal('total'), before: z.number().int(), after: z.number().int() }),
]);
export type OrderChangeItem = z.output<typeof orderChangeItem>;

/** The order as it stood before a change: what order_changes keeps. */
export const orderBeforeChange = z.object({
  terms: z.object({
    dueDate: z.string().nullable(),
    deliveryAddress: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    paymentTerms: z.string().nullable(),
  }) satisfies z.ZodType<Record<OrderTerm, string | null>>,
  lines: z.array(orderLineOut),
  totals: z.object({ net: z.number().int(), tax: z.number().int(), gross: z.number().int() }),
});
export type OrderBeforeChange = z.output<typeof orderBeforeChange>;

export const orderChangeRow = z.object({
  changeNo: z.number().int(),
  at: z.string(),
  userName: z.string().nullable(),
  reason: z.string(),
  items: z.array(orderChangeItem),
  before: orderBeforeChange,
});
export type OrderChangeRow = z.output<typeof orderChangeRow>;

const ending = z.object({ id, lockVersion: z.number().int(), reason: text(500) });

export const orderLifecycleChannels = {
  /** A numbered change (变更) of a confirmed or partly delivered order; the earlier lines and terms are kept. */
  'orders.change': mutation('orders.write', orderChangeInput, orderDetail),
  /** Cancels an order nothing of which is delivered, on a notice or a note that is still out. */
  'orders.cancel': mutation('orders.write', ending, orderDetail),
  /** Closes a partly (or fully) delivered order (短交结案): what is not delivered is owed no more. */
  'orders.close': mutation('orders.write', ending, orderDetail),
  /** The order's numbered changes, newest first. */
  'orders.changes': query('orders.read', z.object({ orderId: id }), z.array(orderChangeRow)),
  /** The people an order may name as its salesperson: active users and anyone already named. */
  'orders.salespeople': query('orders.read', z.object({}), z.array(z.object({ id, name: z.string() }))),
};
