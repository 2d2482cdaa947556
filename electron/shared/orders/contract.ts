import { z } from 'zod';
import { pricedLineOut } from '../quotes/contract';
import { mutation, query } from '../rpc/channel';
import { id, optText, orNull, plainDate } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';
import { creditStanding } from '../receivables/credit-standing';

/**
 * 'draft' (entered directly, not yet confirmed or awaiting approval), 'confirmed', 'partial', 'delivered', 'closed',
 * 'cancelled'; 'open' is what orders made from quotes were before these.
 */
export const ORDER_STATUSES = ['open', 'draft', 'confirmed', 'partial', 'delivered', 'closed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orderRow = z.object({
  id,
  number: z.string(),
  quoteId: z.number().int().nullable(),
  quoteNumber: z.string().nullable(),
  customerId: id,
  customerName: z.string(),
  customerPo: z.string().nullable(),
  orderDate: z.string(),
  dueDate: z.string().nullable(),
  gross: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  updatedAt: z.string(),
});
export type OrderRow = z.output<typeof orderRow>;

export const orderDetail = orderRow.extend({
  deliveryAddress: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  paymentTerms: z.string().nullable(),
  priceIncludesTax: z.boolean(),
  notes: z.string().nullable(),
  totals: z.object({ net: z.number().int(), tax: z.number().int(), gross: z.number().int() }),
  amountInWords: z.string(),
  lines: z.array(pricedLineOut.extend({ dueDate: z.string().nullable() })),
});
export type OrderDetail = z.output<typeof orderDetail>;

/** Per order line: what was ordered, put on notices, delivered (less returns), and what is still to deliver. */
export const orderLineProgress = z.object({
  orderLineId: id,
  position: z.number().int(),
  productId: z.number().int().nullable(),
  name: z.string(),
  brand: z.string().nullable(),
  spec: z.string().nullable(),
  unit: z.string(),
  unitPrice: z.string(),
  ordered: z.string(),
  noticed: z.string(),
  delivered: z.string(),
  returned: z.string(),
  outstanding: z.string(),
  /** Ordered, less what active notices already cover, plus what came back: what a new notice may take. */
  available: z.string(),
});

/**
 * A line's or the order's value in fen at each step: ordered; delivered (signed for, less what was short or came
 * back); invoiced (red-letter lines negative); paid (the invoices' live allocations spread over their lines by gross).
 */
export const orderValues = z.object({
  ordered: z.number().int(),
  delivered: z.number().int(),
  invoiced: z.number().int(),
  paid: z.number().int(),
});
export type OrderValues = z.output<typeof orderValues>;

/** A discount (negative), freight or other charge line of the order: notes carry it pro rata to their goods. */
export const orderChargeProgress = z.object({
  orderLineId: id,
  position: z.number().int(),
  kind: z.enum(['discount', 'freight', 'other']),
  name: z.string(),
  taxRate: z.string(),
  values: orderValues,
});

export const orderProgress = z.object({
  orderId: id,
  lines: z.array(orderLineProgress.extend({ values: orderValues })),
  charges: z.array(orderChargeProgress),
  /** Sums over goods and charge lines: the order reconciles when delivered, invoiced and paid reach ordered. */
  totals: orderValues,
  /** Goods and charges on signed notes, before returns and shorts; what came back; the order's gross. */
  deliveredGross: z.number().int(),
  returnedGross: z.number().int(),
  orderedGross: z.number().int(),
});

export const orderChannels = {
  /** A won quote becomes a sales order / contract with the quote's lines, prices and terms. */
  'orders.createFromQuote': mutation(
    'orders.write',
    z.object({
      quoteId: id,
      customerPo: optText(60),
      orderDate: plainDate,
      dueDate: orNull(plainDate),
      deliveryAddress: optText(200),
      notes: optText(2000),
    }),
    /** With the customer's credit standing when it is over the limit or overdue: a warning, the order stands. */
    orderDetail.extend({ creditWarning: creditStanding.nullable() }),
  ),
  'orders.list': query(
    'orders.read',
    listInput(['number', 'orderDate', 'dueDate', 'gross'] as const, { status: z.enum(ORDER_STATUSES), customerId: id }),
    pageOf(orderRow),
  ),
  'orders.get': query('orders.read', z.object({ id }), orderDetail),
  /** What each line has ordered, on notices, delivered and returned, and what a new notice may still take. */
  'orders.progress': query('orders.read', z.object({ orderId: id }), orderProgress),
};
