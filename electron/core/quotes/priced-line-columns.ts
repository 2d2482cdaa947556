import type { QuoteLineKind } from '../../shared/quotes/quote-pricing';

/** What a priced line says: the goods, how many, at what price and tax rate. */
export interface PricedLineFields {
  kind: QuoteLineKind;
  productId: number | null;
  name: string;
  brand: string | null;
  spec: string | null;
  unit: string;
  quantity: string;
  unitPrice: string;
  taxRate: string;
}

/**
 * The columns every priced document line stores (quote lines, order lines): its position, the line as entered and its
 * amounts in fen, computed once by the pricing and never again from the stored text.
 */
export function pricedLineColumns(
  position: number,
  l: PricedLineFields,
  amounts: { net: number; tax: number; gross: number },
) {
  return {
    position,
    kind: l.kind,
    product_id: l.productId,
    name: l.name,
    brand: l.brand,
    spec: l.spec,
    unit: l.unit,
    quantity: l.quantity,
    unit_price: l.unitPrice,
    tax_rate: l.taxRate,
    net_fen: amounts.net,
    tax_fen: amounts.tax,
    gross_fen: amounts.gross,
  };
}
