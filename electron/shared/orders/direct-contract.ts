import { z } from 'zod';
import { documentFile } from '../attachments/contract';
import { TAX_RATES } from '../money';
import { refuseNegativeTotal } from '../quotes/negative-total';
import { QUOTE_LINE_KINDS } from '../quotes/quote-pricing';
import { creditStanding } from '../receivables/credit-standing';
import { mutation, query } from '../rpc/channel';
import { id, optId, optText, orNull, plainDate, price, quantity, text } from '../rpc/fields';
import { queueLimit, queueOf } from '../rpc/list';
import { orderDetail, orderRow } from './contract';

/** Where a directly entered order's approval stands; null when the rules asked for none. */
export const ORDER_APPROVAL_STATES = ['pending', 'approved', 'rejected'] as const;
export type OrderApprovalState = (typeof ORDER_APPROVAL_STATES)[number];

export const directOrderLineInput = z.object({
  kind: z.enum(QUOTE_LINE_KINDS).default('item'),
  productId: optId,
  name: text(100),
  brand: optText(60),
  spec: optText(200),
  unit: text(10).default('个'),
  quantity,
  unitPrice: price,
  taxRate: z.enum(TAX_RATES).default('0.13'),
  /** This line's own delivery date; the order's when empty. */
  dueDate: orNull(plainDate),
});

/** A sales order as the customer phoned or faxed it: no quote behind it. */
export const directOrderInput = z
  .object({
    customerId: id,
    customerPo: optText(60),
    orderDate: plainDate,
    dueDate: orNull(plainDate),
    deliveryAddress: optText(200),
    contactName: optText(40),
    contactPhone: optText(40),
    paymentTerms: optText(100),
    priceIncludesTax: z.boolean().default(true),
    notes: optText(2000),
    lines: z.array(directOrderLineInput).min(1, { error: 'directOrderMsg.validation.noLines' }).max(500),
  })
  .superRefine((o, ctx) => {
    if (o.lines.length && !o.lines.some((l) => l.kind === 'item'))
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'directOrderMsg.validation.noGoods' });
    else refuseNegativeTotal(o.priceIncludesTax, o.lines, ctx);
    if (o.dueDate !== null && o.dueDate < o.orderDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'directOrderMsg.validation.dueBeforeOrder' });
    o.lines.forEach((l, i) => {
      if (l.dueDate !== null && l.dueDate < o.orderDate)
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'dueDate'],
          message: 'directOrderMsg.validation.dueBeforeOrder',
        });
    });
  });
export type DirectOrderInput = z.input<typeof directOrderInput>;
export type DirectOrderData = z.output<typeof directOrderInput>;

/**
 * What the approval rules see in an order, as they would judge it now: costs are the products' standard costs
 * (net), the discount counts prices below list; `reasons` is what confirming would ask a manager about.
 */
export const approvalCheck = z.object({
  cost: z.number().int(),
  marginPercent: z.string().nullable(),
  discountPercent: z.string(),
  uncostedLines: z.array(z.number().int()),
  belowListLines: z.array(z.number().int()),
  reasons: z.array(z.string()),
});
export type ApprovalCheck = z.output<typeof approvalCheck>;

export const orderApprovalRow = z.object({
  action: z.string(),
  userName: z.string().nullable(),
  comment: z.string().nullable(),
  reasons: z.array(z.string()),
  at: z.string(),
});

export const directOrderDetail = orderDetail.extend({
  lockVersion: z.number().int(),
  approval: z.enum(ORDER_APPROVAL_STATES).nullable(),
  /** Who entered the order (its salesperson). */
  enteredBy: z.string().nullable(),
  /** A draft is edited until it is confirmed; not while a manager has it. */
  editable: z.boolean(),
  check: approvalCheck,
  approvals: z.array(orderApprovalRow),
  /** The customer's order as it came (fax, scan, PDF). */
  attachments: z.array(documentFile),
});
export type DirectOrderDetail = z.output<typeof directOrderDetail>;

/** Confirming or approving may put the customer over its credit: a warning, the order stands. */
const confirmedOut = directOrderDetail.extend({ creditWarning: creditStanding.nullable() });

/** The last price this customer was given for one product: on a sent quote or a confirmed order, newest first. */
export const lastPrice = z.object({
  productId: id,
  name: z.string(),
  brand: z.string().nullable(),
  spec: z.string().nullable(),
  unit: z.string(),
  taxRate: z.enum(TAX_RATES),
  unitPrice: z.string(),
  priceIncludesTax: z.boolean(),
  date: z.string(),
  source: z.enum(['quote', 'order']),
  documentId: id,
  number: z.string(),
  /** The quote's version; null for an order. */
  version: z.number().int().nullable(),
});
export type LastPrice = z.output<typeof lastPrice>;

export const pendingOrder = orderRow.extend({
  enteredBy: z.string().nullable(),
  reasons: z.array(z.string()),
  submittedAt: z.string(),
});

const approvalComment = optText(500);

export const directOrderChannels = {
  'orders.direct.get': query('orders.read', z.object({ id }), directOrderDetail),
  /** A draft order with its own number from the order series; the entering user is its salesperson. */
  'orders.direct.create': mutation('orders.write', directOrderInput, directOrderDetail),
  'orders.direct.update': mutation(
    'orders.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: directOrderInput }),
    directOrderDetail,
  ),
  /** The approval rules as for a quote: none crossed confirms it; otherwise it waits for a manager. */
  'orders.direct.confirm': mutation('orders.write', z.object({ id }), confirmedOut),
  'orders.direct.approve': mutation('quotes.approve', z.object({ id, comment: approvalComment }), confirmedOut),
  /** Back to draft with the manager's reason. */
  'orders.direct.reject': mutation('quotes.approve', z.object({ id, comment: text(500) }), directOrderDetail),
  /** The customer's order (scan, fax, PDF) filed with it. */
  'orders.direct.attach': mutation(
    'orders.write',
    z.object({ id, attachmentId: id, label: optText(60) }),
    directOrderDetail,
  ),
  /** Orders waiting for a manager's approval, oldest first. */
  'orders.direct.pending': query('orders.read', z.object({ limit: queueLimit }), queueOf(pendingOrder)),
  /** Per product, the last unit price this customer was quoted or ordered at (given products only, when listed). */
  'orders.lastPrices': query(
    'orders.read',
    z.object({ customerId: id, productIds: z.array(id).max(500).optional() }),
    z.array(lastPrice),
  ),
};
