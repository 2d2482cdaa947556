import { lineAmounts } from '../../shared/money';
import { amountsOf, goodsOf, type LineDbRow } from '../quotes/quote-store';

/** The goods columns every shipping line carries from its order line: a priced line's, without quote-only fields. */
export type GoodsDbRow = Omit<LineDbRow, 'kind' | 'lead_time' | 'note'> & {
  id: number;
  order_line_id: number;
  position: number;
};

export const toGoods = (l: GoodsDbRow) => ({
  orderLineId: l.order_line_id,
  ...goodsOf(l),
  ...amountsOf(l),
});

/** A source line (order, notice or note line) at a new quantity, priced as the order priced it. */
export function goodsAt(
  source: Omit<GoodsDbRow, 'id' | 'position' | 'net_fen' | 'tax_fen' | 'gross_fen'>,
  quantity: string,
  priceIncludesTax: boolean,
  position: number,
) {
  const amounts = lineAmounts({ quantity, unitPrice: source.unit_price, taxRate: source.tax_rate, priceIncludesTax });
  return {
    order_line_id: source.order_line_id,
    position,
    product_id: source.product_id,
    name: source.name,
    brand: source.brand,
    spec: source.spec,
    unit: source.unit,
    quantity,
    unit_price: source.unit_price,
    tax_rate: source.tax_rate,
    net_fen: amounts.net,
    tax_fen: amounts.tax,
    gross_fen: amounts.gross,
  };
}
