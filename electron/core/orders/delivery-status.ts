import type { Knex } from 'knex';
import { parseDecimal } from '../../shared/money';
import type { OrderStatus } from '../../shared/orders/contract';
import { nowIso } from '../db/rows';
import { orderProgressOf, type OrderProgress } from '../deliveries/progress';

/** The statuses the deliveries move an order between; a draft waits for confirmation, closed and cancelled are final. */
const FOLLOWS_DELIVERIES = ['confirmed', 'partial', 'delivered'] as const;
type DeliveryStatus = (typeof FOLLOWS_DELIVERIES)[number];

/**
 * Where the deliveries leave an order: delivered once every goods line has all it ordered (signed for, less what the
 * 回单 called short and what came back), partial once any line has some, else confirmed.
 */
export function deliveryStatusOf(progress: Pick<OrderProgress, 'lines'>): DeliveryStatus {
  const got = progress.lines.map((l) => ({ delivered: parseDecimal(l.delivered), ordered: parseDecimal(l.ordered) }));
  if (got.length && got.every((l) => l.delivered.greaterThanOrEqualTo(l.ordered))) return 'delivered';
  return got.some((l) => l.delivered.greaterThan(0)) ? 'partial' : 'confirmed';
}

/**
 * Brings a running order's status in step with its deliveries: called wherever a note is delivered, signed for,
 * cancelled or re-delivered, a return is made, or the order is changed. Derived, so it moves no lock version.
 */
export async function settleOrderStatus(trx: Knex.Transaction, orderId: number): Promise<void> {
  const order = (await trx('sales_orders').where({ id: orderId }).first('status')) as
    { status: OrderStatus } | undefined;
  if (!order || !(FOLLOWS_DELIVERIES as readonly string[]).includes(order.status)) return;
  const next = deliveryStatusOf(await orderProgressOf(trx, orderId));
  if (next !== order.status)
    await trx('sales_orders').where({ id: orderId }).update({ status: next, updated_at: nowIso() });
}

/** The same for every order the given notes belong to. */
export async function settleOrdersOfNotes(trx: Knex.Transaction, noteIds: number[]): Promise<void> {
  const orders = (await trx('delivery_notes').whereIn('id', noteIds).distinct('order_id')) as { order_id: number }[];
  for (const o of orders) await settleOrderStatus(trx, o.order_id);
}
