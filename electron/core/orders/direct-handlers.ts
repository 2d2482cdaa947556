import { freezeOrder } from '../docs/issued-snapshot';
import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import type { DirectOrderData, DirectOrderDetail } from '../../shared/orders/direct-contract';
import type { FieldError } from '../../shared/rpc/envelope';
import { attachToDocument } from '../attachments/document-files';
import { updateAtLockVersion } from '../db/lock-version';
import { nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { creditStandingOf } from '../receivables/credit-standing';
import { AppError } from '../rpc/errors';
import type { HandlerContext, HandlerMap } from '../rpc/handler';
import { getDirectOrder, insertDirectOrder, orderAuditView, replaceDirectOrder } from './direct-order-store';
import { lastPricesFor } from './last-prices';
import { orderQuery, toOrderRow, type OrderDbRow } from './order-store';

type Channel =
  | 'orders.direct.get'
  | 'orders.direct.create'
  | 'orders.direct.update'
  | 'orders.direct.confirm'
  | 'orders.direct.approve'
  | 'orders.direct.reject'
  | 'orders.direct.attach'
  | 'orders.direct.pending'
  | 'orders.lastPrices';

/** The customer and every picked product must exist: said beside the field, nothing written. */
async function checkReferences(trx: Knex.Transaction, d: DirectOrderData): Promise<void> {
  const problems: FieldError[] = [];
  if (!(await trx('customers').where({ id: d.customerId }).first('id')))
    problems.push({ path: 'customerId', message: 'directOrderMsg.errors.unknownCustomer' });
  const productIds = [...new Set(d.lines.flatMap((l) => (l.productId !== null ? [l.productId] : [])))];
  const found = new Set(
    productIds.length ? ((await trx('products').whereIn('id', productIds).pluck('id')) as number[]) : [],
  );
  d.lines.forEach((l, i) => {
    if (l.productId !== null && !found.has(l.productId))
      problems.push({ path: `lines.${i}.productId`, message: 'directOrderMsg.errors.unknownProduct' });
  });
  if (problems.length) throw new AppError('VALIDATION', problems[0]!.message, {}, problems);
}

/** Refuses anything but a directly entered draft not waiting for a manager, naming the order's state. */
function expectEditableDraft(ctx: HandlerContext, o: DirectOrderDetail, action: 'update' | 'confirm'): void {
  const vars = { number: o.number, action: translate(ctx.locale, `directOrderMsg.action.${action}`) };
  if (o.quoteId !== null) throw new AppError('CONFLICT', 'directOrderMsg.errors.fromQuote', vars);
  if (o.status !== 'draft')
    throw new AppError('CONFLICT', 'directOrderMsg.errors.wrongStatus', {
      ...vars,
      status: translate(ctx.locale, `orderMsg.status.${o.status}`),
    });
  if (o.approval === 'pending') throw new AppError('CONFLICT', 'directOrderMsg.errors.awaitingApproval', vars);
}

function expectPending(o: DirectOrderDetail): void {
  if (o.status !== 'draft' || o.approval !== 'pending')
    throw new AppError('CONFLICT', 'directOrderMsg.errors.notPending', { number: o.number });
}

async function recordApproval(
  ctx: HandlerContext,
  orderId: number,
  action: string,
  comment: string | null,
  reasons: string[] = [],
): Promise<void> {
  await ctx
    .tx()('order_approvals')
    .insert({
      order_id: orderId,
      action,
      user_id: ctx.user?.id ?? null,
      user_name: ctx.user?.displayName ?? null,
      comment,
      reasons: JSON.stringify(reasons),
      at: nowIso(),
    });
}

/** Moves the order's status and approval, audited with both before and after. */
async function moveOrder(
  ctx: HandlerContext,
  before: DirectOrderDetail,
  action: string,
  to: { status: DirectOrderDetail['status']; approval: DirectOrderDetail['approval'] },
): Promise<DirectOrderDetail> {
  const trx = ctx.tx();
  await updateAtLockVersion(trx, 'sales_orders', 'order', before.id, before.lockVersion, {
    status: to.status,
    approval: to.approval,
  });
  // Confirmed, the order is an issued document: its contract prints as it stands now from here on.
  if (to.status === 'confirmed') await freezeOrder(trx, before.id);
  await ctx.audit({
    entity: 'order',
    entityId: before.id,
    action,
    before: { orderStatus: before.status, approval: before.approval },
    after: { orderStatus: to.status, approval: to.approval },
  });
  return getDirectOrder(trx, before.id, ctx.locale);
}

/** A confirmed order adds to what the customer owes: checked as for an order made from a quote, a warning only. */
async function withCreditWarning(ctx: HandlerContext, o: DirectOrderDetail) {
  if (o.status !== 'confirmed') return { ...o, creditWarning: null };
  const standing = await creditStandingOf(ctx.tx(), o.customerId, o.totals.gross);
  return { ...o, creditWarning: standing.reasons.length ? standing : null };
}

/** Sales orders entered directly (a repeat order by phone or fax): draft, confirm through the approval rules, scan. */
export const directOrderHandlers: HandlerMap<Channel> = {
  'orders.direct.get': async ({ id }, { db, locale }) => getDirectOrder(db, id, locale),
  'orders.direct.create': async (data, ctx) => {
    const trx = ctx.tx();
    await checkReferences(trx, data);
    if (data.deliveryAddress === null) {
      const address = (await trx('customer_addresses')
        .where({ customer_id: data.customerId, is_default: true })
        .first('address')) as { address: string } | undefined;
      data = { ...data, deliveryAddress: address?.address ?? null };
    }
    const number = await nextNumber(trx, 'order', new Date(`${data.orderDate}T12:00:00`));
    const id = await insertDirectOrder(trx, data, { number, enteredBy: ctx.user?.id ?? null });
    const created = await getDirectOrder(trx, id, ctx.locale);
    await ctx.audit({ entity: 'order', entityId: id, action: 'create', after: orderAuditView(created) });
    return created;
  },
  'orders.direct.update': async ({ id, lockVersion, data }, ctx) => {
    const trx = ctx.tx();
    const before = await getDirectOrder(trx, id, ctx.locale);
    expectEditableDraft(ctx, before, 'update');
    await checkReferences(trx, data);
    await replaceDirectOrder(trx, id, lockVersion, data);
    const after = await getDirectOrder(trx, id, ctx.locale);
    await ctx.audit({
      entity: 'order',
      entityId: id,
      action: 'update',
      before: orderAuditView(before),
      after: orderAuditView(after),
    });
    return after;
  },
  'orders.direct.confirm': async ({ id }, ctx) => {
    const before = await getDirectOrder(ctx.tx(), id, ctx.locale);
    expectEditableDraft(ctx, before, 'confirm');
    const reasons = before.check.reasons;
    await recordApproval(ctx, id, reasons.length ? 'submit' : 'auto', null, reasons);
    const after = await moveOrder(
      ctx,
      before,
      'confirm',
      reasons.length ? { status: 'draft', approval: 'pending' } : { status: 'confirmed', approval: null },
    );
    return withCreditWarning(ctx, after);
  },
  'orders.direct.approve': async ({ id, comment }, ctx) => {
    const before = await getDirectOrder(ctx.tx(), id, ctx.locale);
    expectPending(before);
    await recordApproval(ctx, id, 'approve', comment);
    return withCreditWarning(
      ctx,
      await moveOrder(ctx, before, 'approve', { status: 'confirmed', approval: 'approved' }),
    );
  },
  'orders.direct.reject': async ({ id, comment }, ctx) => {
    const before = await getDirectOrder(ctx.tx(), id, ctx.locale);
    expectPending(before);
    await recordApproval(ctx, id, 'reject', comment);
    return moveOrder(ctx, before, 'reject', { status: 'draft', approval: 'rejected' });
  },
  'orders.direct.attach': async ({ id, attachmentId, label }, ctx) => {
    const trx = ctx.tx();
    const before = await getDirectOrder(trx, id, ctx.locale);
    await attachToDocument(trx, 'order', id, attachmentId, label);
    await updateAtLockVersion(trx, 'sales_orders', 'order', id, before.lockVersion, {});
    await ctx.audit({ entity: 'order', entityId: id, action: 'attach', after: { attachmentId, label } });
    return getDirectOrder(trx, id, ctx.locale);
  },
  'orders.direct.pending': async ({ limit }, { db }) => {
    const waiting = () => db('sales_orders').where({ status: 'draft', approval: 'pending' });
    const total = Number(((await waiting().count({ n: '*' }).first()) as { n: number | string }).n);
    const rows = (await orderQuery(db)
      .where({ 'sales_orders.status': 'draft', 'sales_orders.approval': 'pending' })
      .leftJoin('users as enterer', 'enterer.id', 'sales_orders.entered_by')
      .select('enterer.display_name as entered_by_name')
      .orderBy([{ column: 'sales_orders.updated_at' }, { column: 'sales_orders.id' }])
      .limit(limit)) as (OrderDbRow & { entered_by_name: string | null })[];
    const submissions = rows.length
      ? ((await db('order_approvals')
          .whereIn(
            'order_id',
            rows.map((r) => r.id),
          )
          .where({ action: 'submit' })
          .orderBy('id', 'desc')
          .select('order_id', 'reasons', 'at')) as { order_id: number; reasons: string; at: string }[])
      : [];
    return {
      total,
      rows: rows.map((r) => {
        const last = submissions.find((s) => s.order_id === r.id);
        return {
          ...toOrderRow(r),
          enteredBy: r.entered_by_name,
          reasons: last ? (JSON.parse(last.reasons) as string[]) : [],
          submittedAt: last?.at ?? r.updated_at,
        };
      }),
    };
  },
  'orders.lastPrices': async ({ customerId, productIds }, { db }) => lastPricesFor(db, customerId, productIds),
};
