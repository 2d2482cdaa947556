import { z } from 'zod';
import { TAX_RATES } from '../../money';
import { mutation, query } from '../../rpc/channel';
import { id, optDecimalText, optId, optText, plainDate, quantity, text } from '../../rpc/fields';
import { NUMBER_RULES } from '../../number-input';
import { listInput, pageOf } from '../../rpc/list';
import { leadDays, optQuantity, param, params } from '../catalogue/contract';
import { PO_STATUSES } from '../orders/contract';

const email = z.email({ error: 'validation.email' });

export const RFQ_STATUSES = ['draft', 'sent', 'decided', 'cancelled'] as const;
export type RfqStatus = (typeof RFQ_STATUSES)[number];
export const RFQ_ORIGINS = ['quote', 'order', 'free'] as const;
/** How a supplier was asked: e-mailed with the PDF, or logged as phoned, faxed or otherwise. */
export const ASK_CHANNELS = ['email', 'phone', 'fax', 'other'] as const;
export const LOGGED_CHANNELS = ['phone', 'fax', 'other'] as const;

export const rfqItemInput = z.object({
  productId: optId,
  name: text(100),
  spec: optText(200),
  unit: text(10),
  quantity,
  params,
  notes: optText(200),
  /** The quote cost line or sales-order line the item asks the price of, kept from the source. */
  quoteCostLineId: optId,
  orderLineId: optId,
});

export const rfqHeaderInput = z.object({
  title: optText(100),
  date: plainDate,
  replyBy: plainDate.nullish().transform((v) => v ?? null),
  notes: optText(500),
});

export const rfqCreateInput = rfqHeaderInput.extend({
  origin: z.enum(RFQ_ORIGINS),
  /** origin 'quote': the quote, and which of its cost lines (all when none given). */
  quoteId: optId,
  costLineIds: z.array(id).max(500).default([]),
  /** origin 'order': the sales order, and which of its lines (all goods lines when none given). */
  orderId: optId,
  orderLineIds: z.array(id).max(500).default([]),
  /** origin 'free': typed items. */
  items: z.array(rfqItemInput).max(500).default([]),
  supplierIds: z.array(id).max(50).default([]),
});

export const rfqUpdateInput = z.object({
  id,
  lockVersion: z.number().int().min(1),
  data: rfqHeaderInput.extend({ items: z.array(rfqItemInput).min(1).max(500) }),
});

export const rfqRow = z.object({
  id,
  number: z.string(),
  date: z.string(),
  title: z.string(),
  status: z.enum(RFQ_STATUSES),
  origin: z.enum(RFQ_ORIGINS),
  quoteId: id.nullable(),
  quoteNumber: z.string().nullable(),
  orderId: id.nullable(),
  orderNumber: z.string().nullable(),
  replyBy: z.string().nullable(),
  items: z.number().int(),
  /** Suppliers asked, and how many of them answered. */
  suppliers: z.array(z.string()),
  answered: z.number().int(),
  updatedAt: z.string(),
});
export type RfqRow = z.output<typeof rfqRow>;

export const rfqItemOut = z.object({
  id,
  position: z.number().int(),
  productId: id.nullable(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string(),
  quantity: z.string(),
  params: z.array(param),
  notes: z.string().nullable(),
  quoteCostLineId: id.nullable(),
  orderLineId: id.nullable(),
});

export const answerLineOut = z.object({
  id,
  itemId: id,
  unitPrice: z.string(),
  taxRate: z.enum(TAX_RATES),
  leadDays: z.number().int().nullable(),
  minQuantity: z.string().nullable(),
  model: z.string().nullable(),
  params: z.array(param),
  notes: z.string().nullable(),
});

export const answerOut = z.object({
  id,
  round: z.number().int(),
  answerDate: z.string(),
  priceIncludesTax: z.boolean(),
  paymentTerms: z.string().nullable(),
  validUntil: z.string().nullable(),
  notes: z.string().nullable(),
  files: z.array(z.object({ attachmentId: id, filename: z.string(), mime: z.string() })),
  lines: z.array(answerLineOut),
});

export const rfqSupplierOut = z.object({
  id,
  supplierId: id,
  supplierName: z.string(),
  contactId: id.nullable(),
  channel: z.enum(ASK_CHANNELS).nullable(),
  sentOn: z.string().nullable(),
  sentTo: z.string().nullable(),
  declined: z.string().nullable(),
  /** Every round, first to last. */
  answers: z.array(answerOut),
});

export const choiceOut = z.object({
  itemId: id,
  answerLineId: id,
  supplierId: id,
  supplierName: z.string(),
  reason: z.string(),
  chosenBy: z.string().nullable(),
  chosenAt: z.string(),
});

export const rfqDetail = rfqRow.extend({
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  rfqItems: z.array(rfqItemOut),
  rfqSuppliers: z.array(rfqSupplierOut),
  choices: z.array(choiceOut),
  /** The purchase orders made from its choices, first made first. */
  purchaseOrders: z.array(
    z.object({
      id,
      number: z.string(),
      supplierName: z.string(),
      status: z.enum(PO_STATUSES),
      gross: z.number().int(),
    }),
  ),
});
export type RfqDetail = z.output<typeof rfqDetail>;

export const answerInput = z.object({
  id,
  supplierId: id,
  answerDate: plainDate,
  priceIncludesTax: z.boolean(),
  paymentTerms: optText(100),
  validUntil: plainDate.nullish().transform((v) => v ?? null),
  notes: optText(500),
  attachmentIds: z.array(id).max(20).default([]),
  lines: z
    .array(
      z.object({
        itemId: id,
        /** Empty: the supplier did not price this item in this round (the row is kept so errors name the right row). */
        unitPrice: optDecimalText(NUMBER_RULES.price),
        taxRate: z.enum(TAX_RATES).default('0.13'),
        leadDays,
        minQuantity: optQuantity,
        model: optText(100),
        params,
        notes: optText(200),
      }),
    )
    .min(1)
    .max(500),
});

/** One supplier's latest answer to one item, as quoted and on both tax bases. */
export const compareCell = z.object({
  supplierId: id,
  state: z.enum(['answered', 'missing', 'declined']),
  answerLineId: id.nullable(),
  round: z.number().int().nullable(),
  unitPrice: z.string().nullable(),
  priceIncludesTax: z.boolean().nullable(),
  taxRate: z.enum(TAX_RATES).nullable(),
  netUnitPrice: z.string().nullable(),
  grossUnitPrice: z.string().nullable(),
  /** The item's quantity at this price, in fen. */
  netTotal: z.number().int().nullable(),
  grossTotal: z.number().int().nullable(),
  leadDays: z.number().int().nullable(),
  minQuantity: z.string().nullable(),
  model: z.string().nullable(),
  params: z.array(param),
  /** The lowest net price of the item (a tie goes to the shorter lead time). */
  best: z.boolean(),
  chosen: z.boolean(),
  /** Names of the parameters where this answer differs from what was asked or from the others. */
  differs: z.array(z.string()),
});

export const paramDiff = z.object({
  name: z.string(),
  asked: z.string().nullable(),
  /** Per supplier answering, its value (null: not stated). */
  values: z.array(z.object({ supplierId: id, value: z.string().nullable() })),
  differing: z.array(id),
});

export const comparison = z.object({
  id,
  number: z.string(),
  suppliers: z.array(
    z.object({
      supplierId: id,
      supplierName: z.string(),
      round: z.number().int().nullable(),
      answerDate: z.string().nullable(),
      priceIncludesTax: z.boolean().nullable(),
      paymentTerms: z.string().nullable(),
      validUntil: z.string().nullable(),
      declined: z.string().nullable(),
      /** The sum of the best-or-not totals this supplier answered, in fen. */
      netTotal: z.number().int(),
      grossTotal: z.number().int(),
    }),
  ),
  items: z.array(
    rfqItemOut.extend({
      cells: z.array(compareCell),
      paramDiffs: z.array(paramDiff),
      chosenAnswerLineId: id.nullable(),
    }),
  ),
});
export type Comparison = z.output<typeof comparison>;

export const RFQ_SORTABLE = ['number', 'date', 'status', 'title'] as const;

const ofSupplier = z.object({ id, supplierId: id });

export const rfqChannels = {
  'purchasing.rfq.list': query(
    'purchasing.read',
    listInput(RFQ_SORTABLE, {
      status: z.enum(RFQ_STATUSES),
      supplierId: id,
      quoteId: id,
      orderId: id,
      dateFrom: plainDate,
      dateTo: plainDate,
    }),
    pageOf(rfqRow),
  ),
  'purchasing.rfq.get': query('purchasing.read', z.object({ id }), rfqDetail),
  'purchasing.rfq.create': mutation('purchasing.write', rfqCreateInput, rfqDetail),
  'purchasing.rfq.update': mutation('purchasing.write', rfqUpdateInput, rfqDetail),
  'purchasing.rfq.addSupplier': mutation('purchasing.write', ofSupplier, rfqDetail),
  'purchasing.rfq.removeSupplier': mutation('purchasing.write', ofSupplier, rfqDetail),
  'purchasing.rfq.pdf': query(
    'purchasing.read',
    z.object({ id, supplierId: optId }),
    z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int() }),
  ),
  'purchasing.rfq.email': mutation(
    'purchasing.write',
    ofSupplier.extend({
      to: z.array(email).min(1).max(10),
      cc: z.array(email).max(10).default([]),
      subject: optText(200),
      body: optText(5000),
    }),
    z.object({ subject: z.string(), registerNumber: z.string(), detail: rfqDetail }),
  ),
  'purchasing.rfq.logAsked': mutation(
    'purchasing.write',
    ofSupplier.extend({ channel: z.enum(LOGGED_CHANNELS), sentOn: plainDate, sentTo: optText(200) }),
    rfqDetail,
  ),
  'purchasing.rfq.answer': mutation('purchasing.write', answerInput, rfqDetail),
  'purchasing.rfq.decline': mutation('purchasing.write', ofSupplier.extend({ reason: text(200) }), rfqDetail),
  'purchasing.rfq.cancel': mutation('purchasing.write', z.object({ id, reason: text(500) }), rfqDetail),
  'purchasing.rfq.compare': query('purchasing.read', z.object({ id }), comparison),
  'purchasing.rfq.choose': mutation(
    'purchasing.write',
    z.object({ itemId: id, answerLineId: id, reason: text(500) }),
    z.object({
      detail: rfqDetail,
      /** What happened to the quote's cost sheet, in the user's words; null when the item came from no quote. */
      quoteNote: z.string().nullable(),
      quoteUpdated: z.boolean(),
    }),
  ),
};
