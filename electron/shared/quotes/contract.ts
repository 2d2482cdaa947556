import { z } from 'zod';
import { TAX_RATES } from '../money';
import { mutation, query } from '../rpc/channel';
import { fen, id, optEmail, optId, optText, orNull, percent, plainDate, price, quantity, text } from '../rpc/fields';
import { listInput, pageOf, queueLimit, queueOf } from '../rpc/list';
import { refuseNegativeTotal } from './negative-total';
import { COST_SOURCES, QUOTE_LINE_KINDS } from './quote-pricing';

/** draft -> pending_approval -> approved -> sent -> won / lost; rejected goes back to editing; a revision supersedes. */
export const QUOTE_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'sent',
  'won',
  'lost',
  'expired',
  'superseded',
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const SEND_WAYS = ['email', 'print', 'fax', 'wechat', 'other'] as const;
export const FOLLOW_UP_WAYS = ['phone', 'visit', 'email', 'wechat', 'other'] as const;

export const quoteLineInput = z.object({
  kind: z.enum(QUOTE_LINE_KINDS).default('item'),
  productId: optId,
  name: text(100),
  brand: optText(60),
  spec: optText(200),
  unit: text(10).default('个'),
  quantity,
  unitPrice: price,
  taxRate: z.enum(TAX_RATES).default('0.13'),
  leadTime: optText(40),
  note: optText(200),
});

export const costLineInput = z.object({
  lineNo: orNull(z.number().int().min(1)),
  productId: optId,
  name: text(100),
  spec: optText(200),
  unit: text(10).default('个'),
  quantity,
  unitCost: price,
  costSource: z.enum(COST_SOURCES).default('manual'),
  supplierId: optId,
  note: optText(200),
});

export const quoteInput = z
  .object({
    customerId: id,
    contactName: optText(40),
    contactPhone: optText(40),
    contactEmail: optEmail,
    contactAddress: optText(200),
    project: optText(100),
    quoteDate: plainDate,
    validDays: z.number().int().min(1).max(365).default(15),
    priceIncludesTax: z.boolean().default(true),
    taxStatement: optText(100),
    leadTime: optText(100),
    paymentTerms: optText(100),
    warranty: optText(100),
    notes: optText(2000),
    targetMargin: orNull(percent),
    inquiryId: optId,
    /** Whether the cost sheet's unit costs include VAT (the margin takes them net); net unless said. */
    costIncludesTax: z.boolean().default(false),
    lines: z.array(quoteLineInput).min(1).max(500),
    costLines: z.array(costLineInput).max(2000).default([]),
  })
  .superRefine((q, ctx) => {
    // A cost line must point at a quote line that exists.
    q.costLines.forEach((c, i) => {
      if (c.lineNo !== null && c.lineNo > q.lines.length)
        ctx.addIssue({ code: 'custom', path: ['costLines', i, 'lineNo'], message: 'validation.lineNo' });
    });
    refuseNegativeTotal(q.priceIncludesTax, q.lines, ctx);
  });
export type QuoteInput = z.input<typeof quoteInput>;
export type QuoteData = z.output<typeof quoteInput>;

const amounts = { net: z.number().int(), tax: z.number().int(), gross: z.number().int() };

/** A priced line as every document shows it back: what was typed, and the amounts computed from it. */
export const pricedLineOut = z.object({
  kind: z.enum(QUOTE_LINE_KINDS),
  productId: z.number().int().nullable(),
  name: z.string(),
  brand: z.string().nullable(),
  spec: z.string().nullable(),
  unit: z.string(),
  quantity: z.string(),
  unitPrice: z.string(),
  taxRate: z.enum(TAX_RATES),
  ...amounts,
});

export const quoteRow = z.object({
  id,
  number: z.string(),
  version: z.number().int(),
  status: z.enum(QUOTE_STATUSES),
  customerId: id,
  customerName: z.string(),
  project: z.string().nullable(),
  quoteDate: z.string(),
  validUntil: z.string(),
  /** Negative once past validity. */
  daysLeft: z.number().int(),
  gross: z.number().int(),
  quotedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type QuoteRow = z.output<typeof quoteRow>;

export const quoteDetail = quoteRow.extend({
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactAddress: z.string().nullable(),
  validDays: z.number().int(),
  priceIncludesTax: z.boolean(),
  taxStatement: z.string().nullable(),
  leadTime: z.string().nullable(),
  paymentTerms: z.string().nullable(),
  warranty: z.string().nullable(),
  notes: z.string().nullable(),
  targetMargin: z.string().nullable(),
  inquiryId: z.number().int().nullable(),
  costIncludesTax: z.boolean(),
  revisionReason: z.string().nullable(),
  sentAt: z.string().nullable(),
  sentVia: z.string().nullable(),
  outcomeReason: z.string().nullable(),
  lockVersion: z.number().int(),
  totals: z.object(amounts),
  /** The cost sheet without VAT: what the margin compares the goods' net with. */
  cost: z.number().int(),
  marginPercent: z.string().nullable(),
  /** Discount lines and prices below list, as a percent of the goods at list value. */
  discountPercent: z.string(),
  /** Goods lines (1-based) without a cost on the cost sheet; goods lines priced below their product's list price. */
  uncostedLines: z.array(z.number().int()),
  belowListLines: z.array(z.number().int()),
  amountInWords: z.string(),
  /** Only drafts and rejected quotes can be edited; anything else is revised. */
  editable: z.boolean(),
  lines: z.array(
    pricedLineOut.extend({
      leadTime: z.string().nullable(),
      note: z.string().nullable(),
      /** The product's list price today (net), for the discount a price below it gives; null without a product. */
      listPrice: z.string().nullable(),
    }),
  ),
  costLines: z.array(
    z.object({
      lineNo: z.number().int().nullable(),
      productId: z.number().int().nullable(),
      name: z.string(),
      spec: z.string().nullable(),
      unit: z.string(),
      quantity: z.string(),
      unitCost: z.string(),
      costSource: z.enum(COST_SOURCES),
      supplierId: z.number().int().nullable(),
      note: z.string().nullable(),
      cost: z.number().int(),
    }),
  ),
  approvals: z.array(
    z.object({
      action: z.string(),
      userName: z.string().nullable(),
      comment: z.string().nullable(),
      reasons: z.array(z.string()),
      at: z.string(),
    }),
  ),
});
export type QuoteDetail = z.output<typeof quoteDetail>;

export const approvalRules = z.object({
  /** Below this margin (percent) a manager must approve. */
  minMarginPercent: percent,
  /** Above this discount (percent of goods at list value) a manager must approve. */
  maxDiscountPercent: percent,
  /** Above this total (fen, gross) a manager must approve. */
  maxAmount: fen,
  /** Goods lines without a cost need a manager (rules saved before this existed read as yes). */
  missingCostNeedsApproval: z.boolean().default(true),
});
export type ApprovalRules = z.output<typeof approvalRules>;

export const QUOTE_SORTABLE = ['number', 'quoteDate', 'validUntil', 'gross', 'updatedAt'] as const;

export const lineDiff = z.object({
  added: z.array(
    z.object({
      name: z.string(),
      spec: z.string().nullable(),
      quantity: z.string(),
      unitPrice: z.string(),
      gross: z.number().int(),
    }),
  ),
  removed: z.array(
    z.object({
      name: z.string(),
      spec: z.string().nullable(),
      quantity: z.string(),
      unitPrice: z.string(),
      gross: z.number().int(),
    }),
  ),
  changed: z.array(
    z.object({
      name: z.string(),
      spec: z.string().nullable(),
      quantity: z.tuple([z.string(), z.string()]),
      unitPrice: z.tuple([z.string(), z.string()]),
      gross: z.tuple([z.number().int(), z.number().int()]),
    }),
  ),
  totals: z.object({ from: z.object(amounts), to: z.object(amounts) }),
});

export const quoteChannels = {
  'quotes.list': query(
    'quotes.read',
    listInput(QUOTE_SORTABLE, { status: z.enum(QUOTE_STATUSES), customerId: id, current: z.boolean() }),
    pageOf(quoteRow),
  ),
  'quotes.get': query('quotes.read', z.object({ id }), quoteDetail),
  'quotes.versions': query(
    'quotes.read',
    z.object({
      number: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9-]{1,32}$/, { error: 'validation.code' }),
    }),
    z.array(quoteRow.extend({ revisionReason: z.string().nullable() })),
  ),
  'quotes.compare': query('quotes.read', z.object({ fromId: id, toId: id }), lineDiff),
  'quotes.create': mutation('quotes.write', quoteInput, quoteDetail),
  'quotes.update': mutation(
    'quotes.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: quoteInput }),
    quoteDetail,
  ),
  'quotes.submit': mutation('quotes.write', z.object({ id }), quoteDetail),
  'quotes.approve': mutation('quotes.approve', z.object({ id, comment: optText(500) }), quoteDetail),
  'quotes.reject': mutation('quotes.approve', z.object({ id, comment: text(500) }), quoteDetail),
  'quotes.markSent': mutation(
    'quotes.write',
    z.object({ id, via: z.enum(SEND_WAYS), note: optText(200) }),
    quoteDetail,
  ),
  'quotes.revise': mutation('quotes.write', z.object({ id, reason: text(200) }), quoteDetail),
  'quotes.outcome': mutation(
    'quotes.write',
    z.object({
      id,
      outcome: z.enum(['won', 'lost']),
      reason: optText(500),
      /** Won past its validity at the quoted prices: said explicitly, else the quote must be revised first. */
      confirmExpired: z.boolean().default(false),
    }),
    quoteDetail,
  ),
  'quotes.email': mutation(
    'quotes.write',
    z.object({
      id,
      to: z
        .array(z.email({ error: 'validation.email' }))
        .min(1)
        .max(10),
      cc: z
        .array(z.email({ error: 'validation.email' }))
        .max(10)
        .default([]),
      subject: optText(200),
      body: optText(5000),
      formatId: optId,
    }),
    quoteDetail,
  ),
  /** Lines this customer was quoted before (sent, won, lost or expired quotes), newest first, with the prices then given. */
  'quotes.previousLines': query(
    'quotes.read',
    z.object({
      customerId: id,
      q: z.string().trim().max(100).optional(),
      excludeNumber: z.string().trim().max(32).optional(),
    }),
    z.array(
      quoteLineInput.extend({
        kind: z.enum(QUOTE_LINE_KINDS),
        quoteId: id,
        number: z.string(),
        version: z.number().int(),
        quoteDate: z.string(),
        status: z.enum(QUOTE_STATUSES),
        priceIncludesTax: z.boolean(),
      }),
    ),
  ),
  /** A new draft (its own number) with this quote's content, for the same or another customer. */
  'quotes.copy': mutation('quotes.write', z.object({ id, customerId: optId }), quoteDetail),
  'quotes.xlsx': query('quotes.read', z.object({ id }), z.object({ filename: z.string(), dataBase64: z.string() })),
  'quotes.rules.get': query('quotes.read', z.object({}), approvalRules),
  /** The manager who approves also sets what needs approval (设置 › 审批规则). */
  'quotes.rules.update': mutation('quotes.approve', approvalRules, approvalRules),
};

/** The columns a quote format can show, in the order the user chooses. */
export const QUOTE_COLUMNS = [
  'index',
  'name',
  'brand',
  'spec',
  'unit',
  'quantity',
  'unitPrice',
  'amount',
  'taxRate',
  'tax',
  'leadTime',
  'note',
] as const;
export type QuoteColumn = (typeof QUOTE_COLUMNS)[number];

/** A quote layout the sales assistant designs without code. */
export const quoteFormatInput = z.object({
  name: text(40),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  title: text(40).default('报价单'),
  showLogo: z.boolean().default(true),
  columns: z
    .array(z.object({ key: z.enum(QUOTE_COLUMNS), width: z.number().int().min(5).max(120), label: optText(20) }))
    .min(1)
    .max(QUOTE_COLUMNS.length),
  /** Which terms print under the lines, in this order. */
  terms: z.array(z.enum(['validity', 'taxStatement', 'leadTime', 'paymentTerms', 'warranty'])).max(5),
  extraTerms: optText(1000),
  showSeal: z.boolean().default(true),
  sealPosition: z.enum(['left', 'right']).default('right'),
  isDefault: z.boolean().default(false),
});
export type QuoteFormatInput = z.input<typeof quoteFormatInput>;
export type QuoteFormat = z.output<typeof quoteFormatInput>;
export const quoteFormatOut = quoteFormatInput.extend({ id });

export const quoteFormatChannels = {
  'quotes.formats.list': query('quotes.read', z.object({}), z.array(quoteFormatOut)),
  'quotes.formats.save': mutation('quotes.write', z.object({ id: optId, format: quoteFormatInput }), quoteFormatOut),
  /** A format as it would print, before it is saved: on the given quote, else on a made-up one. */
  'quotes.formats.preview': query(
    'quotes.read',
    z.object({ format: quoteFormatInput, quoteId: optId }),
    z.object({ dataBase64: z.string(), pages: z.number().int() }),
  ),
  'quotes.pdf': query(
    'quotes.read',
    z.object({ id, formatId: optId }),
    z.object({ filename: z.string(), dataBase64: z.string(), pages: z.number().int() }),
  ),
};

export const followUpInput = z.object({
  quoteId: id,
  date: plainDate,
  way: z.enum(FOLLOW_UP_WAYS),
  customerSaid: text(2000),
  competitor: optText(100),
  competitorPrice: orNull(price),
  nextDate: orNull(plainDate),
});

export const followUpRow = z.object({
  id,
  quoteId: id,
  date: z.string(),
  way: z.enum(FOLLOW_UP_WAYS),
  userName: z.string().nullable(),
  customerSaid: z.string(),
  competitor: z.string().nullable(),
  competitorPrice: z.string().nullable(),
  nextDate: z.string().nullable(),
});

export const dueFollowUp = z.object({
  quoteId: id,
  number: z.string(),
  version: z.number().int(),
  customerName: z.string(),
  project: z.string().nullable(),
  nextDate: z.string(),
  lastSaid: z.string(),
  overdue: z.boolean(),
});

export const followUpChannels = {
  'quotes.followups.add': mutation('quotes.write', followUpInput, followUpRow),
  'quotes.followups.list': query('quotes.read', z.object({ quoteId: id }), z.array(followUpRow)),
  /** Open quotes whose next follow-up is today or already past: how many, and the first `limit` by date. */
  'quotes.followups.due': query(
    'quotes.read',
    z.object({ on: plainDate.optional(), limit: queueLimit }),
    queueOf(dueFollowUp),
  ),
};
