import type { Knex } from 'knex';
import { nowIso } from '../../db/rows';

/**
 * The PO's prices into the supplier's price history (source 'po'), once per line with a product: written when the PO
 * is first sent or confirmed, on the PO's tax basis and date.
 */
export async function recordPoPrices(trx: Knex.Transaction, poId: number, userId: number | null): Promise<number> {
  const po = (await trx('purchase_orders')
    .where({ id: poId })
    .first('supplier_id', 'order_date', 'price_includes_tax')) as {
    supplier_id: number;
    order_date: string;
    price_includes_tax: number | boolean;
  };
  const lines = (await trx('purchase_order_lines')
    .where({ po_id: poId })
    .whereNotNull('product_id')
    .whereNotIn('id', trx('supplier_prices').whereNotNull('po_line_id').select('po_line_id'))
    .orderBy('position')
    .select('id', 'product_id', 'unit_price', 'tax_rate')) as {
    id: number;
    product_id: number;
    unit_price: string;
    tax_rate: string;
  }[];
  const now = nowIso();
  if (lines.length)
    await trx('supplier_prices').insert(
      lines.map((l) => ({
        supplier_id: po.supplier_id,
        product_id: l.product_id,
        price_date: po.order_date,
        unit_price: l.unit_price,
        price_includes_tax: po.price_includes_tax,
        tax_rate: l.tax_rate,
        source: 'po',
        po_line_id: l.id,
        created_by: userId,
        created_at: now,
      })),
    );
  return lines.length;
}
