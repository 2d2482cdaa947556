import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { fen, id, optText, orNull, plainDate, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

export const COLLECTION_WAYS = ['phone', 'visit', 'wechat', 'email', 'letter'] as const;
export type CollectionWay = (typeof COLLECTION_WAYS)[number];

/** A calendar month, 'YYYY-MM'. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'collectionsMsg.errors.month' });

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));

/** A span of months, from <= to, at most five years: a report never walks an unbounded range. */
const monthRange = z
  .object({ from: month, to: month })
  .refine((v) => v.from <= v.to, { path: ['to'], error: 'collectionsMsg.errors.monthOrder' })
  .refine((v) => monthIndex(v.to) - monthIndex(v.from) < 60, {
    path: ['to'],
    error: 'collectionsMsg.errors.monthSpan',
  });

/** A share such as a plan's completion, as a percentage with one decimal ('85.3'); null when nothing was planned. */
const rate = z.string().nullable();

export const overdueRow = z.object({
  customerId: id,
  customerCode: z.string(),
  customerName: z.string(),
  salesperson: z.string().nullable(),
  overdueFen: z.number().int(),
  invoices: z.number().int(),
  oldestDays: z.number().int(),
  lastFollowUp: z.string().nullable(),
  nextFollowUp: z.string().nullable(),
  promisedDate: z.string().nullable(),
  promisedFen: z.number().int().nullable(),
});
export type OverdueRow = z.output<typeof overdueRow>;

export const overdueInput = listInput(['overdue', 'oldest', 'customer'] as const, {}).extend({
  asOf: plainDate.optional(),
});

export const collectionLogInput = z
  .object({
    customerId: id,
    date: plainDate,
    way: z.enum(COLLECTION_WAYS),
    contact: optText(40),
    content: text(2000),
    promisedDate: orNull(plainDate),
    promisedFen: orNull(fen),
    nextDate: orNull(plainDate),
  })
  .refine((v) => !v.nextDate || v.nextDate >= v.date, {
    path: ['nextDate'],
    error: 'collectionsMsg.errors.nextBeforeDate',
  })
  .refine((v) => !v.promisedDate || v.promisedDate >= v.date, {
    path: ['promisedDate'],
    error: 'collectionsMsg.errors.promiseBeforeDate',
  });
export type CollectionLogInput = z.input<typeof collectionLogInput>;

export const collectionLogRow = z.object({
  id,
  customerId: id,
  date: z.string(),
  way: z.enum(COLLECTION_WAYS),
  contact: z.string().nullable(),
  content: z.string(),
  promisedDate: z.string().nullable(),
  promisedFen: z.number().int().nullable(),
  nextDate: z.string().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export type CollectionLogRow = z.output<typeof collectionLogRow>;

export const collectionPlanInput = z.object({
  month,
  customerId: id,
  planned: fen,
  note: optText(200),
});

export const collectionPlanRow = z.object({
  month: z.string(),
  customerId: id,
  customerCode: z.string(),
  customerName: z.string(),
  planned: z.number().int(),
  actual: z.number().int(),
  rate,
  note: z.string().nullable(),
});
export type CollectionPlanRow = z.output<typeof collectionPlanRow>;

export const planTotals = z.object({ planned: z.number().int(), actual: z.number().int(), rate });

export const collectionPlanReport = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(collectionPlanRow),
  months: z.array(planTotals.extend({ month: z.string() })),
  totals: planTotals,
});
export type CollectionPlanReport = z.output<typeof collectionPlanReport>;

export const salesPlanInput = z.object({
  month,
  salesperson: text(40),
  sales: fen,
  collection: fen,
});

export const ledgerInput = z.object({ from: month, to: month, salesperson: optText(40) }).and(monthRange);

const ledgerFigures = z.object({
  salesPlan: z.number().int(),
  orders: z.number().int(),
  deliveries: z.number().int(),
  invoiced: z.number().int(),
  receipts: z.number().int(),
  collectionPlan: z.number().int(),
  /** Orders against the sales plan. */
  salesRate: rate,
  /** Receipts against the collection plan. */
  collectionRate: rate,
});

export const ledgerRow = ledgerFigures.extend({
  /** '' for customers nobody is assigned to. */
  salesperson: z.string(),
  month: z.string(),
});
export type LedgerRow = z.output<typeof ledgerRow>;

export const ledgerReport = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(ledgerRow),
  totals: ledgerFigures,
  /** Everyone the filter offers: the customers' salespeople and those with a plan. */
  salespeople: z.array(z.string()),
});
export type LedgerReport = z.output<typeof ledgerReport>;

export const BUCKETS = ['notDue', 'd1_30', 'd31_60', 'd61_90', 'd91_180', 'd181_365', 'over365'] as const;
export type Bucket = (typeof BUCKETS)[number];

export const dashboardSummary = z.object({
  asOf: z.string(),
  kpi: z.object({
    receivables: z.number().int(),
    overdue: z.number().int(),
    overdueShare: rate,
    over90: z.number().int(),
    monthReceipts: z.number().int(),
    monthPlan: z.number().int(),
    monthRate: rate,
  }),
  buckets: z.array(z.object({ bucket: z.enum(BUCKETS), amount: z.number().int(), invoices: z.number().int() })),
  topOverdue: z.array(
    z.object({ customerId: id, customerName: z.string(), overdueFen: z.number().int(), oldestDays: z.number().int() }),
  ),
  salesVsReceipts: z.array(z.object({ month: z.string(), sales: z.number().int(), receipts: z.number().int() })),
  winRate: z.array(z.object({ month: z.string(), won: z.number().int(), lost: z.number().int(), rate })),
  planVsActual: z.array(planTotals.extend({ month: z.string() })),
});
export type DashboardSummary = z.output<typeof dashboardSummary>;

const file = z.object({ filename: z.string(), dataBase64: z.string() });

/** Collections (催收, 回款计划), the sales ledger (销售台账) and the manager's dashboard. */
export const collectionChannels = {
  /** Customers with open invoices past their due date, most overdue first. */
  'collections.overdue': query('finance.read', overdueInput, pageOf(overdueRow)),
  'collections.log': mutation('collections.write', collectionLogInput, collectionLogRow),
  'collections.logs': query(
    'finance.read',
    z.object({
      customerId: id,
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(200).default(20),
    }),
    pageOf(collectionLogRow),
  ),
  'collections.plan.set': mutation('collections.write', collectionPlanInput, collectionPlanRow),
  /** One month, or a span of months: each customer's plan against what it paid that month. */
  'collections.plan': query('finance.read', z.union([z.object({ month }), monthRange]), collectionPlanReport),
  'ledger.plan.set': mutation(
    'credit.manage',
    salesPlanInput,
    salesPlanInput.extend({ salesperson: z.string(), sales: z.number().int(), collection: z.number().int() }),
  ),
  'ledger.report': query('finance.read', ledgerInput, ledgerReport),
  'ledger.xlsx': query('finance.read', ledgerInput, file),
  'dashboard.summary': query('dashboard.read', z.object({ asOf: plainDate.optional() }), dashboardSummary),
};
