import { z } from 'zod';
import { pricedLineOut } from '../quotes/contract';
import { mutation, query } from '../rpc/channel';
import { id, optText, orNull, plainDate } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

export const ORDER_STATUSES = ['open', 'closed', 'cancelled'] as const;

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
    orderDetail,
  ),
  'orders.list': query(
    'orders.read',
    listInput(['number', 'orderDate', 'dueDate', 'gross'] as const, { status: z.enum(ORDER_STATUSES), customerId: id }),
    pageOf(orderRow),
  ),
  'orders.get': query('orders.read', z.object({ id }), orderDetail),
};
