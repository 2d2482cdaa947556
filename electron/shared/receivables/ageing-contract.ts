import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { id, optId, optText, orNull, plainDate } from '../rpc/fields';
import { pageOf } from '../rpc/list';

/** Where an invoice's age counts from: its issue date, its signed delivery, or its due date (days past due). */
export const AGEING_BASES = ['invoice', 'delivery', 'due'] as const;
export type AgeingBasis = (typeof AGEING_BASES)[number];

/** management: not yet due / 0-30 … >365 days; annual: <1y, 1-2y, 2-3y, >3y (calendar years). */
export const AGEING_VIEWS = ['management', 'annual'] as const;
export type AgeingView = (typeof AGEING_VIEWS)[number];

/** Signed fen: balances and red-letter amounts go below zero. */
const signedFen = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

const ageingShape = {
  /** Default: today. */
  asOf: plainDate.optional(),
  basis: z.enum(AGEING_BASES).optional(),
  view: z.enum(AGEING_VIEWS).default('management'),
  /** Custom upper bounds in days (ascending), instead of the view's; the last bucket is "over the last bound". */
  bounds: z.array(z.number().int().min(0).max(36_500)).min(1).max(12).optional(),
};

export const ageingInput = z.object({
  ...ageingShape,
  groupBy: z.enum(['customer', 'salesperson']).default('customer'),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
  sort: z
    .object({ field: z.enum(['total', 'overdue', 'over90', 'balance', 'name']), dir: z.enum(['asc', 'desc']) })
    .default({ field: 'total', dir: 'desc' }),
});

/** One bucket column: ages from..to days inclusive (null: open-ended); `years` for the annual view. */
export const ageingBucket = z.object({
  index: z.number().int(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  unit: z.enum(['days', 'years']),
  /** The first bucket on the due basis: not yet due (incl. due today). */
  notYetDue: z.boolean(),
});
export type AgeingBucket = z.output<typeof ageingBucket>;

const amounts = {
  buckets: z.array(signedFen),
  /** Σ open as of the date. */
  total: signedFen,
  /** Open past its due date (whatever the basis). */
  overdue: signedFen,
  /** Open more than 90 days on the chosen basis, and its share of the total in percent (1 decimal). */
  over90: signedFen,
  over90Share: z.string().nullable(),
  /** Receipts not yet allocated as of the date (shown negative beside the buckets). */
  unapplied: signedFen,
  /** total − unapplied. */
  balance: signedFen,
};

export const ageingRow = z.object({
  /** Customer id, or the salesperson's name ('' for customers without one). */
  key: z.string(),
  customerId: z.number().int().nullable(),
  code: z.string().nullable(),
  name: z.string(),
  salesperson: z.string().nullable(),
  ...amounts,
});
export type AgeingRow = z.output<typeof ageingRow>;

export const ageingReport = z.object({
  asOf: z.string(),
  basis: z.enum(AGEING_BASES),
  view: z.enum(AGEING_VIEWS),
  groupBy: z.enum(['customer', 'salesperson']),
  buckets: z.array(ageingBucket),
  rows: z.array(ageingRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totals: z.object(amounts),
});
export type AgeingReport = z.output<typeof ageingReport>;

export const ageingItemsInput = z.object({
  ...ageingShape,
  customerId: optId,
  salesperson: orNull(z.string().max(40)),
  /** A bucket index, or 'all' for every open invoice of the row. */
  bucket: z.union([z.number().int().min(0).max(12), z.literal('all')]),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

export const ageingItem = z.object({
  id,
  number: z.string(),
  customerId: id,
  customerName: z.string(),
  issueDate: z.string(),
  deliveryDate: z.string(),
  dueDate: z.string(),
  gross: signedFen,
  /** Open as of the report date. */
  open: signedFen,
  /** Age in days on the chosen basis (negative: not yet due). */
  days: z.number().int(),
});
export type AgeingItem = z.output<typeof ageingItem>;

export const ageingItemsPage = pageOf(ageingItem).extend({ sum: signedFen });

const fileOut = z.object({ filename: z.string(), dataBase64: z.string() });

// ---- 对账单 statement of account ----

export const statementInput = z.object({ customerId: id, from: plainDate, to: plainDate });

export const STATEMENT_LINE_TYPES = ['invoice', 'red', 'receipt'] as const;

export const statementLine = z.object({
  date: z.string(),
  type: z.enum(STATEMENT_LINE_TYPES),
  /** The receipt's method when it came as an acceptance bill (bank_bill / commercial_bill). */
  method: z.string().nullable(),
  number: z.string(),
  /** Invoices (red-letter: negative). */
  increase: signedFen,
  paid: signedFen,
  balance: signedFen,
});
export type StatementLine = z.output<typeof statementLine>;

const party = z.object({
  name: z.string(),
  taxId: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});

export const statement = z.object({
  company: party.extend({ bankName: z.string().nullable(), bankAccount: z.string().nullable() }),
  customer: party.extend({ id, code: z.string() }),
  from: z.string(),
  to: z.string(),
  /** The day it was drawn up. */
  printedOn: z.string(),
  opening: signedFen,
  lines: z.array(statementLine),
  totalIncrease: signedFen,
  totalPaid: signedFen,
  closing: signedFen,
  closingInWords: z.string(),
});
export type Statement = z.output<typeof statement>;

export const STATEMENT_REPLIES = ['agreed', 'disagreed'] as const;

export const statementReplyInput = z.object({
  customerId: id,
  from: plainDate,
  to: plainDate,
  reply: z.enum(STATEMENT_REPLIES),
  replyDate: plainDate,
  /** Their balance when they disagree (signed fen). */
  theirBalance: orNull(signedFen),
  differences: optText(2000),
  attachmentId: optId,
});
export type StatementReplyInput = z.input<typeof statementReplyInput>;

export const statementReply = z.object({
  id,
  customerId: id,
  from: z.string(),
  to: z.string(),
  closing: signedFen,
  reply: z.enum(STATEMENT_REPLIES),
  replyDate: z.string(),
  theirBalance: signedFen.nullable(),
  differences: z.string().nullable(),
  attachmentId: z.number().int().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export type StatementReply = z.output<typeof statementReply>;

/** Ageing analysis (账龄分析) and statements of account (对账单) with their replies. */
export const ageingChannels = {
  'receivables.ageing': query('finance.read', ageingInput, ageingReport),
  'receivables.ageingItems': query('finance.read', ageingItemsInput, ageingItemsPage),
  'receivables.ageingXlsx': query('finance.read', ageingInput.omit({ page: true, pageSize: true }), fileOut),
  /** The whole report, every group, as printed (A4 landscape). */
  'receivables.ageingPdf': query(
    'finance.read',
    ageingInput.omit({ page: true, pageSize: true }),
    fileOut.extend({ pages: z.number().int() }),
  ),
  'receivables.statement': query('finance.read', statementInput, statement),
  'receivables.statementPdf': query('finance.read', statementInput, fileOut.extend({ pages: z.number().int() })),
  'receivables.statementXlsx': query('finance.read', statementInput, fileOut),
  'receivables.recordStatementReply': mutation('collections.write', statementReplyInput, statementReply),
  'receivables.statementReplies': query('finance.read', z.object({ customerId: id }), z.array(statementReply)),
};
