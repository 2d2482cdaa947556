import { z } from 'zod';
import { id } from '../rpc/fields';
import { creditStanding } from './credit-standing';

/** What the customer owes and how it stands against its terms, for the customer drawer. */
export const customerSummary = z.object({
  customerId: id,
  /** Open invoices less unapplied receipts: what the customer owes today (negative: we owe them). */
  balance: z.number().int(),
  openItems: z.object({ count: z.number().int(), amount: z.number().int() }),
  unapplied: z.number().int(),
  creditLimit: z.number().int().nullable(),
  paymentDays: z.number().int(),
  paymentTerms: z.string().nullable(),
  overdue: z.number().int(),
  standing: creditStanding,
  lastReceiptDate: z.string().nullable(),
});
export type CustomerSummary = z.output<typeof customerSummary>;
