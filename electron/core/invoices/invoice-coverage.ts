import type { Knex } from 'knex';
import type { UninvoicedLine } from '../../shared/invoices/contract';
import { Dec, parseDecimal, type TaxRate } from '../../shared/money';
import { DELIVERED_NOTE } from '../deliveries/progress';
import { qtyText } from '../deliveries/quantities';
import { bool, int } from '../db/rows';

type Db = Knex | Knex.Transaction;
const zero = new Dec(0);

interface NoteScope {
  customerId?: number | null;
  noteIds?: number[];
  orderLineIds?: number[];
}

/** A delivered note's line or charge, less what was short on the 回单 and what came back: what may be invoiced. */
export type DeliveredPart = Omit<UninvoicedLine, 'quantity'> & { quantity: Dec | null; customerId: number };

function scoped(q: Knex.QueryBuilder, scope: NoteScope): Knex.QueryBuilder {
  q.whereIn('delivery_notes.status', DELIVERED_NOTE);
  if (scope.customerId) q.where('delivery_notes.customer_id', scope.customerId);
  if (scope.noteIds) q.whereIn('delivery_notes.id', scope.noteIds);
  return q;
}

const noteColumns = [
  'delivery_notes.id as note_id',
  'delivery_notes.number as note_number',
  'delivery_notes.date as note_date',
  'delivery_notes.delivered_on',
  'delivery_notes.customer_id',
  'delivery_notes.order_id',
  'delivery_notes.price_includes_tax',
  'sales_orders.number as order_number',
];

interface NotePartRow {
  note_id: number;
  note_number: string;
  note_date: string;
  delivered_on: string | null;
  customer_id: number;
  order_id: number;
  price_includes_tax: number | boolean;
  order_number: string;
  order_line_id: number;
  name: string;
  tax_rate: string;
  gross_fen: number | string;
}

const header = (r: NotePartRow) => ({
  noteId: r.note_id,
  noteNumber: r.note_number,
  noteDate: r.note_date,
  deliveredOn: r.delivered_on,
  customerId: r.customer_id,
  orderId: r.order_id,
  orderNumber: r.order_number,
  orderLineId: r.order_line_id,
  priceIncludesTax: bool(r.price_includes_tax),
  taxRate: r.tax_rate as TaxRate,
  name: r.name,
});

/** Goods and charges of delivered or receipted notes, net of shortfalls and returns, oldest note first. */
export async function deliveredParts(db: Db, scope: NoteScope): Promise<DeliveredPart[]> {
  const lineQuery = scoped(
    db('delivery_note_lines')
      .join('delivery_notes', 'delivery_notes.id', 'delivery_note_lines.note_id')
      .join('sales_orders', 'sales_orders.id', 'delivery_notes.order_id')
      .select(
        ...noteColumns,
        'delivery_note_lines.id as line_id',
        'delivery_note_lines.order_line_id',
        'delivery_note_lines.product_id',
        'delivery_note_lines.name',
        'delivery_note_lines.spec',
        'delivery_note_lines.unit',
        'delivery_note_lines.unit_price',
        'delivery_note_lines.tax_rate',
        'delivery_note_lines.quantity',
        'delivery_note_lines.gross_fen',
        'delivery_note_lines.discrepancy',
        'delivery_note_lines.discrepancy_qty',
      ),
    scope,
  );
  if (scope.orderLineIds) lineQuery.whereIn('delivery_note_lines.order_line_id', scope.orderLineIds);
  const lines = (await lineQuery) as (NotePartRow & {
    line_id: number;
    product_id: number | null;
    spec: string | null;
    unit: string;
    unit_price: string;
    quantity: string;
    discrepancy: string | null;
    discrepancy_qty: string | null;
  })[];
  const returned = new Map<number, { qty: Dec; gross: number }>();
  const lineIds = lines.map((l) => l.line_id);
  for (let i = 0; i < lineIds.length; i += 500) {
    const rows = (await db('delivery_return_lines')
      .whereIn('note_line_id', lineIds.slice(i, i + 500))
      .select('note_line_id', 'quantity', 'gross_fen')) as {
      note_line_id: number;
      quantity: string;
      gross_fen: number | string;
    }[];
    for (const r of rows) {
      const was = returned.get(r.note_line_id) ?? { qty: zero, gross: 0 };
      returned.set(r.note_line_id, {
        qty: was.qty.plus(parseDecimal(r.quantity)),
        gross: was.gross + int(r.gross_fen),
      });
    }
  }
  const parts: DeliveredPart[] = lines.map((l) => {
    const shipped = parseDecimal(l.quantity);
    const short = l.discrepancy === 'short' && l.discrepancy_qty ? parseDecimal(l.discrepancy_qty) : zero;
    // Valued as credit.ts values a shortfall: the line's gross pro rata, to the fen half up.
    const shortValue = shipped.isZero()
      ? 0
      : new Dec(int(l.gross_fen)).times(short).dividedBy(shipped).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
    const back = returned.get(l.line_id) ?? { qty: zero, gross: 0 };
    return {
      ...header(l),
      kind: 'item',
      productId: l.product_id,
      spec: l.spec,
      unit: l.unit,
      unitPrice: l.unit_price,
      quantity: shipped.minus(short).minus(back.qty),
      gross: int(l.gross_fen) - shortValue - back.gross,
    };
  });

  const chargeQuery = scoped(
    db('delivery_note_charges')
      .join('delivery_notes', 'delivery_notes.id', 'delivery_note_charges.note_id')
      .join('sales_orders', 'sales_orders.id', 'delivery_notes.order_id')
      .select(
        ...noteColumns,
        'delivery_note_charges.order_line_id',
        'delivery_note_charges.name',
        'delivery_note_charges.tax_rate',
        'delivery_note_charges.gross_fen',
      ),
    scope,
  );
  if (scope.orderLineIds) chargeQuery.whereIn('delivery_note_charges.order_line_id', scope.orderLineIds);
  const charges = (await chargeQuery) as NotePartRow[];
  if (charges.length) {
    const backCharges = (await db('delivery_return_charges')
      .join('delivery_returns', 'delivery_returns.id', 'delivery_return_charges.return_id')
      .whereIn('delivery_returns.note_id', [...new Set(charges.map((c) => c.note_id))])
      .select(
        'delivery_returns.note_id',
        'delivery_return_charges.order_line_id',
        'delivery_return_charges.gross_fen',
      )) as {
      note_id: number;
      order_line_id: number;
      gross_fen: number | string;
    }[];
    for (const c of charges) {
      const back = backCharges
        .filter((b) => b.note_id === c.note_id && b.order_line_id === c.order_line_id)
        .reduce((s, b) => s + int(b.gross_fen), 0);
      parts.push({
        ...header(c),
        kind: 'charge',
        productId: null,
        spec: null,
        unit: null,
        unitPrice: null,
        quantity: null,
        gross: int(c.gross_fen) - back,
      });
    }
  }
  return parts.sort((a, b) =>
    a.noteDate === b.noteDate ? a.noteId - b.noteId || a.orderLineId - b.orderLineId : a.noteDate < b.noteDate ? -1 : 1,
  );
}

export interface Covered {
  qty: Dec;
  gross: number;
}

/**
 * What invoices cover of each order line: every invoice line naming it, red-letters negative.
 * A red-letter line carries a negative quantity. A line without a quantity counts by value, turned into a quantity at the order line's gross per unit.
 */
export async function coveredByOrderLine(
  db: Db,
  orderLineIds: number[],
  exceptInvoiceId?: number,
): Promise<Map<number, Covered>> {
  const out = new Map<number, Covered>();
  for (let i = 0; i < orderLineIds.length; i += 500) {
    const q = db('invoice_lines')
      .join('sales_order_lines', 'sales_order_lines.id', 'invoice_lines.order_line_id')
      .whereIn('invoice_lines.order_line_id', orderLineIds.slice(i, i + 500))
      .select(
        'invoice_lines.order_line_id',
        'invoice_lines.quantity',
        'invoice_lines.gross_fen',
        'sales_order_lines.quantity as ordered',
        'sales_order_lines.gross_fen as ordered_gross',
      );
    if (exceptInvoiceId) q.whereNot('invoice_lines.invoice_id', exceptInvoiceId);
    const rows = (await q) as {
      order_line_id: number;
      quantity: string | null;
      gross_fen: number | string;
      ordered: string;
      ordered_gross: number | string;
    }[];
    for (const r of rows) {
      const gross = int(r.gross_fen);
      let qty: Dec;
      if (r.quantity) qty = parseDecimal(r.quantity);
      else if (int(r.ordered_gross) !== 0)
        qty = new Dec(gross).times(parseDecimal(r.ordered)).dividedBy(int(r.ordered_gross)).toDecimalPlaces(4);
      else qty = zero;
      const was = out.get(r.order_line_id) ?? { qty: zero, gross: 0 };
      out.set(r.order_line_id, { qty: was.qty.plus(qty), gross: was.gross + gross });
    }
  }
  return out;
}

/**
 * The delivered parts less what invoices cover of their order line, taken from the oldest note first;
 * what is fully covered drops out.
 */
export function uncovered(parts: DeliveredPart[], covered: Map<number, Covered>): DeliveredPart[] {
  const left = new Map([...covered].map(([k, v]) => [k, { qty: v.qty, gross: v.gross }]));
  const out: DeliveredPart[] = [];
  for (const p of parts) {
    const c = left.get(p.orderLineId) ?? { qty: zero, gross: 0 };
    if (p.kind === 'item' && p.quantity) {
      const take = Dec.max(Dec.min(c.qty, p.quantity), zero);
      c.qty = c.qty.minus(take);
      const rest = p.quantity.minus(take);
      left.set(p.orderLineId, c);
      if (rest.lessThanOrEqualTo(0)) continue;
      const gross = p.quantity.isZero()
        ? 0
        : new Dec(p.gross).times(rest).dividedBy(p.quantity).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
      out.push({ ...p, quantity: rest, gross });
    } else {
      // A charge (a discount is negative): covered by value, in the charge's own sign.
      const sign = p.gross < 0 ? -1 : 1;
      const take = Math.max(Math.min(c.gross * sign, p.gross * sign), 0) * sign;
      c.gross -= take;
      left.set(p.orderLineId, c);
      const rest = p.gross - take;
      if (rest !== 0) out.push({ ...p, gross: rest });
    }
  }
  return out;
}

export const shownQty = (q: Dec | null) => (q ? qtyText(q) : null);
