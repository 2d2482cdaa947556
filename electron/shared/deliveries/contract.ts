import { z } from 'zod';
import { documentFile } from '../attachments/contract';
import { pricedLineOut } from '../quotes/contract';
import { creditStanding } from '../receivables/credit-standing';
import { mutation, query } from '../rpc/channel';
import { id, optId, optMeasure, optText, orNull, plainDate, quantity, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

/** draft -> confirmed (credit checked) -> closed when every line is on a delivery note; cancelled. */
export const NOTICE_STATUSES = ['draft', 'confirmed', 'closed', 'cancelled'] as const;
/** prepared -> checked (pick check passed) -> loaded -> in_transit -> delivered -> receipted (回单 back); cancelled before loading. */
export const NOTE_STATUSES = [
  'prepared',
  'checked',
  'loaded',
  'in_transit',
  'delivered',
  'receipted',
  'cancelled',
] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];
export const DISCREPANCY_KINDS = ['short', 'damaged', 'wrong'] as const;
export const DELIVERY_PAPERS = ['form-241x93', 'form-241x140', 'form-241x279', 'a4'] as const;
export type DeliveryPaper = (typeof DELIVERY_PAPERS)[number];
export const PART_MODES = ['carbonless', 'separate'] as const;

/** A shipping line as the documents show it: the order line it comes from, the goods, the priced amounts. */
const goodsLineOut = { orderLineId: id, ...pricedLineOut.omit({ kind: true }).shape };

/** The order lines that are not goods: a discount (negative amounts), freight, any other charge. */
export const CHARGE_KINDS = ['discount', 'freight', 'other'] as const;

/** An order's charge line as a note or a return carries its share of it. */
export const chargeLineOut = z.object({
  orderLineId: id,
  kind: z.enum(CHARGE_KINDS),
  name: z.string(),
  taxRate: z.string(),
  net: z.number().int(),
  tax: z.number().int(),
  gross: z.number().int(),
});
export type ChargeLineOut = z.output<typeof chargeLineOut>;

export const noticeInput = z.object({
  orderId: id,
  date: plainDate,
  shipDate: orNull(plainDate),
  deliveryAddress: optText(200),
  contactName: optText(40),
  contactPhone: optText(40),
  notes: optText(2000),
  lines: z
    .array(z.object({ orderLineId: id, quantity }))
    .min(1)
    .max(500),
});

export const noticeRow = z.object({
  id,
  number: z.string(),
  orderId: id,
  orderNumber: z.string(),
  customerId: id,
  customerName: z.string(),
  date: z.string(),
  shipDate: z.string().nullable(),
  status: z.enum(NOTICE_STATUSES),
  gross: z.number().int(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
});

export const noticeDetail = noticeRow.extend({
  deliveryAddress: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  notes: z.string().nullable(),
  priceIncludesTax: z.boolean(),
  overrideReason: z.string().nullable(),
  overrideBy: z.string().nullable(),
  /** The signed note whose shortfall or return this notice makes good (补发). */
  redeliveryOf: z.object({ id, number: z.string() }).nullable(),
  lockVersion: z.number().int(),
  lines: z.array(z.object({ id, ...goodsLineOut, onNotes: z.string(), remaining: z.string() })),
  deliveryNotes: z.array(z.object({ id, number: z.string(), status: z.enum(NOTE_STATUSES), date: z.string() })),
});
export type NoticeDetail = z.output<typeof noticeDetail>;

export const noteRow = z.object({
  id,
  number: z.string(),
  noticeNumber: z.string(),
  orderNumber: z.string(),
  customerId: id,
  customerName: z.string(),
  date: z.string(),
  deliveryAddress: z.string().nullable(),
  packages: z.number().int(),
  gross: z.number().int(),
  status: z.enum(NOTE_STATUSES),
  dispatch: z.string().nullable(),
  printCount: z.number().int(),
  receiptDate: z.string().nullable(),
  updatedAt: z.string(),
});
export type NoteRow = z.output<typeof noteRow>;

export const noteLineOut = z.object({
  id,
  noticeLineId: id,
  ...goodsLineOut,
  code: z.string().nullable(),
  packages: z.number().int().nullable(),
  discrepancy: z.enum(DISCREPANCY_KINDS).nullable(),
  discrepancyQty: z.string().nullable(),
  discrepancyNote: z.string().nullable(),
  returned: z.string(),
  /** Short on the 回单 or returned, less what re-delivery notices already carry: what 补发 would send. */
  redeliverable: z.string(),
});

export const pickCheckOut = z.object({
  passed: z.boolean(),
  checkedBy: z.string().nullable(),
  checkedAt: z.string(),
  mismatches: z.array(
    z.object({
      lineId: id,
      position: z.number().int(),
      problems: z.array(z.enum(['product', 'spec', 'quantity', 'missing'])),
      expected: z.string(),
      entered: z.string(),
    }),
  ),
});

export const noteDetail = noteRow.extend({
  noticeId: id,
  orderId: id,
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  weightKg: z.string().nullable(),
  volumeM3: z.string().nullable(),
  showPrices: z.boolean(),
  priceIncludesTax: z.boolean(),
  totals: z.object({ net: z.number().int(), tax: z.number().int(), gross: z.number().int() }),
  amountInWords: z.string(),
  checkedBy: z.string().nullable(),
  checkedAt: z.string().nullable(),
  runId: z.number().int().nullable(),
  consignmentId: z.number().int().nullable(),
  deliveredOn: z.string().nullable(),
  receiptSigner: z.string().nullable(),
  receiptNote: z.string().nullable(),
  cancelReason: z.string().nullable(),
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  lines: z.array(noteLineOut),
  /** Its share of the order's discount, freight and other charges; the totals include them. */
  charges: z.array(chargeLineOut),
  checks: z.array(pickCheckOut),
  attachments: z.array(documentFile),
  returns: z.array(z.object({ id, number: z.string(), date: z.string(), gross: z.number().int() })),
  /** Notices that re-deliver what this note came back short or returned. */
  redeliveries: z.array(z.object({ id, number: z.string(), status: z.enum(NOTICE_STATUSES) })),
});
export type NoteDetail = z.output<typeof noteDetail>;

export const deliverySettings = z.object({
  paper: z.enum(DELIVERY_PAPERS).default('form-241x93'),
  /** The parts of a multipart set, in order: 2 to 5 names. */
  parts: z.array(text(6)).min(2).max(5).default(['存根', '客户', '回单']),
  /** carbonless: one impression, the parts are the plies; separate: one printed copy per part, each labelled. */
  partMode: z.enum(PART_MODES).default('carbonless'),
  /** Signed receipts still missing this many days after delivery are flagged. */
  receiptDays: z.number().int().min(1).max(90).default(7),
});
export type DeliverySettings = z.output<typeof deliverySettings>;

/**
 * How the person printing wants this print: paper, which of the company's parts, and how they print. Left out, the
 * company's settings apply.
 */
export const noteFormat = z.object({
  paper: z.enum(DELIVERY_PAPERS),
  parts: z.array(text(6)).min(1).max(5),
  partMode: z.enum(PART_MODES),
});
export type NoteFormat = z.output<typeof noteFormat>;

export const NOTE_SORTABLE = ['number', 'date', 'gross', 'status'] as const;

export const deliveryChannels = {
  /** The customer's credit standing, with a notice's value on top when one is named. */
  'deliveries.credit': query('deliveries.read', z.object({ customerId: id, noticeId: optId }), creditStanding),

  'deliveries.notices.list': query(
    'deliveries.read',
    listInput(['number', 'date', 'gross'] as const, { status: z.enum(NOTICE_STATUSES), customerId: id, orderId: id }),
    pageOf(noticeRow),
  ),
  'deliveries.notices.get': query('deliveries.read', z.object({ id }), noticeDetail),
  'deliveries.notices.create': mutation('deliveries.write', noticeInput, noticeDetail),
  'deliveries.notices.update': mutation(
    'deliveries.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: noticeInput }),
    noticeDetail,
  ),
  /**
   * Credit check: over the limit or with overdue debt it is refused unless a manager releases it, before (receivables.
   * credit.release) or here with a reason (credit.manage).
   */
  'deliveries.notices.confirm': mutation(
    'deliveries.write',
    z.object({ id, overrideReason: optText(500) }),
    noticeDetail,
  ),
  'deliveries.notices.cancel': mutation('deliveries.write', z.object({ id, reason: text(500) }), noticeDetail),
  /** 发货通知单 for the warehouse (quantities, no prices); each print is counted and audited. */
  'deliveries.notices.print': mutation(
    'deliveries.write',
    z.object({ id }),
    z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int() }),
  ),

  'deliveries.notes.list': query(
    'deliveries.read',
    listInput(NOTE_SORTABLE, {
      status: z.enum(NOTE_STATUSES),
      customerId: id,
      noticeId: id,
      orderId: id,
      runId: id,
      consignmentId: id,
      from: plainDate,
      to: plainDate,
      open: z.boolean(),
    }),
    pageOf(noteRow),
  ),
  'deliveries.notes.get': query('deliveries.read', z.object({ id }), noteDetail),
  /** A delivery note for what is left on a confirmed notice, or for the quantities given. */
  'deliveries.notes.create': mutation(
    'deliveries.write',
    z.object({
      noticeId: id,
      date: plainDate,
      packages: z.number().int().min(0).max(100_000).default(0),
      weightKg: optMeasure,
      volumeM3: optMeasure,
      notes: optText(2000),
      lines: z
        .array(
          z.object({
            noticeLineId: id,
            quantity,
            packages: orNull(z.number().int().min(0).max(100_000)),
          }),
        )
        .max(500)
        .optional(),
    }),
    noteDetail,
  ),
  /** 出库核对: per line the code scanned or typed, the spec and the quantity counted; any mismatch blocks. */
  'deliveries.notes.check': mutation(
    'deliveries.write',
    z.object({
      id,
      lines: z
        .array(z.object({ lineId: id, code: optText(60), spec: optText(200), quantity: z.string().trim().max(20) }))
        .min(1)
        .max(500),
    }),
    noteDetail,
  ),
  /** Moves a note along by hand (a customer collecting, a courier): loaded, on the road, delivered. */
  'deliveries.notes.advance': mutation(
    'deliveries.write',
    z.object({ id, to: z.enum(['loaded', 'in_transit', 'delivered']), date: plainDate.optional() }),
    noteDetail,
  ),
  'deliveries.notes.cancel': mutation('deliveries.write', z.object({ id, reason: text(500) }), noteDetail),
  /** 回单 back: who signed, when, what was short, damaged or wrong (each line at most once); the scan attached. */
  'deliveries.notes.receipt': mutation(
    'deliveries.write',
    z.object({
      id,
      signer: text(40),
      /** The day the customer signed; today when not given. */
      date: plainDate.optional(),
      note: optText(500),
      attachmentId: optId,
      discrepancies: z
        .array(z.object({ lineId: id, kind: z.enum(DISCREPANCY_KINDS), quantity, note: optText(200) }))
        .max(500)
        .default([]),
    }),
    noteDetail,
  ),
  /** 补发: a draft notice for what the 回单 came back short and what was returned, not yet re-delivered. */
  'deliveries.notes.redeliver': mutation('deliveries.write', z.object({ id, date: plainDate }), noticeDetail),
  'deliveries.notes.attach': mutation(
    'deliveries.write',
    z.object({ id, attachmentId: id, label: optText(60) }),
    noteDetail,
  ),
  'deliveries.notes.preview': query(
    'deliveries.read',
    z.object({ ids: z.array(id).min(1).max(500), format: noteFormat.optional() }),
    z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int() }),
  ),
  /**
   * Prints the notes in the order given as one PDF, on the paper and parts chosen for this print (the company's when
   * not given); notes printed before are marked 补打.
   */
  'deliveries.notes.print': mutation(
    'deliveries.write',
    z.object({ ids: z.array(id).min(1).max(500), format: noteFormat.optional() }),
    z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int(), reprinted: z.array(z.string()) }),
  ),

  'deliveries.returns.create': mutation(
    'deliveries.write',
    z.object({
      noteId: id,
      date: plainDate,
      reason: text(500),
      lines: z
        .array(z.object({ noteLineId: id, quantity }))
        .min(1)
        .max(500),
    }),
    z.object({
      id,
      number: z.string(),
      noteId: id,
      date: z.string(),
      reason: z.string(),
      gross: z.number().int(),
      amountInWords: z.string(),
      lines: z.array(z.object(goodsLineOut)),
      /** The note's charges given back with these goods; the gross includes them. */
      charges: z.array(chargeLineOut),
    }),
  ),
  'deliveries.returns.pdf': query(
    'deliveries.read',
    z.object({ id }),
    z.object({ filename: z.string(), dataBase64: z.string() }),
  ),
};
