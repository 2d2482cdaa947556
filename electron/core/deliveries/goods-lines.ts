import type { TaxRate } from '../../shared/money';
import { lineAmounts } from '../../shared/money';
import { int } from '../db/rows';

/** The goods columns every shipping line carries from its order line. */
export interface GoodsDbRow {
  id: number;
  order_line_id: number;
  position: number;
  product_id: number | null;
  name: string;
  brand: string | null;
  spec: string | null;
  unit: string;
  quantity: string;
  unit_price: string;
  tax_rate: TaxRate;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
}

export const toGoods = (l: GoodsDbRow) => ({
  orderLineId: l.order_line_id, productId: l.product_id, name: l.name, brand: l.brand, spec: l.spec, unit: l.unit,
  quantity: l.quantity, unitPrice: l.unit_price, taxRate: l.tax_rate, net: int(l.net_fen), tax: int(l.tax_fen), gross: int(l.gross_fen),
});

/** A source line (order, notice or note line) at a new quantity, priced as the order priced it. */
export function goodsAt(source: Omit<GoodsDbRow, 'id' | 'position' | 'net_fen' | 'tax_fen' | 'gross_fen'>, quantity: string, priceIncludesTax: boolean, position: number) {
  const amounts = lineAmounts({ quantity, unitPrice: source.unit_price, taxRate: source.tax_rate, priceIncludesTax });
  return {
    order_line_id: source.order_line_id, position, product_id: source.product_id, name: source.name, brand: source.brand, spec: source.spec, unit: source.unit,
    quantity, unit_price: source.unit_price, tax_rate: source.tax_rate, net_fen: amounts.net, tax_fen: amounts.tax, gross_fen: amounts.gross,
  };
}
