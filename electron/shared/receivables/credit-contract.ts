import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { id, optId, text } from '../rpc/fields';
import { customerSummary } from './customer-summary';
import { creditStanding } from './credit-standing';
import { receivableSettings } from './receivable-settings';

export { CREDIT_REASONS, creditStanding, type CreditReason, type CreditStanding } from './credit-standing';

/** Where a manager may release a credit block: a notice being confirmed, a note being loaded. */
export const RELEASE_CHECKPOINTS = ['notice', 'note'] as const;

export const creditReleaseInput = z.object({
  checkpoint: z.enum(RELEASE_CHECKPOINTS),
  documentId: id,
  reason: text(500),
});

export const creditReleaseOut = z.object({
  id,
  checkpoint: z.enum(RELEASE_CHECKPOINTS),
  documentId: id,
  reason: z.string(),
  releasedById: id,
  releasedBy: z.string(),
  createdAt: z.string(),
  standing: creditStanding,
});

/** Receivable settings, the customer summary, credit standing and releases. */
export const creditChannels = {
  'receivables.settings.get': query('finance.read', z.object({}), receivableSettings),
  'receivables.settings.update': mutation('credit.manage', receivableSettings, receivableSettings),
  'receivables.customerSummary': query('finance.read', z.object({ customerId: id }), customerSummary),
  /** The standing now, with an order's or a notice's value on top when one is named. */
  'receivables.credit.standing': query(
    'finance.read',
    z.object({ customerId: id, orderId: optId, noticeId: optId }),
    creditStanding,
  ),
  /** A manager lets a blocked notice be confirmed or a blocked note be loaded, with a reason. */
  'receivables.credit.release': mutation('credit.manage', creditReleaseInput, creditReleaseOut),
};
