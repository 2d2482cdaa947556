import type { Knex } from 'knex';
import type { z } from 'zod';
import type { orderProgress } from '../../shared/orders/contract';
import { Dec } from '../../shared/money';
import { int } from '../db/rows';
import { notFound } from '../rpc/errors';
import { qtyText, sumBy } from './quantities';

type Db = Knex | Knex.Transaction;
export type OrderProgress = z.output<typeof orderProgress>;

/** Notices that still stand (not cancelled) and notes that count (not cancelled). */
export const LIVE_NOTICE = ['draft', 'confirmed', 'closed'] as const;
export const DELIVERED_NOTE = ['delivered', 'receipted'] as const;

/**
 * Per order line: ordered, noticed (on standing notices), delivered (signed for, less what
 * was short or came back), returned, outstanding, and what a new notice may still take.
 */
export async function orderProgressOf(db: Db, orderId: number): Promise<OrderProgress> {
  if (!(await db('sales_orders').where({ id: orderId }).first('id'))) throw notFound('order', orderId);
  const lines = (await db('sales_order_lines').where({ order_id: orderId, kind: 'item' }).orderBy('position')) as {
    id: number;
    position: number;
    product_id: number | null;
    name: string;
    brand: string | null;
    spec: string | null;
    unit: string;
    quantity: string;
    unit_price: string;
    gross_fen: number | string;
  }[];
  const ids = lines.map((l) => l.id);
  const noticed = (await db('delivery_notice_lines')
    .join('delivery_notices', 'delivery_notices.id', 'delivery_notice_lines.notice_id')
    .whereIn('delivery_notice_lines.order_line_id', ids)
    .whereIn('delivery_notices.status', LIVE_NOTICE)
    .select('delivery_notice_lines.order_line_id', 'delivery_notice_lines.quantity')) as {
    order_line_id: number;
    quantity: string;
  }[];
  const shipped = (await db('delivery_note_lines')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_note_lines.note_id')
    .whereIn('delivery_note_lines.order_line_id', ids)
    .whereIn('delivery_notes.status', DELIVERED_NOTE)
    .select(
      'delivery_note_lines.order_line_id',
      'delivery_note_lines.quantity',
      'delivery_note_lines.discrepancy',
      'delivery_note_lines.discrepancy_qty',
      'delivery_note_lines.gross_fen',
    )) as {
    order_line_id: number;
    quantity: string;
    discrepancy: string | null;
    discrepancy_qty: string | null;
    gross_fen: number | string;
  }[];
  const returned = (await db('delivery_return_lines')
    .whereIn('order_line_id', ids)
    .select('order_line_id', 'quantity', 'gross_fen')) as {
    order_line_id: number;
    quantity: string;
    gross_fen: number | string;
  }[];

  const noticedBy = sumBy(
    noticed,
    (r) => r.order_line_id,
    (r) => r.quantity,
  );
  const shippedBy = sumBy(
    shipped,
    (r) => r.order_line_id,
    (r) => r.quantity,
  );
  const shortBy = sumBy(
    shipped.filter((r) => r.discrepancy === 'short'),
    (r) => r.order_line_id,
    (r) => r.discrepancy_qty,
  );
  const returnedBy = sumBy(
    returned,
    (r) => r.order_line_id,
    (r) => r.quantity,
  );
  const zero = new Dec(0);
  return {
    orderId,
    orderedGross: lines.reduce((s, l) => s + int(l.gross_fen), 0),
    deliveredGross: shipped.reduce((s, l) => s + int(l.gross_fen), 0),
    returnedGross: returned.reduce((s, l) => s + int(l.gross_fen), 0),
    lines: lines.map((l) => {
      const ordered = new Dec(l.quantity);
      const back = returnedBy.get(l.id) ?? zero;
      const short = shortBy.get(l.id) ?? zero;
      const delivered = (shippedBy.get(l.id) ?? zero).minus(short).minus(back);
      const onNotices = noticedBy.get(l.id) ?? zero;
      return {
        orderLineId: l.id,
        position: l.position,
        productId: l.product_id,
        name: l.name,
        brand: l.brand,
        spec: l.spec,
        unit: l.unit,
        unitPrice: l.unit_price,
        ordered: qtyText(ordered),
        noticed: qtyText(onNotices),
        delivered: qtyText(delivered),
        returned: qtyText(back),
        outstanding: qtyText(Dec.max(ordered.minus(delivered), zero)),
        available: qtyText(Dec.max(ordered.minus(onNotices).plus(back).plus(short), zero)),
      };
    }),
  };
}
