import { z } from 'zod';
import { importRowError } from '../excel/contract';
import { TAX_RATES } from '../money';
import { mutation, query } from '../rpc/channel';
import { binaryFile, id, optId, optText, orNull, plainDate, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

/** 数电专票, 数电普票, 增值税专用发票 (paper), 增值税普通发票 (paper). */
export const INVOICE_TYPES = ['digital_special', 'digital_normal', 'paper_special', 'paper_normal'] as const;
export type InvoiceType = (typeof INVOICE_TYPES)[number];
export const isDigital = (type: InvoiceType) => type.startsWith('digital');
export const isSpecial = (type: InvoiceType) => type.endsWith('special');

/** 开票有误, 销货退回, 服务中止, 销售折让. */
export const RED_REASONS = ['wrong_issue', 'goods_returned', 'service_stopped', 'allowance'] as const;
export const DELIVERY_STATES = ['unsent', 'sent', 'acknowledged'] as const;

/** Whole fen, either sign: a discount line (折扣行) is negative on a blue invoice. */
const signedFen = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** A quantity or unit price as the tax system prints it (unit prices may carry many decimals). */
const printedDecimal = orNull(
  z
    .string()
    .trim()
    .max(20)
    .regex(/^(|\d{1,12}(\.\d{1,15})?)$/, { error: 'validation.quantity' })
    .transform((v) => (v ? v : null)),
);

export const invoiceLineInput = z.object({
  orderLineId: optId,
  taxClass: optText(60),
  name: text(100),
  spec: optText(200),
  unit: optText(10),
  quantity: printedDecimal,
  unitPrice: printedDecimal,
  taxRate: z.enum(TAX_RATES),
  net: signedFen,
  tax: signedFen,
  gross: signedFen,
});
export type InvoiceLineInput = z.input<typeof invoiceLineInput>;

/** The number and code as typed: full-width digits and spaces are tidied and checked by the core, beside the field. */
const invoiceHeader = {
  type: z.enum(INVOICE_TYPES),
  code: z.string().trim().max(30).nullish(),
  number: z.string().trim().max(40),
  issueDate: plainDate,
  remarks: optText(500),
};

export const invoiceInput = z.object({
  ...invoiceHeader,
  customerId: id,
  buyerName: text(100),
  buyerTaxId: z.string().trim().max(30).nullish(),
  issuer: optText(40),
  lines: z.array(invoiceLineInput).min(1).max(200),
  noteIds: z.array(id).max(200).default([]),
  orderIds: z.array(id).max(200).default([]),
  /** Why this invoice goes beyond what was delivered (less returns and earlier invoices). */
  overReason: optText(500),
});
export type InvoiceInput = z.input<typeof invoiceInput>;

export const redInput = z.object({
  ...invoiceHeader,
  originalId: id,
  reason: z.enum(RED_REASONS),
  /** full: every line negated; lines: the chosen lines (amounts as printed, positive); amount: one figure (折让). */
  mode: z.enum(['full', 'lines', 'amount']),
  lines: z
    .array(
      z.object({
        originalLineId: id,
        quantity: printedDecimal,
        net: z.number().int(),
        tax: z.number().int(),
        gross: z.number().int(),
      }),
    )
    .max(200)
    .default([]),
  /** For mode 'amount': the gross to take back, positive fen; net and tax follow at the original's rate. */
  amount: orNull(z.number().int().min(1)),
});
export type RedInput = z.input<typeof redInput>;

export const invoiceRow = z.object({
  id,
  type: z.enum(INVOICE_TYPES),
  code: z.string(),
  number: z.string(),
  issueDate: z.string(),
  customerId: id,
  customerName: z.string(),
  buyerName: z.string(),
  gross: z.number().int(),
  open: z.number().int(),
  dueDate: z.string(),
  settledOn: z.string().nullable(),
  deliveryState: z.enum(DELIVERY_STATES),
  redOfId: z.number().int().nullable(),
  redReason: z.enum(RED_REASONS).nullable(),
});
export type InvoiceRow = z.output<typeof invoiceRow>;

export const invoiceLineOut = z.object({
  id,
  position: z.number().int(),
  orderLineId: z.number().int().nullable(),
  taxClass: z.string().nullable(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string().nullable(),
  quantity: z.string().nullable(),
  unitPrice: z.string().nullable(),
  taxRate: z.enum(TAX_RATES),
  net: z.number().int(),
  tax: z.number().int(),
  gross: z.number().int(),
});

const ref = z.object({ id, number: z.string() });

export const invoiceDetail = invoiceRow.extend({
  buyerTaxId: z.string().nullable(),
  issuer: z.string().nullable(),
  remarks: z.string().nullable(),
  net: z.number().int(),
  tax: z.number().int(),
  deliveryDate: z.string(),
  overReason: z.string().nullable(),
  sentOn: z.string().nullable(),
  acknowledgedOn: z.string().nullable(),
  importRef: z.string().nullable(),
  attachmentId: z.number().int().nullable(),
  /** The invoice's own file (PDF) as the tax system issued it. */
  file: z.object({ attachmentId: id, filename: z.string(), mime: z.string() }).nullable(),
  lockVersion: z.number().int(),
  createdAt: z.string(),
  lines: z.array(invoiceLineOut),
  notes: z.array(ref),
  orders: z.array(ref),
  /** On a blue invoice: the red-letters against it. */
  reds: z.array(ref.extend({ issueDate: z.string(), gross: z.number().int(), reason: z.enum(RED_REASONS) })),
  /** On a red-letter: the blue original. */
  original: ref.extend({ code: z.string(), gross: z.number().int() }).nullable(),
  /** What a further red-letter may still take back: the gross less earlier reds (blue only, else 0). */
  redRemaining: z.number().int(),
  sendings: z.array(
    z.object({
      id,
      way: z.string(),
      date: z.string(),
      emailTo: z.string().nullable(),
      courier: z.string().nullable(),
      trackingNo: z.string().nullable(),
      handedTo: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  allocations: z.array(
    z.object({
      id,
      receiptId: id,
      receiptNumber: z.string(),
      receiptDate: z.string(),
      date: z.string(),
      amount: z.number().int(),
    }),
  ),
});
export type InvoiceDetail = z.output<typeof invoiceDetail>;

/** One delivered, not yet invoiced part of a note: an order line's goods, or a discount/freight charge. */
export const uninvoicedLine = z.object({
  noteId: id,
  noteNumber: z.string(),
  noteDate: z.string(),
  deliveredOn: z.string().nullable(),
  orderId: id,
  orderNumber: z.string(),
  orderLineId: id,
  kind: z.enum(['item', 'charge']),
  productId: z.number().int().nullable(),
  name: z.string(),
  spec: z.string().nullable(),
  unit: z.string().nullable(),
  unitPrice: z.string().nullable(),
  priceIncludesTax: z.boolean(),
  taxRate: z.enum(TAX_RATES),
  /** Delivered less short, returns and what invoices cover (charges: null). */
  quantity: z.string().nullable(),
  /** Its value at the note's prices, fen. */
  gross: z.number().int(),
});
export type UninvoicedLine = z.output<typeof uninvoicedLine>;

export const uninvoicedOut = z.object({
  customers: z.array(
    z.object({ customerId: id, customerName: z.string(), notes: z.number().int(), gross: z.number().int() }),
  ),
  /** The lines, when one customer was asked for. */
  lines: z.array(uninvoicedLine),
});

/** What the import understood of one invoice in the file. */
export const importedInvoice = z.object({
  row: z.number().int(),
  number: z.string(),
  code: z.string(),
  type: z.enum(INVOICE_TYPES),
  issueDate: z.string(),
  buyerName: z.string(),
  customerName: z.string(),
  gross: z.number().int(),
  lines: z.number().int(),
  /** On a red-letter: the original's number. */
  redOf: z.string().nullable(),
});

export const invoiceImportPreview = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  invoices: z.array(importedInvoice),
  errors: z.array(importRowError),
});

export const invoiceChannels = {
  'invoices.list': query(
    'finance.read',
    listInput(['number', 'issueDate', 'gross', 'open', 'dueDate'] as const, {
      customerId: id,
      type: z.enum(INVOICE_TYPES),
      settlement: z.enum(['open', 'settled']),
      color: z.enum(['blue', 'red']),
      deliveryState: z.enum(DELIVERY_STATES),
      from: plainDate,
      to: plainDate,
    }),
    pageOf(invoiceRow),
  ),
  'invoices.get': query('finance.read', z.object({ id }), invoiceDetail),
  'invoices.create': mutation('invoices.write', invoiceInput, invoiceDetail),
  'invoices.red': mutation('invoices.write', redInput, invoiceDetail),
  'invoices.attach': mutation('invoices.write', z.object({ id, attachmentId: id }), invoiceDetail),
  'invoices.uninvoiced': query('finance.read', z.object({ customerId: optId }), uninvoicedOut),
  'invoices.draftFromNotes': query(
    'finance.read',
    z.object({ customerId: id, noteIds: z.array(id).min(1).max(200) }),
    invoiceInput.extend({ lines: z.array(invoiceLineInput) }),
  ),
  'invoices.importPreview': query('invoices.write', binaryFile, invoiceImportPreview),
  'invoices.importCommit': mutation(
    'invoices.write',
    binaryFile,
    z.object({ importRef: z.string(), created: z.number().int(), reds: z.number().int(), skipped: z.number().int() }),
  ),
};
