import { z } from 'zod';
import { mutation, query } from '../../rpc/channel';
import { fen, id, optId, optText, orNull, plainDate, text } from '../../rpc/fields';
import { listInput, pageOf } from '../../rpc/list';

/** preparing → submitted → won / lost; abandoned when we decide not to bid. */
export const TENDER_STATUSES = ['preparing', 'submitted', 'won', 'lost', 'abandoned'] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];
/** The outcomes a result may record. */
export const TENDER_RESULTS = ['won', 'lost', 'abandoned'] as const;
/** 综合评分法, 最低评标价法, or as written in the method note. */
export const EVALUATION_METHODS = ['comprehensive', 'lowest_price', 'other'] as const;
/** 转账, 保函, 保证保险, 现金, 支票. */
export const BOND_METHODS = ['transfer', 'guarantee', 'insurance', 'cash', 'cheque'] as const;
export const LOT_RESULTS = ['won', 'lost'] as const;
/** The three deadlines a tender prints, soonest first as they fall. */
export const DEADLINE_KINDS = ['questions', 'submission', 'opening'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** A deadline as the tender prints it: 'YYYY-MM-DD HH:mm', Beijing wall clock. */
export const deadline = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/, { error: 'tenderMsg.errors.deadline' })
  .refine(
    (v) => {
      const d = v.slice(0, 10);
      return !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
    },
    { error: 'tenderMsg.errors.deadline' },
  );
/** Optional: empty is null. */
export const optDeadline = z
  .union([deadline, z.literal('')])
  .nullish()
  .transform((v) => (v ? v : null));
const optDate = z
  .union([plainDate, z.literal('')])
  .nullish()
  .transform((v) => (v ? v : null));

export const lotInput = z.object({
  id: id.optional(),
  lotNo: text(20),
  name: text(200),
  budget: orNull(fen),
  weBid: z.boolean().default(true),
});
export type LotInput = z.input<typeof lotInput>;

export const requiredDocInput = z.object({
  id: id.optional(),
  name: text(200),
  mandatory: z.boolean().default(true),
  note: optText(200),
});
export type RequiredDocInput = z.input<typeof requiredDocInput>;

export const tenderInput = z
  .object({
    projectName: text(200),
    tenderNo: optText(60),
    customerId: optId,
    purchaserName: text(200),
    agentName: optText(200),
    agentContact: optText(100),
    evaluationMethod: z.enum(EVALUATION_METHODS).default('comprehensive'),
    methodNote: optText(200),
    originals: z.number().int().min(1, { error: 'tenderMsg.errors.originals' }).max(20).default(1),
    copies: z.number().int().min(0, { error: 'tenderMsg.errors.copies' }).max(50).default(2),
    questionsDeadline: optDeadline,
    submissionDeadline: optDeadline,
    openingAt: optDeadline,
    openingPlace: optText(200),
    remindDays: z.number().int().min(0).max(60).default(3),
    quoteId: optId,
    notes: optText(1000),
    /** 标段/包 in the tender's order. */
    lots: z.array(lotInput).max(100).default([]),
    /** The documents the tender asks for, in the order it prescribes. */
    requiredDocs: z.array(requiredDocInput).max(200).default([]),
  })
  .superRefine((t, ctx) => {
    if (t.submissionDeadline && t.openingAt && t.submissionDeadline > t.openingAt)
      ctx.addIssue({
        code: 'custom',
        path: ['submissionDeadline'],
        message: 'tenderMsg.errors.submissionAfterOpening',
      });
    if (t.questionsDeadline && t.submissionDeadline && t.questionsDeadline > t.submissionDeadline)
      ctx.addIssue({
        code: 'custom',
        path: ['questionsDeadline'],
        message: 'tenderMsg.errors.questionsAfterSubmission',
      });
    const seen = new Set<string>();
    t.lots.forEach((lot, i) => {
      const key = lot.lotNo.trim().toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['lots', i, 'lotNo'], message: 'tenderMsg.errors.lotTwice' });
      seen.add(key);
    });
  });
export type TenderInput = z.input<typeof tenderInput>;

export const lotOut = z.object({
  id,
  lotNo: z.string(),
  name: z.string(),
  budget: z.number().int().nullable(),
  weBid: z.boolean(),
  result: z.enum(LOT_RESULTS).nullable(),
  winningBidder: z.string().nullable(),
  winningPrice: z.number().int().nullable(),
});
export type LotOut = z.output<typeof lotOut>;

export const requiredDocOut = z.object({
  id,
  name: z.string(),
  mandatory: z.boolean(),
  note: z.string().nullable(),
});

/** A price read out at the opening (唱标). */
export const competitorPriceInput = z.object({
  lotId: optId,
  bidder: text(200),
  bidPrice: fen,
  note: optText(200),
});
export const competitorPriceOut = z.object({
  id,
  lotId: z.number().int().nullable(),
  bidder: z.string(),
  bidPrice: z.number().int(),
  note: z.string().nullable(),
});

const positiveFen = fen.refine((v) => v > 0, { error: 'tenderMsg.errors.amountPositive' });

export const bondInput = z
  .object({
    lotId: optId,
    amount: positiveFen,
    paidBy: z.enum(BOND_METHODS).default('transfer'),
    payee: optText(200),
    payBy: optDate,
    paidOn: optDate,
    refundedOn: optDate,
    notes: optText(500),
  })
  .superRefine((b, ctx) => {
    if (b.refundedOn && (!b.paidOn || b.refundedOn < b.paidOn))
      ctx.addIssue({ code: 'custom', path: ['refundedOn'], message: 'tenderMsg.errors.refundedBeforePaid' });
  });
export type BondInput = z.input<typeof bondInput>;

export const bondOut = z.object({
  id,
  tenderId: id,
  lotId: z.number().int().nullable(),
  amount: z.number().int(),
  paidBy: z.enum(BOND_METHODS),
  payee: z.string().nullable(),
  payBy: z.string().nullable(),
  paidOn: z.string().nullable(),
  refundedOn: z.string().nullable(),
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
});
export type BondOut = z.output<typeof bondOut>;

export const tenderOut = z.object({
  id,
  projectName: z.string(),
  tenderNo: z.string().nullable(),
  customerId: z.number().int().nullable(),
  purchaserName: z.string(),
  agentName: z.string().nullable(),
  agentContact: z.string().nullable(),
  evaluationMethod: z.enum(EVALUATION_METHODS),
  methodNote: z.string().nullable(),
  originals: z.number().int(),
  copies: z.number().int(),
  questionsDeadline: z.string().nullable(),
  submissionDeadline: z.string().nullable(),
  openingAt: z.string().nullable(),
  openingPlace: z.string().nullable(),
  remindDays: z.number().int(),
  status: z.enum(TENDER_STATUSES),
  winningBidder: z.string().nullable(),
  winningPrice: z.number().int().nullable(),
  resultNote: z.string().nullable(),
  quoteId: z.number().int().nullable(),
  notes: z.string().nullable(),
  lots: z.array(lotOut),
  requiredDocs: z.array(requiredDocOut),
  bonds: z.array(bondOut),
  competitorPrices: z.array(competitorPriceOut),
  /** 我方报价: the 开标一览表 total of our package(s) for it (bidTotal of their lines); null before any is priced. */
  ourBid: z.number().int().nullable(),
  lockVersion: z.number().int(),
  updatedAt: z.string(),
});
export type TenderOut = z.output<typeof tenderOut>;

export const tenderRow = z.object({
  id,
  projectName: z.string(),
  tenderNo: z.string().nullable(),
  purchaserName: z.string(),
  submissionDeadline: z.string().nullable(),
  openingAt: z.string().nullable(),
  status: z.enum(TENDER_STATUSES),
  /** Our bonds on the tender, and what of them is not refunded yet. */
  bond: z.number().int(),
  bondOutstanding: z.number().int(),
  /** 我方报价, as on the tender. */
  ourBid: z.number().int().nullable(),
});
export type TenderRow = z.output<typeof tenderRow>;

export const tenderResultInput = z.object({
  id,
  lockVersion: z.number().int().min(1),
  status: z.enum(TENDER_RESULTS),
  winningBidder: optText(200),
  winningPrice: orNull(fen),
  resultNote: optText(500),
  /** Per lot, when the tender has lots. */
  lots: z
    .array(
      z.object({
        id,
        result: orNull(z.enum(LOT_RESULTS)),
        winningBidder: optText(200),
        winningPrice: orNull(fen),
      }),
    )
    .default([]),
  /** The prices read at the opening; replaces those recorded before. */
  competitorPrices: z.array(competitorPriceInput).max(200).default([]),
});
export type TenderResultInput = z.input<typeof tenderResultInput>;

export const outstandingBond = z.object({
  id,
  tenderId: id,
  projectName: z.string(),
  tenderNo: z.string().nullable(),
  lotNo: z.string().nullable(),
  amount: z.number().int(),
  paidBy: z.enum(BOND_METHODS),
  paidOn: z.string(),
  /** Days since it was paid, today included as 0. */
  daysOutstanding: z.number().int(),
  lockVersion: z.number().int(),
});
export type OutstandingBond = z.output<typeof outstandingBond>;

export const deadlineRow = z.object({
  tenderId: id,
  projectName: z.string(),
  tenderNo: z.string().nullable(),
  kind: z.enum(DEADLINE_KINDS),
  at: z.string(),
  /** Calendar days from today to the deadline's day; negative when past. */
  daysLeft: z.number().int(),
  /** overdue: passed while the tender is still being prepared; dueSoon: within the tender's remind days. */
  state: z.enum(['overdue', 'dueSoon', 'upcoming']),
});
export type DeadlineRow = z.output<typeof deadlineRow>;

const lockOf = { id, lockVersion: z.number().int().min(1) };

export const tenderChannels = {
  'bids.tenders.list': query(
    'bids.read',
    listInput(['projectName', 'submissionDeadline', 'openingAt', 'status', 'updatedAt'] as const, {
      status: z.enum(TENDER_STATUSES),
      /** Submission deadlines from / to (days, inclusive). */
      from: plainDate,
      to: plainDate,
    }),
    pageOf(tenderRow),
  ),
  'bids.tenders.get': query('bids.read', z.object({ id }), tenderOut),
  'bids.tenders.create': mutation('bids.write', tenderInput, tenderOut),
  'bids.tenders.update': mutation('bids.write', z.object({ ...lockOf, data: tenderInput }), tenderOut),
  'bids.tenders.markSubmitted': mutation('bids.write', z.object(lockOf), tenderOut),
  'bids.tenders.setResult': mutation('bids.write', tenderResultInput, tenderOut),
  'bids.tenders.addBond': mutation('bids.write', z.object({ tenderId: id, data: bondInput }), bondOut),
  'bids.tenders.updateBond': mutation('bids.write', z.object({ ...lockOf, data: bondInput }), bondOut),
  'bids.tenders.markBondPaid': mutation('bids.write', z.object({ ...lockOf, paidOn: plainDate }), bondOut),
  'bids.tenders.markBondRefunded': mutation('bids.write', z.object({ ...lockOf, refundedOn: plainDate }), bondOut),
  'bids.tenders.bondsOutstanding': query(
    'bids.read',
    z.object({}).default({}),
    z.object({ rows: z.array(outstandingBond), totalAmount: z.number().int() }),
  ),
  'bids.tenders.deadlines': query(
    'bids.read',
    z.object({ days: z.number().int().min(1).max(120).default(28) }).default({ days: 28 }),
    z.array(deadlineRow),
  ),
};
