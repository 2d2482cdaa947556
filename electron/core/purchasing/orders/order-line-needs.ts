import type { Knex } from 'knex';
import { Dec, parseDecimal } from '../../../shared/money';
import type { PoLineInput, PoStatus, SalesOrderPurchase } from '../../../shared/purchasing/orders/contract';
import { qtyText } from '../../deliveries/quantities';
import { AppError, notFound } from '../../rpc/errors';
import { fillAllocations } from './allocation-fill';
import { receivedByPoLine } from './po-store';

type Db = Knex | Knex.Transaction;

/** Sales orders a PO may buy for: agreed and still being delivered. */
const BUYING_FOR = ['confirmed', 'partial'];

interface AllocationRow {
  allocation_id: number;
  order_line_id: number;
  quantity: string;
  po_line_id: number;
  po_id: number;
  number: string;
  supplier_name: string;
  status: PoStatus;
}

/**
 * Per order line, on the POs that are not cancelled (leaving out one PO being rewritten): purchased (the allocation,
 * or on a closed PO only what it received: its short is needed again), received, and the POs.
 */
async function purchaseOf(db: Db, orderLineIds: number[], exceptPoId: number | null = null) {
  const q = db('purchase_order_allocations')
    .join('purchase_order_lines', 'purchase_order_lines.id', 'purchase_order_allocations.po_line_id')
    .join('purchase_orders', 'purchase_orders.id', 'purchase_order_lines.po_id')
    .whereIn('purchase_order_allocations.order_line_id', orderLineIds)
    .whereNot('purchase_orders.status', 'cancelled')
    .orderBy('purchase_orders.id')
    .select(
      'purchase_order_allocations.id as allocation_id',
      'purchase_order_allocations.order_line_id',
      'purchase_order_allocations.quantity',
      'purchase_order_allocations.po_line_id',
      'purchase_orders.id as po_id',
      'purchase_orders.number',
      'purchase_orders.supplier_name',
      'purchase_orders.status',
    );
  if (exceptPoId !== null) q.whereNot('purchase_orders.id', exceptPoId);
  const rows = (await q) as AllocationRow[];
  const poLineIds = [...new Set(rows.map((r) => r.po_line_id))];
  const { accepted } = await receivedByPoLine(db, poLineIds);
  const zero = new Dec(0);
  // Each allocation's share of its PO line's accepted goods, the line's other orders' allocations counted in turn.
  const every = (await db('purchase_order_allocations')
    .whereIn('po_line_id', poLineIds)
    .orderBy('id')
    .select('id', 'po_line_id', 'quantity')) as { id: number; po_line_id: number; quantity: string }[];
  const got = new Map<number, Dec>();
  for (const poLineId of poLineIds) {
    const mine = every.filter((a) => a.po_line_id === poLineId);
    const shares = fillAllocations(
      accepted.get(poLineId) ?? zero,
      mine.map((a) => parseDecimal(a.quantity)),
    );
    mine.forEach((a, i) => got.set(a.id, shares[i]!));
  }
  const out = new Map<
    number,
    { purchased: Dec; received: Dec; orders: SalesOrderPurchase['lines'][number]['orders'] }
  >();
  for (const r of rows) {
    const share = got.get(r.allocation_id) ?? zero;
    const entry = out.get(r.order_line_id) ?? { purchased: zero, received: zero, orders: [] };
    entry.purchased = entry.purchased.plus(r.status === 'closed' ? share : parseDecimal(r.quantity));
    entry.received = entry.received.plus(share);
    entry.orders.push({
      id: r.po_id,
      number: r.number,
      supplierName: r.supplier_name,
      status: r.status,
      quantity: r.quantity,
    });
    out.set(r.order_line_id, entry);
  }
  return out;
}

/** The sales order's purchase progress, per goods line. */
export async function salesOrderPurchaseOf(db: Db, orderId: number): Promise<SalesOrderPurchase> {
  const order = (await db('sales_orders').where({ id: orderId }).first('id')) as { id: number } | undefined;
  if (!order) throw notFound('order', orderId);
  const lines = (await db('sales_order_lines')
    .where({ order_id: orderId, kind: 'item' })
    .orderBy(['position', 'id'])
    .select('id', 'position', 'name', 'spec', 'unit', 'product_id', 'quantity')) as {
    id: number;
    position: number;
    name: string;
    spec: string | null;
    unit: string;
    product_id: number | null;
    quantity: string;
  }[];
  const bought = await purchaseOf(
    db,
    lines.map((l) => l.id),
  );
  const zero = new Dec(0);
  return {
    orderId,
    lines: lines.map((l) => {
      const b = bought.get(l.id);
      const purchased = b?.purchased ?? zero;
      return {
        orderLineId: l.id,
        position: l.position,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        productId: l.product_id,
        ordered: l.quantity,
        purchased: qtyText(purchased),
        received: qtyText(b?.received ?? zero),
        needed: qtyText(Dec.max(parseDecimal(l.quantity).minus(purchased), zero)),
        orders: b?.orders ?? [],
      };
    }),
  };
}

/**
 * The allocations of a PO's lines, checked: each names a goods line of an agreed order still being delivered (the
 * drop-ship's order when it is one), no PO line serves more than it buys, and buying more than the order lines still
 * need (ordered − bought on other POs) is refused unless the line says why. Nothing is written.
 */
export async function checkAllocations(
  db: Db,
  lines: PoLineInput[],
  opts: { exceptPoId: number | null; shipOrderId: number | null },
): Promise<void> {
  const ids = [...new Set(lines.flatMap((l) => l.allocations.map((a) => a.orderLineId)))];
  const orderLines = new Map(
    (
      (await db('sales_order_lines')
        .join('sales_orders', 'sales_orders.id', 'sales_order_lines.order_id')
        .whereIn('sales_order_lines.id', ids)
        .select(
          'sales_order_lines.id',
          'sales_order_lines.kind',
          'sales_order_lines.name',
          'sales_order_lines.unit',
          'sales_order_lines.quantity',
          'sales_orders.id as order_id',
          'sales_orders.number',
          'sales_orders.status',
        )) as {
        id: number;
        kind: string;
        name: string;
        unit: string;
        quantity: string;
        order_id: number;
        number: string;
        status: string;
      }[]
    ).map((l) => [l.id, l]),
  );
  const wanted = new Map<number, { total: Dec; lineIndex: number[] }>();
  lines.forEach((line, i) => {
    const seen = new Set<number>();
    let allocated = new Dec(0);
    line.allocations.forEach((a, j) => {
      const path = `lines.${i}.allocations.${j}.orderLineId`;
      const ol = orderLines.get(a.orderLineId);
      if (!ol || ol.kind !== 'item')
        throw new AppError('VALIDATION', 'poMsg.errors.notOrderLine', {}, [
          { path, message: 'poMsg.errors.notOrderLine' },
        ]);
      if (!BUYING_FOR.includes(ol.status))
        throw new AppError('VALIDATION', 'poMsg.errors.orderNotOpen', { number: ol.number }, [
          { path, message: 'poMsg.errors.orderNotOpen' },
        ]);
      if (opts.shipOrderId !== null && ol.order_id !== opts.shipOrderId)
        throw new AppError('VALIDATION', 'poMsg.errors.notShipOrder', { number: ol.number }, [
          { path, message: 'poMsg.errors.notShipOrder' },
        ]);
      if (seen.has(a.orderLineId))
        throw new AppError('VALIDATION', 'poMsg.errors.allocatedTwice', {}, [
          { path, message: 'poMsg.errors.allocatedTwice' },
        ]);
      seen.add(a.orderLineId);
      allocated = allocated.plus(parseDecimal(a.quantity));
      const w = wanted.get(a.orderLineId) ?? { total: new Dec(0), lineIndex: [] };
      w.total = w.total.plus(parseDecimal(a.quantity));
      w.lineIndex.push(i);
      wanted.set(a.orderLineId, w);
    });
    const quantity = parseDecimal(line.quantity);
    if (allocated.greaterThan(quantity))
      throw new AppError(
        'VALIDATION',
        'poMsg.errors.allocatedOverLine',
        { allocated: qtyText(allocated), unit: line.unit },
        [{ path: `lines.${i}.quantity`, message: 'poMsg.errors.allocatedOverLine' }],
      );
    // Bought beyond the lines it serves: the extra is for stock, and that is said.
    if (line.allocations.length && quantity.greaterThan(allocated) && !line.overReason)
      throw new AppError(
        'VALIDATION',
        'poMsg.errors.overLine',
        { extra: qtyText(quantity.minus(allocated)), unit: line.unit },
        [{ path: `lines.${i}.overReason`, message: 'poMsg.errors.overLine' }],
      );
  });
  const bought = await purchaseOf(db, ids, opts.exceptPoId);
  for (const [orderLineId, w] of wanted) {
    const ol = orderLines.get(orderLineId)!;
    const needed = Dec.max(
      parseDecimal(ol.quantity).minus(bought.get(orderLineId)?.purchased ?? new Dec(0)),
      new Dec(0),
    );
    if (w.total.lessThanOrEqualTo(needed)) continue;
    const unexplained = w.lineIndex.find((i) => !lines[i]!.overReason);
    if (unexplained !== undefined)
      throw new AppError(
        'VALIDATION',
        'poMsg.errors.overBuy',
        { name: ol.name, number: ol.number, needed: qtyText(needed), unit: ol.unit },
        [{ path: `lines.${unexplained}.overReason`, message: 'poMsg.errors.overBuy' }],
      );
  }
}
