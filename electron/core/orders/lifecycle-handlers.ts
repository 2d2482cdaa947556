import { freezeOrder } from '../docs/issued-snapshot';
import type { OrderDetail, OrderLineOut } from '../../shared/orders/contract';
import type { OrderBeforeChange, OrderChangeItem } from '../../shared/orders/lifecycle-contract';
import { orderProgressOf } from '../deliveries/progress';
import { AppError } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { settleOrderStatus } from './delivery-status';
import { changeOrder } from './order-change';
import { cancelOrder, closeOrder } from './order-ending';
import { getOrder } from './order-store';

type Channel = 'orders.change' | 'orders.cancel' | 'orders.close' | 'orders.changes' | 'orders.salespeople';

/** A line as the history lists it: position, goods, quantity and price, figures only. */
const lineText = (l: Pick<OrderLineOut, 'name' | 'spec' | 'quantity' | 'unit' | 'unitPrice'>, i: number) =>
  `${i + 1}. ${l.name}${l.spec ? ` ${l.spec}` : ''} ${l.quantity}${l.unit} × ${l.unitPrice}`;

/** What the history shows of an order's changeable content. */
const contentOf = (o: OrderDetail) => ({
  changeNo: o.changeNo,
  orderLines: o.lines.map(lineText),
  gross: o.totals.gross,
  orderDueDate: o.dueDate,
  deliveryAddress: o.deliveryAddress,
  contactName: o.contactName,
  contactPhone: o.contactPhone,
  paymentTerms: o.paymentTerms,
});

/** 变更, 取消 and 短交结案 of a sales order, and its change record. */
export const orderLifecycleHandlers: HandlerMap<Channel> = {
  'orders.change': async (data, ctx) => {
    const trx = ctx.tx();
    const before = await getOrder(trx, data.id);
    await changeOrder(trx, before, data, { id: ctx.user?.id ?? null, name: ctx.user?.displayName ?? null });
    // A quantity brought down to what arrived, or up past it, moves the delivery status.
    await settleOrderStatus(trx, data.id);
    // The changed confirmation (变更确认书) prints the order as changed, with its change number.
    await freezeOrder(trx, data.id);
    const after = await getOrder(trx, data.id);
    // Discounts beyond the goods would confirm a total of （负数）…: refused beside the lines, nothing kept.
    if (after.totals.gross < 0)
      throw new AppError('VALIDATION', 'formsMsg.negativeTotal', {}, [
        { path: 'lines', message: 'formsMsg.negativeTotal' },
      ]);
    await ctx.audit({
      entity: 'order',
      entityId: data.id,
      action: 'change',
      before: contentOf(before),
      after: { ...contentOf(after), reason: data.reason },
    });
    return after;
  },
  'orders.cancel': async ({ id, lockVersion, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getOrder(trx, id);
    await cancelOrder(trx, before, { reason, lockVersion, by: ctx.user?.id ?? null });
    const after = await getOrder(trx, id);
    await ctx.audit({
      entity: 'order',
      entityId: id,
      action: 'cancel',
      before: { orderStatus: before.status },
      after: { orderStatus: after.status, endReason: reason },
    });
    return after;
  },
  'orders.close': async ({ id, lockVersion, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getOrder(trx, id);
    const closedNotices = await closeOrder(trx, before, { reason, lockVersion, by: ctx.user?.id ?? null });
    const after = await getOrder(trx, id);
    const short = (await orderProgressOf(trx, id)).lines.filter((l) => l.closedShort !== '0');
    await ctx.audit({
      entity: 'order',
      entityId: id,
      action: 'closeShort',
      before: { orderStatus: before.status },
      after: {
        orderStatus: after.status,
        endReason: reason,
        closedShort: short.map((l) => `${l.name} ${l.closedShort}${l.unit}`),
        ...(closedNotices.length ? { closedNotices } : {}),
      },
    });
    return after;
  },
  'orders.changes': async ({ orderId }, { db }) => {
    await getOrder(db, orderId);
    const rows = (await db('order_changes').where({ order_id: orderId }).orderBy('change_no', 'desc')) as {
      change_no: number;
      at: string;
      user_name: string | null;
      reason: string;
      before_json: string;
      summary_json: string;
    }[];
    return rows.map((r) => ({
      changeNo: r.change_no,
      at: r.at,
      userName: r.user_name,
      reason: r.reason,
      items: JSON.parse(r.summary_json) as OrderChangeItem[],
      before: JSON.parse(r.before_json) as OrderBeforeChange,
    }));
  },
  'orders.salespeople': async (_input, { db }) => {
    const rows = (await db('users')
      .where('active', true)
      .orWhereIn('id', db('sales_orders').whereNotNull('salesperson_id').distinct('salesperson_id'))
      .orderBy(['display_name', 'id'])
      .select('id', 'display_name')) as { id: number; display_name: string }[];
    return rows.map((r) => ({ id: r.id, name: r.display_name }));
  },
};
