import { z } from 'zod';
import { id } from '../rpc/fields';

export const CREDIT_REASONS = ['overLimit', 'overdue'] as const;
export type CreditReason = (typeof CREDIT_REASONS)[number];

/**
 * A customer's credit standing on a day. Exposure = open invoices (red-letter negatives included) − unapplied
 * receipts + delivered not yet invoiced + confirmed notices not yet delivered; `extra` is what is being checked on
 * top of it (an order, a notice). All in fen.
 */
export const creditStanding = z.object({
  customerId: id,
  asOf: z.string(),
  /** Null: no limit. 0: cash only. */
  creditLimit: z.number().int().nullable(),
  paymentDays: z.number().int(),
  exposure: z.number().int(),
  openInvoices: z.number().int(),
  unapplied: z.number().int(),
  deliveredNotInvoiced: z.number().int(),
  noticesNotDelivered: z.number().int(),
  /** Open on invoices past their due date. */
  overdue: z.number().int(),
  extra: z.number().int(),
  reasons: z.array(z.enum(CREDIT_REASONS)),
});
export type CreditStanding = z.output<typeof creditStanding>;
