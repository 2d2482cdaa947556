import type { Knex } from 'knex';
import { parseDecimal } from '../../shared/money';
import type { OrderDetail, OrderStatus } from '../../shared/orders/contract';
import { updateAtLockVersion } from '../db/lock-version';
import { nowIso } from '../db/rows';
import { orderProgressOf } from '../deliveries/progress';
import { AppError } from '../rpc/errors';

type Action = 'change' | 'cancel' | 'close';
/** Why, by whom, and the order's lock version as the user read it. */
export interface Ending {
  reason: string;
  by: number | null;
  lockVersion: number;
}

/** Refuses an action the order's status does not allow, naming both in the user's words. */
export function expectOrderStatus(order: OrderDetail, allowed: readonly OrderStatus[], action: Action): void {
  if (!allowed.includes(order.status))
    throw new AppError('CONFLICT', 'orderMsg.errors.wrongStatus', {
      number: order.number,
      status: `@orderMsg.status.${order.status}`,
      action: `@orderMsg.action.${action}`,
    });
}

/** Notes made but not yet at the customer: an order cannot end under them. */
const NOTES_OUT = ['prepared', 'checked', 'loaded', 'in_transit'] as const;

async function refuseNotesOut(trx: Knex.Transaction, orderId: number): Promise<void> {
  const note = (await trx('delivery_notes')
    .where({ order_id: orderId })
    .whereIn('status', NOTES_OUT)
    .orderBy('id')
    .first('number', 'status')) as { number: string; status: string } | undefined;
  if (note)
    throw new AppError('CONFLICT', 'orderMsg.errors.liveNote', {
      note: note.number,
      status: `@noteStatus.${note.status}`,
    });
}

/** Draft and confirmed notices of the order, each with how many notes that stand were made from it. */
async function openNotices(trx: Knex.Transaction, orderId: number) {
  return (await trx('delivery_notices')
    .leftJoin('delivery_notes', (j) =>
      j.on('delivery_notes.notice_id', 'delivery_notices.id').onNotIn('delivery_notes.status', ['cancelled']),
    )
    .where('delivery_notices.order_id', orderId)
    .whereIn('delivery_notices.status', ['draft', 'confirmed'])
    .groupBy('delivery_notices.id', 'delivery_notices.number', 'delivery_notices.lock_version')
    .orderBy('delivery_notices.id')
    .select('delivery_notices.id', 'delivery_notices.number', 'delivery_notices.lock_version')
    .count({ notes: 'delivery_notes.id' })) as {
    id: number;
    number: string;
    lock_version: number;
    notes: number | string;
  }[];
}

async function endOrder(trx: Knex.Transaction, order: OrderDetail, status: OrderStatus, end: Ending) {
  await updateAtLockVersion(trx, 'sales_orders', 'order', order.id, end.lockVersion, {
    status,
    end_reason: end.reason,
    ended_at: nowIso(),
    ended_by: end.by,
  });
}

/**
 * Cancels an order of which nothing has been delivered or invoiced and no notice or note is still out; each blocker
 * is refused by name. Returns nothing: the caller reads the order back and audits.
 */
export async function cancelOrder(trx: Knex.Transaction, order: OrderDetail, end: Ending): Promise<void> {
  if (order.status === 'partial' || order.status === 'delivered')
    throw new AppError('CONFLICT', 'orderMsg.errors.delivered', { number: order.number });
  expectOrderStatus(order, ['draft', 'confirmed'], 'cancel');
  const progress = await orderProgressOf(trx, order.id);
  if (progress.lines.some((l) => parseDecimal(l.delivered).greaterThan(0)))
    throw new AppError('CONFLICT', 'orderMsg.errors.delivered', { number: order.number });
  if (progress.totals.invoiced !== 0)
    throw new AppError('CONFLICT', 'orderMsg.errors.invoiced', { number: order.number });
  const notice = (await openNotices(trx, order.id))[0];
  if (notice) throw new AppError('CONFLICT', 'orderMsg.errors.liveNotice', { notice: notice.number });
  await refuseNotesOut(trx, order.id);
  await endOrder(trx, order, 'cancelled', end);
}

/**
 * 短交结案: a partly (or wholly) delivered order is closed; what is not delivered is owed no more. Notes still on
 * their way and notices nothing was shipped from are refused by name; a notice partly shipped ends with the order
 * (closed), so no note can take its rest. Returns the numbers of the notices it closed.
 */
export async function closeOrder(trx: Knex.Transaction, order: OrderDetail, end: Ending): Promise<string[]> {
  if (order.status === 'confirmed')
    throw new AppError('CONFLICT', 'orderMsg.errors.nothingDelivered', { number: order.number });
  expectOrderStatus(order, ['partial', 'delivered'], 'close');
  await refuseNotesOut(trx, order.id);
  const notices = await openNotices(trx, order.id);
  const untouched = notices.find((n) => Number(n.notes) === 0);
  if (untouched) throw new AppError('CONFLICT', 'orderMsg.errors.liveNotice', { notice: untouched.number });
  for (const n of notices)
    await updateAtLockVersion(trx, 'delivery_notices', 'deliveryNotice', n.id, n.lock_version, { status: 'closed' });
  await endOrder(trx, order, 'closed', end);
  return notices.map((n) => n.number);
}
