import { z } from 'zod';
import { TAX_RATES } from '../../money';
import { printedPdf } from '../../orders/document-contract';
import { noticeDetail } from '../../deliveries/contract';
import { mutation, query } from '../../rpc/channel';
import { id, optId, optText, orNull, plainDate, price, quantity, text } from '../../rpc/fields';
import { listInput, pageOf, queueLimit, queueOf } from '../../rpc/list';

/** draft -> sent -> confirmed -> partial (some received) -> received -> closed; cancelled before anything arrived. */
export const PO_STATUSES = ['draft', 'sent', 'confirmed', 'partial', 'received', 'closed', 'cancelled'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];
/** to_us: received here and sent on; drop_ship: the supplier delivers straight to the customer of the ship order. */
export const DELIVERY_MODES = ['to_us', 'drop_ship'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

const email = z.email({ error: 'validation.email' });

/** Which sales-order line a PO line serves, and how much of it. */
export const allocationInput = z.object({ orderLineId: id, quantity });

export const poLineInput = z.object({
  productId: optId,
  name: text(100),
  spec: optText(200),
  unit: text(10),
  model: optText(100),
  quantity,
  unitPrice: price,
  taxRate: z.enum(TAX_RATES),
  expectedDate: orNull(plainDate),
  /** Why it buys more than the order lines it serves still need; asked only when it does. */
  overReason: optText(500),
  notes: optText(200),
  rfqAnswerLineId: optId,
  allocations: z.array(allocationInput).max(50).default([]),
});
export type PoLineInput = z.output<typeof poLineInput>;

export const poInput = z.object({
  supplierId: id,
  contactId: optId,
  orderDate: plainDate,
  expectedDate: orNull(plainDate),
  priceIncludesTax: z.boolean().default(true),
  paymentTerms: optText(100),
  deliveryMode: z.enum(DELIVERY_MODES).default('to_us'),
  /** The sales order whose customer a drop-ship goes to. */
  shipOrderId: optId,
  deliveryAddress: optText(300),
  notes: optText(500),
  lines: z.array(poLineInput).min(1).max(500),
});
export type PoInput = z.output<typeof poInput>;

export const poRow = z.object({
  id,
  number: z.string(),
  supplierId: id,
  supplierName: z.string(),
  orderDate: z.string(),
  expectedDate: z.string().nullable(),
  status: z.enum(PO_STATUSES),
  deliveryMode: z.enum(DELIVERY_MODES),
  gross: z.number().int(),
  /** Expected before today and not all received. */
  late: z.boolean(),
  updatedAt: z.string(),
});
export type PoRow = z.output<typeof poRow>;

export const poAllocationOut = z.object({
  orderLineId: id,
  orderId: id,
  orderNumber: z.string(),
  customerName: z.string(),
  quantity: z.string(),
});

export const poLineOut = z.object({
  id,
  position: z.number().int(),
  productId: z.number().int().nullable(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  model: z.string().nullable(),
  quantity: z.string(),
  unitPrice: z.string(),
  taxRate: z.string(),
  net: z.number().int(),
  tax: z.number().int(),
  gross: z.number().int(),
  expectedDate: z.string().nullable(),
  rfqAnswerLineId: z.number().int().nullable(),
  overReason: z.string().nullable(),
  notes: z.string().nullable(),
  /** Arrived on posted receipts; accepted is arrived less damaged and wrong; owed is ordered less accepted. */
  arrived: z.string(),
  accepted: z.string(),
  owed: z.string(),
  allocations: z.array(poAllocationOut),
});
export type PoLineOut = z.output<typeof poLineOut>;

export const RECEIPT_PLACES = ['us', 'customer'] as const;
export const RECEIPT_STATUSES = ['posted', 'cancelled'] as const;

export const poDetail = poRow.extend({
  contactId: z.number().int().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  priceIncludesTax: z.boolean(),
  paymentTerms: z.string().nullable(),
  shipOrderId: z.number().int().nullable(),
  shipOrderNumber: z.string().nullable(),
  deliveryAddress: z.string().nullable(),
  rfqId: z.number().int().nullable(),
  net: z.number().int(),
  tax: z.number().int(),
  amountInWords: z.string(),
  notes: z.string().nullable(),
  sentOn: z.string().nullable(),
  confirmedOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  closeReason: z.string().nullable(),
  printCount: z.number().int(),
  lockVersion: z.number().int(),
  lines: z.array(poLineOut),
  receipts: z.array(
    z.object({
      id,
      number: z.string(),
      receiptDate: z.string(),
      signer: z.string(),
      place: z.enum(RECEIPT_PLACES),
      status: z.enum(RECEIPT_STATUSES),
    }),
  ),
});
export type PoDetail = z.output<typeof poDetail>;

/** Per sales-order line: what it still needs bought, what is bought and received for it, and on which POs. */
export const salesOrderPurchase = z.object({
  orderId: id,
  lines: z.array(
    z.object({
      orderLineId: id,
      position: z.number().int(),
      name: z.string(),
      spec: z.string().nullable(),
      unit: z.string(),
      productId: z.number().int().nullable(),
      ordered: z.string(),
      /** Allocated on POs that stand (a closed PO counts with what it received). */
      purchased: z.string(),
      /** Accepted on receipts, pro rata to each PO line's allocation. */
      received: z.string(),
      /** Ordered less purchased, never below 0. */
      needed: z.string(),
      orders: z.array(
        z.object({
          id,
          number: z.string(),
          supplierName: z.string(),
          status: z.enum(PO_STATUSES),
          quantity: z.string(),
        }),
      ),
    }),
  ),
});
export type SalesOrderPurchase = z.output<typeof salesOrderPurchase>;

export const PO_SORTABLE = ['number', 'orderDate', 'expectedDate', 'supplierName', 'gross', 'status'] as const;

export const purchaseOrderChannels = {
  'purchasing.orders.list': query(
    'purchasing.read',
    listInput(PO_SORTABLE, {
      status: z.union([z.enum(PO_STATUSES), z.array(z.enum(PO_STATUSES)).min(1).max(PO_STATUSES.length)]),
      supplierId: id,
      orderId: id,
      from: plainDate,
      to: plainDate,
      late: z.boolean(),
    }),
    pageOf(poRow),
  ),
  /** POs expected before today and not all received, oldest expected first. */
  'purchasing.orders.late': query('purchasing.read', z.object({ limit: queueLimit }), queueOf(poRow)),
  'purchasing.orders.get': query('purchasing.read', z.object({ id }), poDetail),
  'purchasing.orders.forSalesOrder': query('purchasing.read', z.object({ orderId: id }), salesOrderPurchase),
  'purchasing.orders.create': mutation('purchasing.write', poInput, poDetail),
  /** One draft PO per supplier from the RFQ's chosen answers, tied to the order lines its items came from. */
  'purchasing.orders.fromRfq': mutation(
    'purchasing.write',
    z.object({ rfqId: id, orderDate: plainDate.optional() }),
    z.object({ orders: z.array(poRow) }),
  ),
  'purchasing.orders.update': mutation(
    'purchasing.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: poInput }),
    poDetail,
  ),
  /** Sent to the supplier (by hand, fax or the e-mail below); its prices go into the supplier's price history. */
  'purchasing.orders.send': mutation('purchasing.write', z.object({ id, date: plainDate.optional() }), poDetail),
  /** The supplier confirmed it (a sent PO, or a draft agreed by phone). */
  'purchasing.orders.confirm': mutation('purchasing.write', z.object({ id, date: plainDate.optional() }), poDetail),
  /** Called off before anything arrived, with why. */
  'purchasing.orders.cancel': mutation('purchasing.write', z.object({ id, reason: text(500) }), poDetail),
  /** Ended: what is still owed is owed no more (短交结案, with why). */
  'purchasing.orders.close': mutation('purchasing.write', z.object({ id, reason: optText(500) }), poDetail),
  /** 采购订单 on the letterhead; each print is counted and audited. */
  'purchasing.orders.print': mutation('purchasing.write', z.object({ id }), printedPdf),
  /** The PO as a PDF to the supplier through the company mail server; filed in 收发文; a draft becomes sent. */
  'purchasing.orders.email': mutation(
    'purchasing.write',
    z.object({
      id,
      to: z.array(email).min(1).max(10),
      cc: z.array(email).max(10).default([]),
      subject: optText(200),
      body: optText(5000),
    }),
    z.object({ subject: z.string(), registerNumber: z.string() }),
  ),
  /** A draft delivery notice to the customer for what arrived of the PO's lines allocated to one of its orders. */
  'purchasing.orders.forward': mutation(
    'purchasing.write',
    z.object({ id, orderId: id, date: plainDate }),
    noticeDetail,
  ),
};
