import type { Knex } from 'knex';
import type { TaxRate } from '../../../shared/money';
import type {
  OfferDetail,
  OfferRow,
  Param,
  PriceOut,
  PriceSource,
} from '../../../shared/purchasing/catalogue/contract';
import { fourDecimals, unitPriceBases } from '../../../shared/purchasing/rfq/tax-basis';
import { bool } from '../../db/rows';
import { notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface OfferDbRow {
  id: number;
  supplier_id: number;
  supplier_name: string;
  product_id: number;
  product_code: string;
  product_name: string;
  product_spec: string | null;
  unit: string;
  model: string | null;
  maker: string | null;
  params: string;
  notes: string | null;
  active: number | boolean;
  lock_version: number;
  updated_at: string;
}

interface PriceDbRow {
  id: number;
  supplier_id: number;
  product_id: number;
  price_date: string;
  unit_price: string;
  price_includes_tax: number | boolean;
  tax_rate: TaxRate;
  min_quantity: string | null;
  lead_days: number | null;
  source: PriceSource;
  rfq_number: string | null;
  po_number: string | null;
  created_by_name: string | null;
}

/** An offer with the names people read: the supplier's and the product's. */
export function offerQuery(db: Db): Knex.QueryBuilder {
  return db('supplier_products')
    .join('suppliers', 'suppliers.id', 'supplier_products.supplier_id')
    .join('products', 'products.id', 'supplier_products.product_id')
    .select(
      'supplier_products.*',
      'suppliers.name as supplier_name',
      'products.code as product_code',
      'products.name as product_name',
      'products.spec as product_spec',
      'products.unit as unit',
    );
}

export const readParams = (json: string): Param[] => JSON.parse(json) as Param[];

function toPriceOut(p: PriceDbRow): PriceOut {
  const includesTax = bool(p.price_includes_tax);
  const bases = unitPriceBases(p.unit_price, p.tax_rate, includesTax);
  return {
    id: p.id,
    priceDate: p.price_date,
    unitPrice: p.unit_price,
    priceIncludesTax: includesTax,
    taxRate: p.tax_rate,
    netUnitPrice: fourDecimals(bases.net),
    grossUnitPrice: fourDecimals(bases.gross),
    minQuantity: p.min_quantity,
    leadDays: p.lead_days,
    source: p.source,
    sourceNumber: p.rfq_number ?? p.po_number,
    createdBy: p.created_by_name,
  };
}

/** The price history of some (supplier, product) pairs, newest first: by date, then by when it was written. */
async function pricesOf(db: Db, pairs: { supplierId: number; productId: number }[]): Promise<Map<string, PriceOut[]>> {
  const byPair = new Map<string, PriceOut[]>();
  if (!pairs.length) return byPair;
  const rows = (await db('supplier_prices')
    .leftJoin('rfq_answer_lines', 'rfq_answer_lines.id', 'supplier_prices.rfq_answer_line_id')
    .leftJoin('rfq_items', 'rfq_items.id', 'rfq_answer_lines.rfq_item_id')
    .leftJoin('rfqs', 'rfqs.id', 'rfq_items.rfq_id')
    .leftJoin('purchase_order_lines', 'purchase_order_lines.id', 'supplier_prices.po_line_id')
    .leftJoin('purchase_orders', 'purchase_orders.id', 'purchase_order_lines.po_id')
    .leftJoin('users', 'users.id', 'supplier_prices.created_by')
    .whereIn('supplier_prices.product_id', [...new Set(pairs.map((p) => p.productId))])
    .whereIn('supplier_prices.supplier_id', [...new Set(pairs.map((p) => p.supplierId))])
    .select(
      'supplier_prices.*',
      'rfqs.number as rfq_number',
      'purchase_orders.number as po_number',
      'users.display_name as created_by_name',
    )
    .orderBy([
      { column: 'supplier_prices.price_date', order: 'desc' },
      { column: 'supplier_prices.id', order: 'desc' },
    ])) as PriceDbRow[];
  for (const r of rows) {
    const key = `${r.supplier_id}:${r.product_id}`;
    byPair.set(key, [...(byPair.get(key) ?? []), toPriceOut(r)]);
  }
  return byPair;
}

function toRow(r: OfferDbRow, lastPrice: PriceOut | null): OfferRow {
  return {
    id: r.id,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    productId: r.product_id,
    productCode: r.product_code,
    productName: r.product_name,
    productSpec: r.product_spec,
    unit: r.unit,
    model: r.model,
    maker: r.maker,
    active: bool(r.active),
    lastPrice,
    updatedAt: r.updated_at,
  };
}

/** List rows with each offer's latest price, read for the page's offers in one query. */
export async function toOfferRows(db: Db, rows: OfferDbRow[]): Promise<OfferRow[]> {
  const prices = await pricesOf(
    db,
    rows.map((r) => ({ supplierId: r.supplier_id, productId: r.product_id })),
  );
  return rows.map((r) => toRow(r, prices.get(`${r.supplier_id}:${r.product_id}`)?.[0] ?? null));
}

export async function getOffer(db: Db, id: number): Promise<OfferDetail> {
  const r = (await offerQuery(db).where('supplier_products.id', id).first()) as OfferDbRow | undefined;
  if (!r) throw notFound('supplierProduct', id);
  const prices =
    (await pricesOf(db, [{ supplierId: r.supplier_id, productId: r.product_id }])).get(
      `${r.supplier_id}:${r.product_id}`,
    ) ?? [];
  const files = (await db('supplier_product_files')
    .join('attachments', 'attachments.id', 'supplier_product_files.attachment_id')
    .where('supplier_product_files.supplier_product_id', id)
    .orderBy('supplier_product_files.id')
    .select(
      'supplier_product_files.id',
      'supplier_product_files.attachment_id',
      'supplier_product_files.kind',
      'supplier_product_files.title',
      'attachments.filename',
      'attachments.mime',
    )) as {
    id: number;
    attachment_id: number;
    kind: 'brochure';
    title: string | null;
    filename: string;
    mime: string;
  }[];
  return {
    ...toRow(r, prices[0] ?? null),
    params: readParams(r.params),
    notes: r.notes,
    lockVersion: r.lock_version,
    files: files.map((f) => ({
      id: f.id,
      attachmentId: f.attachment_id,
      kind: f.kind,
      title: f.title,
      filename: f.filename,
      mime: f.mime,
    })),
    prices,
  };
}
