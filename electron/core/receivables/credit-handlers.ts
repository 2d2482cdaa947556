import { AppError } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { getNotice } from '../deliveries/notice-store';
import { getOrder } from '../orders/order-store';
import { creditStandingOf } from './credit-standing';
import { noteStanding } from './credit-checkpoints';
import { recordRelease } from './credit-release';
import { customerSummaryOf } from './customer-summary';
import { readReceivableSettings, RECEIVABLE_SETTINGS_KEY } from './receivable-settings';
import { writeSetting } from '../settings/settings-store';

type Channel =
  | 'receivables.settings.get'
  | 'receivables.settings.update'
  | 'receivables.customerSummary'
  | 'receivables.credit.standing'
  | 'receivables.credit.release';

/** Receivable settings, the customer summary, credit standing and a manager's release of a credit block. */
export const creditHandlers: HandlerMap<Channel> = {
  'receivables.settings.get': async (_input, { db }) => readReceivableSettings(db),
  'receivables.settings.update': async (settings, ctx) => {
    const before = await readReceivableSettings(ctx.tx());
    await writeSetting(ctx.tx(), RECEIVABLE_SETTINGS_KEY, settings);
    await ctx.audit({
      entity: 'settings',
      entityId: RECEIVABLE_SETTINGS_KEY,
      action: 'update',
      before,
      after: settings,
    });
    return settings;
  },
  'receivables.customerSummary': async ({ customerId }, { db }) => customerSummaryOf(db, customerId),
  'receivables.credit.standing': async ({ customerId, orderId, noticeId }, { db }) => {
    const extra =
      (orderId === null ? 0 : (await getOrder(db, orderId)).totals.gross) +
      (noticeId === null ? 0 : (await getNotice(db, noticeId)).gross);
    return creditStandingOf(db, customerId, extra);
  },
  'receivables.credit.release': async ({ checkpoint, documentId, reason }, ctx) => {
    const trx = ctx.tx();
    if (checkpoint === 'notice') {
      const notice = await getNotice(trx, documentId);
      if (notice.status !== 'draft')
        throw new AppError('CONFLICT', 'receivableMsg.errors.releaseWrongStatus', {
          document: '@receivableMsg.text.notice',
          number: notice.number,
          status: `@noticeStatus.${notice.status}`,
        });
      const standing = await creditStandingOf(trx, notice.customerId, notice.gross);
      if (!standing.reasons.length)
        throw new AppError('CONFLICT', 'receivableMsg.errors.notBlocked', {
          document: '@receivableMsg.text.notice',
          number: notice.number,
        });
      return recordRelease(ctx, { checkpoint, documentId, reason, standing });
    }
    const { note, standing } = await noteStanding(trx, documentId);
    const status = ((await trx('delivery_notes').where({ id: note.id }).first('status')) as { status: string }).status;
    if (!['prepared', 'checked'].includes(status))
      throw new AppError('CONFLICT', 'receivableMsg.errors.releaseWrongStatus', {
        document: '@receivableMsg.text.note',
        number: note.number,
        status: `@noteStatus.${status}`,
      });
    if (!standing.reasons.length)
      throw new AppError('CONFLICT', 'receivableMsg.errors.notBlocked', {
        document: '@receivableMsg.text.note',
        number: note.number,
      });
    return recordRelease(ctx, { checkpoint, documentId, reason, standing });
  },
};
