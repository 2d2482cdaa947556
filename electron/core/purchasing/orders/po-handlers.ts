import { today } from '../../dates';
import { pageQuery } from '../../db/list-query';
import { updateAtLockVersion } from '../../db/lock-version';
import { Dec, parseDecimal } from '../../../shared/money';
import { AppError } from '../../rpc/errors';
import type { HandlerMap } from '../../rpc/handler';
import { documentMatchIds } from '../../search/document-search';
import { matchingIds } from '../../search/search-index';
import { salesOrderPurchaseOf } from './order-line-needs';
import { posFromRfq } from './po-from-rfq';
import { recordPoPrices } from './po-prices';
import { assertPoStatus } from './po-status';
import { getPo, OPEN_PO, poQuery, toPoRow, type PoDbRow } from './po-store';
import { insertPo, rewritePo } from './po-write';

type Channel =
  | 'purchasing.orders.list'
  | 'purchasing.orders.late'
  | 'purchasing.orders.get'
  | 'purchasing.orders.forSalesOrder'
  | 'purchasing.orders.create'
  | 'purchasing.orders.fromRfq'
  | 'purchasing.orders.update'
  | 'purchasing.orders.send'
  | 'purchasing.orders.confirm'
  | 'purchasing.orders.cancel'
  | 'purchasing.orders.close';

/** 采购订单: written as a draft (typed, or from an RFQ's choices), sent, confirmed, cancelled or closed. */
export const poHandlers: HandlerMap<Channel> = {
  'purchasing.orders.list': async (input, { db }) => {
    const base = db('purchase_orders');
    const f = input.filters;
    if (f.status) base.whereIn('purchase_orders.status', Array.isArray(f.status) ? f.status : [f.status]);
    if (f.supplierId) base.where('purchase_orders.supplier_id', f.supplierId);
    if (f.from) base.where('purchase_orders.order_date', '>=', f.from);
    if (f.to) base.where('purchase_orders.order_date', '<=', f.to);
    if (f.late) base.whereIn('purchase_orders.status', OPEN_PO).where('purchase_orders.expected_date', '<', today());
    if (f.orderId)
      base.whereIn(
        'purchase_orders.id',
        db('purchase_order_lines')
          .join('purchase_order_allocations', 'purchase_order_allocations.po_line_id', 'purchase_order_lines.id')
          .join('sales_order_lines', 'sales_order_lines.id', 'purchase_order_allocations.order_line_id')
          .where('sales_order_lines.order_id', f.orderId)
          .select('purchase_order_lines.po_id'),
      );
    return pageQuery(
      base,
      input,
      {
        // Its number, the supplier's name as written on it, or the supplier's keys (code, pinyin initials).
        search: (term) =>
          documentMatchIds(db, 'purchase_orders', term, {
            also: [['supplier_id', matchingIds(db, 'suppliers', term)]],
          }),
        sortColumns: {
          number: 'purchase_orders.number',
          orderDate: 'purchase_orders.order_date',
          expectedDate: 'purchase_orders.expected_date',
          supplierName: 'purchase_orders.supplier_name',
          gross: 'purchase_orders.gross_fen',
          status: 'purchase_orders.status',
        },
        defaultSort: { column: 'purchase_orders.order_date', dir: 'desc' },
        idColumn: 'purchase_orders.id',
        read: poQuery(db),
      },
      (r: PoDbRow) => toPoRow(r),
    );
  },
  'purchasing.orders.late': async ({ limit }, { db }) => {
    const late = () =>
      db('purchase_orders')
        .whereIn('status', OPEN_PO)
        .whereNotNull('expected_date')
        .where('expected_date', '<', today());
    const total = Number(((await late().count({ n: '*' }).first()) as { n: number | string }).n);
    const ids = (await late().orderBy(['expected_date', 'id']).limit(limit).select('id')) as { id: number }[];
    const rows = (await poQuery(db).whereIn(
      'purchase_orders.id',
      ids.map((r) => r.id),
    )) as PoDbRow[];
    return { rows: ids.map((x) => toPoRow(rows.find((r) => r.id === x.id)!)), total };
  },
  'purchasing.orders.get': async ({ id }, { db }) => getPo(db, id),
  'purchasing.orders.forSalesOrder': async ({ orderId }, { db }) => salesOrderPurchaseOf(db, orderId),
  'purchasing.orders.create': async (data, ctx) => {
    const trx = ctx.tx();
    const id = await insertPo(trx, data, { createdBy: ctx.user?.id ?? null });
    const created = await getPo(trx, id);
    await ctx.audit({ entity: 'purchaseOrder', entityId: id, action: 'create', after: created });
    return created;
  },
  'purchasing.orders.fromRfq': async ({ rfqId, orderDate }, ctx) => {
    const trx = ctx.tx();
    const drafts = await posFromRfq(trx, rfqId, orderDate ?? today(), ctx.locale);
    const orders = [];
    for (const draft of drafts) {
      const id = await insertPo(trx, draft, { createdBy: ctx.user?.id ?? null, rfqId });
      const created = await getPo(trx, id);
      await ctx.audit({ entity: 'purchaseOrder', entityId: id, action: 'fromRfq', after: { ...created, rfqId } });
      orders.push(created);
    }
    return { orders };
  },
  'purchasing.orders.update': async ({ id, lockVersion, data }, ctx) => {
    const trx = ctx.tx();
    const before = await getPo(trx, id);
    assertPoStatus(before, ['draft'], 'edit');
    await updateAtLockVersion(trx, 'purchase_orders', 'purchaseOrder', id, lockVersion, {});
    await rewritePo(trx, id, data);
    const after = await getPo(trx, id);
    await ctx.audit({ entity: 'purchaseOrder', entityId: id, action: 'update', before, after });
    return after;
  },
  'purchasing.orders.send': async ({ id, date }, ctx) => {
    const trx = ctx.tx();
    const before = await getPo(trx, id);
    assertPoStatus(before, ['draft'], 'send');
    const sentOn = date ?? today();
    await updateAtLockVersion(trx, 'purchase_orders', 'purchaseOrder', id, before.lockVersion, {
      status: 'sent',
      sent_on: sentOn,
    });
    await recordPoPrices(trx, id, ctx.user?.id ?? null);
    await ctx.audit({
      entity: 'purchaseOrder',
      entityId: id,
      action: 'send',
      before: { status: before.status },
      after: { status: 'sent', sentOn },
    });
    return getPo(trx, id);
  },
  'purchasing.orders.confirm': async ({ id, date }, ctx) => {
    const trx = ctx.tx();
    const before = await getPo(trx, id);
    assertPoStatus(before, ['draft', 'sent'], 'confirm');
    const confirmedOn = date ?? today();
    await updateAtLockVersion(trx, 'purchase_orders', 'purchaseOrder', id, before.lockVersion, {
      status: 'confirmed',
      confirmed_on: confirmedOn,
      sent_on: before.sentOn ?? confirmedOn,
    });
    await recordPoPrices(trx, id, ctx.user?.id ?? null);
    await ctx.audit({
      entity: 'purchaseOrder',
      entityId: id,
      action: 'confirm',
      before: { status: before.status },
      after: { status: 'confirmed', confirmedOn },
    });
    return getPo(trx, id);
  },
  'purchasing.orders.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getPo(trx, id);
    // Goods that arrived cannot be un-bought: the PO is closed instead (said first, as it is what to do).
    if (before.receipts.some((r) => r.status === 'posted'))
      throw new AppError('CONFLICT', 'poMsg.errors.cancelReceived', { number: before.number });
    assertPoStatus(before, ['draft', 'sent', 'confirmed'], 'cancel');
    await updateAtLockVersion(trx, 'purchase_orders', 'purchaseOrder', id, before.lockVersion, {
      status: 'cancelled',
      cancel_reason: reason,
    });
    await ctx.audit({
      entity: 'purchaseOrder',
      entityId: id,
      action: 'cancel',
      before: { status: before.status },
      after: { status: 'cancelled', reason },
    });
    return getPo(trx, id);
  },
  'purchasing.orders.close': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getPo(trx, id);
    assertPoStatus(before, ['sent', 'confirmed', 'partial', 'received'], 'close');
    const owed = before.lines.reduce((s, l) => s.plus(parseDecimal(l.owed)), new Dec(0));
    // Closing with goods still owed ends the supplier's debt of them: that is said, with why.
    if (owed.greaterThan(0) && !reason)
      throw new AppError('VALIDATION', 'poMsg.errors.closeReason', {}, [
        { path: 'reason', message: 'poMsg.errors.closeReason' },
      ]);
    await updateAtLockVersion(trx, 'purchase_orders', 'purchaseOrder', id, before.lockVersion, {
      status: 'closed',
      close_reason: reason,
    });
    await ctx.audit({
      entity: 'purchaseOrder',
      entityId: id,
      action: 'close',
      before: { status: before.status },
      after: { status: 'closed', reason },
    });
    return getPo(trx, id);
  },
};
