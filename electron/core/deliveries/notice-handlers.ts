import { translate } from '../../shared/i18n/translate';
import { pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { AppError } from '../rpc/errors';
import { selfManaged, type HandlerContext, type HandlerMap } from '../rpc/handler';
import { countPrints } from '../docs/print-count';
import { renderNoticePdf } from './notice-pdf';
import { matchingIds } from '../search/search-index';
import { checkNoticeConfirm } from '../receivables/credit-checkpoints';
import { creditStandingOf } from '../receivables/credit-standing';
import {
  bumpNotice,
  createNotice,
  getNotice,
  noticeColumns,
  noticeQuery,
  toNoticeRow,
  writeNoticeLines,
  type NoticeDbRow,
} from './notice-store';

type Channel =
  | 'deliveries.credit'
  | 'deliveries.notices.list'
  | 'deliveries.notices.get'
  | 'deliveries.notices.create'
  | 'deliveries.notices.update'
  | 'deliveries.notices.confirm'
  | 'deliveries.notices.cancel'
  | 'deliveries.notices.print';

/** Refuses an action the notice's status does not allow, naming both in the user's words. */
async function openNotice(ctx: HandlerContext, id: number, allowed: readonly string[], action: string) {
  const notice = await getNotice(ctx.tx(), id);
  if (!allowed.includes(notice.status))
    throw new AppError('CONFLICT', 'errors.noticeWrongStatus', {
      number: notice.number,
      status: `@noticeStatus.${notice.status}`,
      action: `@deliveryAction.${action}`,
    });
  return notice;
}

/** 发货通知: from an open order's lines, credit-checked on confirming. */
export const noticeHandlers: HandlerMap<Channel> = {
  'deliveries.credit': async ({ customerId, noticeId }, { db }) => {
    const extra = noticeId === null ? 0 : (await getNotice(db, noticeId)).gross;
    return creditStandingOf(db, customerId, extra);
  },
  'deliveries.notices.list': async (input, { db }) => {
    const base = db('delivery_notices');
    const f = input.filters;
    if (f.status) base.where('delivery_notices.status', f.status);
    if (f.customerId) base.where('delivery_notices.customer_id', f.customerId);
    if (f.orderId) base.where('delivery_notices.order_id', f.orderId);
    return pageQuery(
      base,
      input,
      {
        // Its number, its order's number, or its customer's keys.
        search: (term) =>
          documentMatchIds(db, 'delivery_notices', term, {
            also: [
              ['order_id', documentMatchIds(db, 'sales_orders', term, { columns: ['number'] })],
              ['customer_id', matchingIds(db, 'customers', term)],
            ],
          }),
        sortColumns: {
          number: 'delivery_notices.number',
          date: 'delivery_notices.date',
          gross: 'delivery_notices.gross_fen',
        },
        defaultSort: { column: 'delivery_notices.date', dir: 'desc' },
        idColumn: 'delivery_notices.id',
        read: noticeQuery(db),
      },
      (r: NoticeDbRow) => toNoticeRow(r),
    );
  },
  'deliveries.notices.get': async ({ id }, { db }) => getNotice(db, id),
  'deliveries.notices.create': async (data, ctx) => {
    const created = await createNotice(ctx.tx(), data, { redeliveryOf: null, createdBy: ctx.user?.id ?? null });
    await ctx.audit({ entity: 'deliveryNotice', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'deliveries.notices.update': async ({ id, lockVersion, data }, ctx) => {
    const trx = ctx.tx();
    const before = await openNotice(ctx, id, ['draft'], 'edit');
    if (before.orderId !== data.orderId)
      throw new AppError('VALIDATION', 'errors.noticeOrderFixed', {}, [
        { path: 'orderId', message: 'errors.noticeOrderFixed' },
      ]);
    await bumpNotice(trx, id, lockVersion, noticeColumns(data));
    const gross = await writeNoticeLines(trx, id, data, before.priceIncludesTax, before.redeliveryOf !== null);
    await trx('delivery_notices').where({ id }).update({ gross_fen: gross });
    const after = await getNotice(trx, id);
    await ctx.audit({ entity: 'deliveryNotice', entityId: id, action: 'update', before, after });
    return after;
  },
  'deliveries.notices.confirm': async ({ id, overrideReason }, ctx) => {
    const trx = ctx.tx();
    const notice = await openNotice(ctx, id, ['draft'], 'confirm');
    const { standing, release } = await checkNoticeConfirm(ctx, notice, overrideReason);
    await bumpNotice(trx, id, notice.lockVersion, {
      status: 'confirmed',
      ...(release ? { override_reason: release.reason, override_by: release.releasedById } : {}),
    });
    const after = await getNotice(trx, id);
    await ctx.audit({
      entity: 'deliveryNotice',
      entityId: id,
      action: 'confirm',
      before: { status: notice.status },
      after: { status: 'confirmed', credit: standing, creditRelease: release?.id ?? null },
    });
    return after;
  },
  'deliveries.notices.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const notice = await openNotice(ctx, id, ['draft', 'confirmed'], 'cancel');
    if (notice.deliveryNotes.some((n) => n.status !== 'cancelled'))
      throw new AppError('CONFLICT', 'errors.noticeHasNotes', { number: notice.number });
    await bumpNotice(trx, id, notice.lockVersion, {
      status: 'cancelled',
      notes: [notice.notes, `${translate(ctx.locale, 'noticeStatus.cancelled')}：${reason}`].filter(Boolean).join('\n'),
    });
    const after = await getNotice(trx, id);
    await ctx.audit({
      entity: 'deliveryNotice',
      entityId: id,
      action: 'cancel',
      before: { status: notice.status },
      after: { status: 'cancelled', reason },
    });
    return after;
  },
  // Rendered first, outside the transaction that counts the print.
  'deliveries.notices.print': selfManaged(async ({ id }, ctx) => {
    const { filename, pdf, pages } = await renderNoticePdf(ctx.services.db(), ctx.services, id, ctx.locale);
    await countPrints(ctx, 'delivery_notices', 'deliveryNotice', [id]);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  }),
};
