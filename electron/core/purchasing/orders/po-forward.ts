import { Dec, parseDecimal } from '../../../shared/money';
import { noticeHandlers } from '../../deliveries/notice-handlers';
import { orderProgressOf } from '../../deliveries/progress';
import { qtyText } from '../../deliveries/quantities';
import { AppError } from '../../rpc/errors';
import type { Handler, HandlerContext } from '../../rpc/handler';
import { fillAllocations } from './allocation-fill';
import { getPo } from './po-store';

const createNotice = noticeHandlers['deliveries.notices.create'] as Handler<'deliveries.notices.create'>;

/**
 * 转发: what arrived of a PO's lines for one sales order (each allocation's share of the accepted goods, filled in
 * order, no more than
 * the order line may still go on a notice) becomes a draft delivery notice, made and audited by the deliveries. The
 * purchaser who signed for the goods sends them on; the notice is confirmed (credit-checked) as every other one.
 */
export async function forwardPo(ctx: HandlerContext, input: { id: number; orderId: number; date: string }) {
  const trx = ctx.tx();
  const po = await getPo(trx, input.id);
  if (po.deliveryMode === 'drop_ship')
    throw new AppError('CONFLICT', 'poMsg.errors.forwardDropShip', { number: po.number });
  const free = new Map(
    (await orderProgressOf(trx, input.orderId)).lines.map((l) => [l.orderLineId, parseDecimal(l.available)]),
  );
  const wanted = new Map<number, Dec>();
  for (const line of po.lines) {
    const shares = fillAllocations(
      parseDecimal(line.accepted),
      line.allocations.map((a) => parseDecimal(a.quantity)),
    );
    line.allocations.forEach((a, i) => {
      if (a.orderId === input.orderId)
        wanted.set(a.orderLineId, (wanted.get(a.orderLineId) ?? new Dec(0)).plus(shares[i]!));
    });
  }
  const lines = [...wanted]
    .map(([orderLineId, q]) => ({ orderLineId, quantity: Dec.min(q, free.get(orderLineId) ?? new Dec(0)) }))
    .filter((l) => l.quantity.greaterThan(0))
    .map((l) => ({ orderLineId: l.orderLineId, quantity: qtyText(l.quantity) }));
  if (!lines.length) throw new AppError('CONFLICT', 'poMsg.errors.nothingToForward', { number: po.number });
  const order = (await trx('sales_orders')
    .where({ id: input.orderId })
    .first('delivery_address', 'contact_name', 'contact_phone')) as {
    delivery_address: string | null;
    contact_name: string | null;
    contact_phone: string | null;
  };
  return createNotice(
    {
      orderId: input.orderId,
      date: input.date,
      shipDate: null,
      deliveryAddress: order.delivery_address,
      contactName: order.contact_name,
      contactPhone: order.contact_phone,
      notes: null,
      lines,
    },
    ctx,
  );
}
