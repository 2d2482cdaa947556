import { z } from 'zod';
import { AGEING_BASES } from './ageing-contract';

/** Where payment days run from when deciding what is overdue: the invoice date or the signed delivery. */
export const OVERDUE_BASES = ['invoice', 'delivery'] as const;

const strictlyIncreasing = (days: number[]) => days.every((d, i) => i === 0 || d > days[i - 1]!);

/** How receivables are read: the overdue and ageing bases, the management buckets, the 回执 reminder. */
export const receivableSettings = z.object({
  overdueBasis: z.enum(OVERDUE_BASES).default('invoice'),
  ageingBasis: z.enum(AGEING_BASES).default('invoice'),
  /** Upper bounds in days of the management buckets after "not yet due"; one more bucket holds the rest. */
  buckets: z
    .array(z.number().int().min(1).max(3650))
    .min(1)
    .max(10)
    .refine(strictlyIncreasing, { error: 'receivableMsg.errors.bucketsIncreasing' })
    .default([30, 60, 90, 180, 365]),
  /** Invoices sent and not acknowledged after this many days are flagged for a reminder. */
  ackReminderDays: z.number().int().min(1).max(365).default(7),
});
export type ReceivableSettings = z.output<typeof receivableSettings>;
