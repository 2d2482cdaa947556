import type { Knex } from 'knex';
import type { TaxRate } from '../../../shared/money';
import type { Param, PriceSource } from '../../../shared/purchasing/catalogue/contract';
import { nowIso } from '../../db/rows';

export interface PriceRecord {
  supplierId: number;
  productId: number;
  priceDate: string;
  unitPrice: string;
  priceIncludesTax: boolean;
  taxRate: TaxRate;
  minQuantity: string | null;
  leadDays: number | null;
  source: PriceSource;
  rfqAnswerLineId?: number | null;
  poLineId?: number | null;
}

/** Appends one price to a supplier's history for a product; the history is never rewritten. */
export async function recordSupplierPrice(
  trx: Knex.Transaction,
  p: PriceRecord,
  userId: number | null,
): Promise<number> {
  const [row] = (await trx('supplier_prices')
    .insert({
      supplier_id: p.supplierId,
      product_id: p.productId,
      price_date: p.priceDate,
      unit_price: p.unitPrice,
      price_includes_tax: p.priceIncludesTax,
      tax_rate: p.taxRate,
      min_quantity: p.minQuantity,
      lead_days: p.leadDays,
      source: p.source,
      rfq_answer_line_id: p.rfqAnswerLineId ?? null,
      po_line_id: p.poLineId ?? null,
      created_by: userId,
      created_at: nowIso(),
    })
    .returning('id')) as { id: number }[];
  return row!.id;
}

/**
 * The supplier's offer of the product, made when the catalogue has none yet (a price learnt from an RFQ or a PO
 * puts the supplier on file for it). Answers the offer's id and whether it was made now.
 */
export async function ensureOffer(
  trx: Knex.Transaction,
  o: { supplierId: number; productId: number; model: string | null; params: Param[] },
  userId: number | null,
): Promise<{ id: number; created: boolean }> {
  const found = (await trx('supplier_products')
    .where({ supplier_id: o.supplierId, product_id: o.productId })
    .first('id')) as { id: number } | undefined;
  if (found) return { id: found.id, created: false };
  const now = nowIso();
  const [row] = (await trx('supplier_products')
    .insert({
      supplier_id: o.supplierId,
      product_id: o.productId,
      model: o.model,
      maker: null,
      params: JSON.stringify(o.params),
      notes: null,
      active: true,
      lock_version: 1,
      created_by: userId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  return { id: row!.id, created: true };
}
