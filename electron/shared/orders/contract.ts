import { z } from 'zod';
import { pricedLineOut } from '../quotes/contract';
import { mutation, query } from '../rpc/channel';
import { id, optText, orNull, plainDate } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';
import { creditStanding } from '../receivables/credit-standing';

/**
 * draft (entered, not yet confirmed) -> confirmed -> partial (partly delivered) -> delivered, following the deliveries;
 * closed (短交结案, or done and closed) and cancelled are final.
 */
export const ORDER_STATUSES = ['draft', 'confirmed', 'partial', 'delivered', 'closed', 'cancelled'] as const;
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
  salespersonId: z.number().int().nullable(),
  salesperson: z.string().nullable(),
  updatedAt: z.string(),
});
export type OrderRow = z.output<typeof orderRow>;

/** An order line: its id stays the same through changes that leave it in place. */
export const orderLineOut = pricedLineOut.extend({ id, dueDate: z.string().nullable() });
export type OrderLineOut = z.output<typeof orderLineOut>;

export const orderDetail = orderRow.extend({
  deliveryAddress: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  paymentTerms: z.string().nullable(),
  priceIncludesTax: z.boolean(),
  notes: z.string().nullable(),
  totals: z.object({ net: z.number().int(), tax: z.number().int(), gross: z.number().int() }),
  amountInWords: z.string(),
  lines: z.array(orderLineOut),
  lockVersion: z.number().int(),
  /** How many numbered changes (变更) the order has had: 0 as first confirmed. */
  changeNo: z.number().int(),
  /** Why, when and by whom the order was closed or cancelled. */
  endReason: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
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
  /** What a closed (短交结案) or cancelled order no longer owes: ordered less delivered; 0 while it runs. */
  closedShort: z.string(),
  /** Goods that ship from stock: a product not marked service/non-stock. Typed lines without a product are not. */
  stocked: z.boolean(),
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
  /** Of a closed or cancelled order, the value it no longer owes (ordered less delivered); 0 while it runs. */
  closedShortGross: z.number().int(),
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
    listInput(['number', 'orderDate', 'dueDate', 'gross'] as const, {
      /** One status, or any of several. */
      status: z.union([z.enum(ORDER_STATUSES), z.array(z.enum(ORDER_STATUSES)).min(1).max(ORDER_STATUSES.length)]),
      customerId: id,
      /** The customer's name, code or pinyin initials, as the customers list finds them. */
      customer: z.string().trim().min(1).max(60),
      salespersonId: id,
      /** Order dates from and to, both included. */
      from: plainDate,
      to: plainDate,
    }),
    pageOf(orderRow),
  ),
  'orders.get': query('orders.read', z.object({ id }), orderDetail),
  /** What each line has ordered, on notices, delivered and returned, and what a new notice may still take. */
  'orders.progress': query('orders.read', z.object({ orderId: id }), orderProgress),
};
