import { z } from 'zod';
import { INVOICE_TYPES } from '../../invoices/contract';
import { mutation, query } from '../../rpc/channel';
import { id, optId, optText, orNull, plainDate, text } from '../../rpc/fields';
import { listInput, pageOf, queueLimit, queueOf } from '../../rpc/list';

/** 转账, 现金, 背书转让我方持有的承兑汇票, 其他. */
export const PAYMENT_METHODS = ['transfer', 'cash', 'acceptance_bill', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_STATUSES = ['posted', 'cancelled'] as const;

/** What is due when: not yet due, then days overdue 1–30, 31–60, 61–90, over 90. */
export const DUE_BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];
/** The last day overdue each bucket but the last holds (notDue: 0 days overdue or less). */
export const DUE_BUCKET_DAYS = [0, 30, 60, 90] as const;

const amountError = { error: 'payablesMsg.errors.amount' };
/** Integer fen above zero: anything else is one plain message. */
export const positiveFen = z
  .number(amountError)
  .int(amountError)
  .positive(amountError)
  .max(Number.MAX_SAFE_INTEGER, amountError);
const anyFen = z.number(amountError).int(amountError).min(0, amountError).max(Number.MAX_SAFE_INTEGER, amountError);

export const invoiceOrderItem = z.object({ poId: id, amount: positiveFen });

/** A supplier's invoice as it reached us: the core checks the number, the sums and the orders beside each field. */
export const supplierInvoiceInput = z.object({
  supplierId: id,
  type: z.enum(INVOICE_TYPES),
  invoiceCode: z.string().trim().max(30).nullish(),
  invoiceNumber: z.string().trim().max(40),
  invoiceDate: plainDate,
  net: anyFen,
  tax: anyFen,
  gross: positiveFen,
  /** The due date is the invoice date plus these days when given, else `dueOn` as typed. */
  paymentDays: orNull(z.number().int().min(0).max(720)),
  dueOn: orNull(plainDate),
  attachmentId: optId,
  notes: optText(500),
  orders: z.array(invoiceOrderItem).max(50).default([]),
});
export type SupplierInvoiceInput = z.input<typeof supplierInvoiceInput>;

export const supplierInvoiceRow = z.object({
  id,
  supplierId: id,
  supplierName: z.string(),
  type: z.enum(INVOICE_TYPES),
  invoiceCode: z.string(),
  invoiceNumber: z.string(),
  invoiceDate: z.string(),
  dueOn: z.string(),
  net: z.number().int(),
  tax: z.number().int(),
  gross: z.number().int(),
  open: z.number().int(),
  settledOn: z.string().nullable(),
  /** The purchase orders it bills, by number. */
  poNumbers: z.array(z.string()),
  updatedAt: z.string(),
});
export type SupplierInvoiceRow = z.output<typeof supplierInvoiceRow>;

export const invoiceAllocationOut = z.object({
  id,
  paymentId: id,
  paymentNumber: z.string(),
  payDate: z.string(),
  payMethod: z.enum(PAYMENT_METHODS),
  amount: z.number().int(),
});

export const supplierInvoiceDetail = supplierInvoiceRow.extend({
  attachmentId: z.number().int().nullable(),
  file: z.object({ attachmentId: id, filename: z.string(), mime: z.string() }).nullable(),
  notes: z.string().nullable(),
  orders: z.array(z.object({ poId: id, poNumber: z.string(), orderDate: z.string(), amount: z.number().int() })),
  allocations: z.array(invoiceAllocationOut),
  createdBy: z.string().nullable(),
  lockVersion: z.number().int(),
  createdAt: z.string(),
});
export type SupplierInvoiceDetail = z.output<typeof supplierInvoiceDetail>;

export const paymentAllocationItem = z.object({ invoiceId: id, amount: positiveFen });

export const supplierPaymentInput = z.object({
  supplierId: id,
  payDate: plainDate,
  /** Required except for an acceptance bill, whose amount it is. */
  amount: orNull(positiveFen),
  payMethod: z.enum(PAYMENT_METHODS),
  reference: optText(60),
  /** One of our held acceptance bills, endorsed on to the supplier (method acceptance_bill). */
  billId: optId,
  notes: optText(500),
  /** The invoices it pays and how much of each; left out (null): oldest due first until the money runs out. */
  allocations: orNull(z.array(paymentAllocationItem).max(200)),
});
export type SupplierPaymentInput = z.input<typeof supplierPaymentInput>;

export const supplierPaymentRow = z.object({
  id,
  number: z.string(),
  supplierId: id,
  supplierName: z.string(),
  payDate: z.string(),
  amount: z.number().int(),
  payMethod: z.enum(PAYMENT_METHODS),
  reference: z.string().nullable(),
  billId: z.number().int().nullable(),
  billNo: z.string().nullable(),
  /** What is not yet set against an invoice (paid in advance). 0 once cancelled. */
  unapplied: z.number().int(),
  status: z.enum(PAYMENT_STATUSES),
  updatedAt: z.string(),
});
export type SupplierPaymentRow = z.output<typeof supplierPaymentRow>;

export const paymentAllocationOut = z.object({
  id,
  invoiceId: id,
  invoiceCode: z.string(),
  invoiceNumber: z.string(),
  invoiceDate: z.string(),
  dueOn: z.string(),
  amount: z.number().int(),
});

export const supplierPaymentDetail = supplierPaymentRow.extend({
  notes: z.string().nullable(),
  cancelReason: z.string().nullable(),
  allocated: z.number().int(),
  allocations: z.array(paymentAllocationOut),
  createdBy: z.string().nullable(),
  lockVersion: z.number().int(),
  createdAt: z.string(),
});
export type SupplierPaymentDetail = z.output<typeof supplierPaymentDetail>;

/** A supplier invoice with money still to pay, in the order FIFO pays them. */
export const openSupplierInvoice = z.object({
  id,
  invoiceCode: z.string(),
  invoiceNumber: z.string(),
  invoiceDate: z.string(),
  dueOn: z.string(),
  gross: z.number().int(),
  open: z.number().int(),
});
export type OpenSupplierInvoice = z.output<typeof openSupplierInvoice>;

/** A purchase order an invoice may bill: the supplier's, not a draft nor cancelled. */
export const billableOrder = z.object({
  id,
  number: z.string(),
  orderDate: z.string(),
  status: z.string(),
  gross: z.number().int(),
  /** What invoices registered so far bill of it. */
  invoiced: z.number().int(),
});

export const heldBill = z.object({
  id,
  billNo: z.string(),
  kind: z.enum(['bank', 'commercial']),
  acceptor: z.string(),
  customerName: z.string(),
  amount: z.number().int(),
  issueDate: z.string(),
  maturityDate: z.string(),
});
export type HeldBill = z.output<typeof heldBill>;

const buckets = z.object({
  notDue: z.number().int(),
  days1to30: z.number().int(),
  days31to60: z.number().int(),
  days61to90: z.number().int(),
  over90: z.number().int(),
});
export type DueBuckets = z.output<typeof buckets>;

export const supplierSummaryRow = z.object({
  /** The supplier's id. */
  id,
  supplierCode: z.string(),
  supplierName: z.string(),
  invoiced: z.number().int(),
  paid: z.number().int(),
  /** What the invoices still ask for (gross less allocated payments). */
  open: z.number().int(),
  /** Paid but not yet set against an invoice. */
  unapplied: z.number().int(),
  /** What we owe: open less unapplied, the statement's closing balance. */
  balance: z.number().int(),
  overdue: z.number().int(),
  /** The first due date still ahead (today or later) of an open invoice. */
  nextDue: z.string().nullable(),
  buckets,
});
export type SupplierSummaryRow = z.output<typeof supplierSummaryRow>;

export const SUMMARY_SORTABLE = ['supplierName', 'invoiced', 'paid', 'open', 'balance', 'overdue', 'nextDue'] as const;
export const INVOICE_SORTABLE = ['invoiceNumber', 'invoiceDate', 'dueOn', 'gross', 'open'] as const;
export const PAYMENT_SORTABLE = ['number', 'payDate', 'amount', 'unapplied'] as const;

export const dueOut = z.object({
  asOf: z.string(),
  buckets,
  total: z.number().int(),
  /** Open invoices by due date, the earliest first (at most `limit`), each with its bucket. */
  invoices: queueOf(
    openSupplierInvoice.extend({
      supplierId: id,
      supplierName: z.string(),
      daysOverdue: z.number().int(),
      bucket: z.enum(DUE_BUCKETS),
    }),
  ),
});
export type PayablesDue = z.output<typeof dueOut>;

export const STATEMENT_LINE_TYPES = ['invoice', 'payment'] as const;
export const statementOut = z.object({
  supplierId: id,
  supplierName: z.string(),
  from: z.string(),
  to: z.string(),
  /** What we owed the supplier before `from`. */
  opening: z.number().int(),
  lines: z.array(
    z.object({
      date: z.string(),
      type: z.enum(STATEMENT_LINE_TYPES),
      /** The invoice's number (code-number on paper) or the payment's FK number. */
      number: z.string(),
      payMethod: z.enum(PAYMENT_METHODS).nullable(),
      increase: z.number().int(),
      paid: z.number().int(),
      balance: z.number().int(),
    }),
  ),
  totalIncrease: z.number().int(),
  totalPaid: z.number().int(),
  closing: z.number().int(),
});
export type PayablesStatement = z.output<typeof statementOut>;

const lockVersion = z.number().int().min(1);

export const payablesChannels = {
  'purchasing.payables.invoices.list': query(
    'purchasing.read',
    listInput(INVOICE_SORTABLE, { supplierId: id, from: plainDate, to: plainDate, openOnly: z.boolean() }),
    pageOf(supplierInvoiceRow),
  ),
  'purchasing.payables.invoices.get': query('purchasing.read', z.object({ id }), supplierInvoiceDetail),
  /** 登记供应商发票: against the supplier's purchase orders, the links at most its gross. */
  'purchasing.payables.invoices.create': mutation('purchasing.write', supplierInvoiceInput, supplierInvoiceDetail),
  /** Only while nothing has been paid on it. */
  'purchasing.payables.invoices.update': mutation(
    'purchasing.write',
    z.object({ id, lockVersion, data: supplierInvoiceInput }),
    supplierInvoiceDetail,
  ),
  /** A wrong registration taken out, while nothing has been paid on it; the history keeps what it was. */
  'purchasing.payables.invoices.delete': mutation(
    'purchasing.write',
    z.object({ id, reason: text(500) }),
    z.object({ id }),
  ),
  /** The supplier's invoices still open, oldest due first (the order FIFO pays them in). */
  'purchasing.payables.openInvoices': query(
    'purchasing.read',
    z.object({ supplierId: id }),
    z.array(openSupplierInvoice),
  ),
  'purchasing.payables.billableOrders': query('purchasing.read', z.object({ supplierId: id }), z.array(billableOrder)),
  /** Our acceptance bills on hand, which a payment may endorse on. */
  'purchasing.payables.heldBills': query('purchasing.read', z.object({}).default({}), z.array(heldBill)),

  'purchasing.payables.payments.list': query(
    'purchasing.read',
    listInput(PAYMENT_SORTABLE, {
      supplierId: id,
      payMethod: z.enum(PAYMENT_METHODS),
      from: plainDate,
      to: plainDate,
      includeCancelled: z.boolean(),
    }),
    pageOf(supplierPaymentRow),
  ),
  'purchasing.payables.payments.get': query('purchasing.read', z.object({ id }), supplierPaymentDetail),
  /** 付款: numbered FK…, set against open invoices (as chosen, else oldest due first); a bill is endorsed on. */
  'purchasing.payables.payments.create': mutation('purchasing.write', supplierPaymentInput, supplierPaymentDetail),
  /** What is still unapplied of a payment, set against invoices registered since. */
  'purchasing.payables.payments.allocate': mutation(
    'purchasing.write',
    z.object({ paymentId: id, items: orNull(z.array(paymentAllocationItem).min(1).max(200)) }),
    supplierPaymentDetail,
  ),
  /** Its allocations undone, an endorsed bill back on hand. */
  'purchasing.payables.payments.cancel': mutation(
    'purchasing.write',
    z.object({ id, reason: text(500) }),
    supplierPaymentDetail,
  ),

  /** 应付账款 per supplier: invoiced, paid, open, overdue, next due, due buckets. */
  'purchasing.payables.summary': query(
    'purchasing.read',
    listInput(SUMMARY_SORTABLE, { asOf: plainDate, withBalanceOnly: z.boolean() }),
    pageOf(supplierSummaryRow),
  ),
  /** What is due when, as of a day: buckets and the open invoices by due date. */
  'purchasing.payables.due': query(
    'purchasing.read',
    z.object({ asOf: orNull(plainDate), supplierId: optId, limit: queueLimit }),
    dueOut,
  ),
  /** The supplier's account for a period: opening balance, invoices and payments, closing. */
  'purchasing.payables.statement': query(
    'purchasing.read',
    z.object({ supplierId: id, from: plainDate, to: plainDate }),
    statementOut,
  ),
};
