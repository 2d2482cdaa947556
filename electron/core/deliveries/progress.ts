import type { Knex } from 'knex';
import type { z } from 'zod';
import type { orderProgress } from '../../shared/orders/contract';
import { Dec } from '../../shared/money';
import { int } from '../db/rows';
import { notFound } from '../rpc/errors';
import type { QuoteLineKind } from '../../shared/quotes/quote-pricing';
import { billingByOrderLine } from '../orders/order-billing';
import { proRataFen } from './charge-shares';
import { qtyText, sumBy } from './quantities';

type Db = Knex | Knex.Transaction;
export type OrderProgress = z.output<typeof orderProgress>;
type ChargeGross = { order_line_id: number; gross_fen: number | string };

const grossSum = (rows: { gross_fen: number | string }[]) => rows.reduce((s, r) => s + int(r.gross_fen), 0);

function grossBy(rows: ChargeGross[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rows) out.set(r.order_line_id, (out.get(r.order_line_id) ?? 0) + int(r.gross_fen));
  return out;
}

/** What a signed note line came back short, valued at the line's price (to the fen, half up), as credit.ts does. */
const shortValue = (r: {
  quantity: string;
  discrepancy: string | null;
  discrepancy_qty: string | null;
  gross_fen: number | string;
}) =>
  r.discrepancy === 'short' && r.discrepancy_qty ? proRataFen(int(r.gross_fen), r.discrepancy_qty, r.quantity) : 0;

/** Notices that still stand (not cancelled) and notes that count (not cancelled). */
export const LIVE_NOTICE = ['draft', 'confirmed', 'closed'] as const;
export const DELIVERED_NOTE = ['delivered', 'receipted'] as const;
/** Orders whose undelivered rest is owed no more. */
export const ENDED_ORDER = ['closed', 'cancelled'] as const;

/**
 * Per order line: ordered, noticed (on standing notices), delivered (signed for, less what
 * was short or came back), returned, outstanding, and what a new notice may still take.
 */
export async function orderProgressOf(db: Db, orderId: number): Promise<OrderProgress> {
  const order = (await db('sales_orders').where({ id: orderId }).first('status')) as { status: string } | undefined;
  if (!order) throw notFound('order', orderId);
  // A closed (短交结案) or cancelled order owes nothing more: nothing outstanding, nothing a notice may take.
  const ended = ENDED_ORDER.includes(order.status as (typeof ENDED_ORDER)[number]);
  const all = (await db('sales_order_lines').where({ order_id: orderId }).orderBy('position')) as {
    id: number;
    position: number;
    kind: QuoteLineKind;
    product_id: number | null;
    name: string;
    brand: string | null;
    spec: string | null;
    unit: string;
    quantity: string;
    unit_price: string;
    tax_rate: string;
    gross_fen: number | string;
  }[];
  const lines = all.filter((l) => l.kind === 'item');
  const chargeLines = all
    .filter((l) => l.kind !== 'item')
    .map((l) => ({ ...l, kind: l.kind as Exclude<QuoteLineKind, 'item'> }));
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
  const charged = (await db('delivery_note_charges')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_note_charges.note_id')
    .where('delivery_notes.order_id', orderId)
    .whereIn('delivery_notes.status', DELIVERED_NOTE)
    .select('delivery_note_charges.order_line_id', 'delivery_note_charges.gross_fen')) as ChargeGross[];
  const chargesBack = (await db('delivery_return_charges')
    .whereIn(
      'order_line_id',
      chargeLines.map((l) => l.id),
    )
    .select('order_line_id', 'gross_fen')) as ChargeGross[];
  // Services and other non-stock products (and lines typed without a product) do not go on notices by default.
  const productIds = [...new Set(lines.map((l) => l.product_id).filter((p): p is number => p !== null))];
  const stockedProducts = new Set(
    ((await db('products').whereIn('id', productIds).where({ non_stock: false }).select('id')) as { id: number }[]).map(
      (p) => p.id,
    ),
  );
  const billing = await billingByOrderLine(
    db,
    all.map((l) => l.id),
  );

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
  // Signed-for value per order line: goods less what the 回单 was short (valued at the line) and what came back.
  const deliveredBy = grossBy([
    ...shipped.map((r) => ({ order_line_id: r.order_line_id, gross_fen: int(r.gross_fen) - shortValue(r) })),
    ...returned.map((r) => ({ order_line_id: r.order_line_id, gross_fen: -int(r.gross_fen) })),
    ...charged,
    ...chargesBack.map((r) => ({ order_line_id: r.order_line_id, gross_fen: -int(r.gross_fen) })),
  ]);
  const valuesOf = (l: { id: number; gross_fen: number | string }) => ({
    ordered: int(l.gross_fen),
    delivered: deliveredBy.get(l.id) ?? 0,
    invoiced: billing.invoiced.get(l.id) ?? 0,
    paid: billing.paid.get(l.id) ?? 0,
  });
  const values = all.map(valuesOf);
  const sumOf = (k: keyof (typeof values)[number]) => values.reduce((s, v) => s + v[k], 0);
  const zero = new Dec(0);
  const totals = {
    ordered: sumOf('ordered'),
    delivered: sumOf('delivered'),
    invoiced: sumOf('invoiced'),
    paid: sumOf('paid'),
  };
  return {
    orderId,
    orderedGross: sumOf('ordered'),
    deliveredGross: grossSum(shipped) + grossSum(charged),
    returnedGross: grossSum(returned) + grossSum(chargesBack),
    totals,
    closedShortGross: ended ? totals.ordered - totals.delivered : 0,
    charges: chargeLines.map((l) => ({
      orderLineId: l.id,
      position: l.position,
      kind: l.kind,
      name: l.name,
      taxRate: l.tax_rate,
      values: valuesOf(l),
    })),
    lines: lines.map((l) => {
      const ordered = new Dec(l.quantity);
      const back = returnedBy.get(l.id) ?? zero;
      const short = shortBy.get(l.id) ?? zero;
      const delivered = (shippedBy.get(l.id) ?? zero).minus(short).minus(back);
      const onNotices = noticedBy.get(l.id) ?? zero;
      const owed = Dec.max(ordered.minus(delivered), zero);
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
        outstanding: qtyText(ended ? zero : owed),
        available: qtyText(ended ? zero : Dec.max(ordered.minus(onNotices).plus(back).plus(short), zero)),
        closedShort: qtyText(ended ? owed : zero),
        stocked: l.product_id !== null && stockedProducts.has(l.product_id),
        values: valuesOf(l),
      };
    }),
  };
}
