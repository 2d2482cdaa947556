import type { Knex } from 'knex';
import type { TaxRate } from '../../shared/money';
import type { LastPrice } from '../../shared/orders/direct-contract';
import { bool } from '../db/rows';

type Db = Knex | Knex.Transaction;

/** How far back each source is read: a customer's newest priced lines, not its whole history. */
const SCAN_LIMIT = 2000;

interface PricedRow {
  product_id: number;
  name: string;
  brand: string | null;
  spec: string | null;
  unit: string;
  tax_rate: TaxRate;
  unit_price: string;
  price_includes_tax: number | boolean;
  date: string;
  document_id: number;
  number: string;
  version?: number;
  line_id: number;
}

/** Quote statuses whose prices reached the customer (sent, and what became of a sent quote). */
const QUOTED = ['sent', 'won', 'lost', 'superseded'];
/** Order statuses that are agreed prices: everything but a draft and a cancelled order. */
const NOT_AGREED = ['draft', 'cancelled'];

/**
 * Per product, the last unit price this customer was given: the newest sent quote or agreed order line by its
 * date; on the same day an order beats a quote (it is what was agreed), then the later document and line.
 */
export async function lastPricesFor(db: Db, customerId: number, productIds?: number[]): Promise<LastPrice[]> {
  const goods = (q: Knex.QueryBuilder, lineTable: string) => {
    q.where(`${lineTable}.kind`, 'item').whereNotNull(`${lineTable}.product_id`);
    if (productIds) q.whereIn(`${lineTable}.product_id`, productIds);
    return q;
  };
  const quoted = goods(
    db('quote_lines')
      .join('quotes', 'quotes.id', 'quote_lines.quote_id')
      .where('quotes.customer_id', customerId)
      .whereIn('quotes.status', QUOTED)
      .whereNotNull('quotes.sent_at'),
    'quote_lines',
  )
    .orderBy([
      { column: 'quotes.quote_date', order: 'desc' },
      { column: 'quotes.id', order: 'desc' },
    ])
    .limit(SCAN_LIMIT)
    .select(
      'quote_lines.id as line_id',
      'quote_lines.product_id',
      'quote_lines.name',
      'quote_lines.brand',
      'quote_lines.spec',
      'quote_lines.unit',
      'quote_lines.tax_rate',
      'quote_lines.unit_price',
      'quotes.price_includes_tax',
      'quotes.quote_date as date',
      'quotes.id as document_id',
      'quotes.number',
      'quotes.version',
    ) as Promise<PricedRow[]>;
  const ordered = goods(
    db('sales_order_lines')
      .join('sales_orders', 'sales_orders.id', 'sales_order_lines.order_id')
      .where('sales_orders.customer_id', customerId)
      .whereNotIn('sales_orders.status', NOT_AGREED),
    'sales_order_lines',
  )
    .orderBy([
      { column: 'sales_orders.order_date', order: 'desc' },
      { column: 'sales_orders.id', order: 'desc' },
    ])
    .limit(SCAN_LIMIT)
    .select(
      'sales_order_lines.id as line_id',
      'sales_order_lines.product_id',
      'sales_order_lines.name',
      'sales_order_lines.brand',
      'sales_order_lines.spec',
      'sales_order_lines.unit',
      'sales_order_lines.tax_rate',
      'sales_order_lines.unit_price',
      'sales_orders.price_includes_tax',
      'sales_orders.order_date as date',
      'sales_orders.id as document_id',
      'sales_orders.number',
    ) as Promise<PricedRow[]>;

  const candidates = [
    ...(await ordered).map((r) => ({ r, source: 'order' as const })),
    ...(await quoted).map((r) => ({ r, source: 'quote' as const })),
  ].sort(
    (a, b) =>
      b.r.date.localeCompare(a.r.date) ||
      (a.source === b.source ? 0 : a.source === 'order' ? -1 : 1) ||
      b.r.document_id - a.r.document_id ||
      b.r.line_id - a.r.line_id,
  );
  const latest = new Map<number, LastPrice>();
  for (const { r, source } of candidates) {
    if (latest.has(r.product_id)) continue;
    latest.set(r.product_id, {
      productId: r.product_id,
      name: r.name,
      brand: r.brand,
      spec: r.spec,
      unit: r.unit,
      taxRate: r.tax_rate,
      unitPrice: r.unit_price,
      priceIncludesTax: bool(r.price_includes_tax),
      date: r.date,
      source,
      documentId: r.document_id,
      number: r.number,
      version: source === 'quote' ? (r.version ?? null) : null,
    });
  }
  return [...latest.values()];
}
