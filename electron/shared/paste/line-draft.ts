import type { TaxRate } from '../money';
import type { ProductRow } from '../products/contract';
import { restateUnitPrice } from '../quotes/quote-pricing';
import type { SheetLine } from './sheet-lines';

/** A pasted row as a quote or order line, ready for the editor's form. */
export interface LineDraft {
  kind: 'item';
  productId: number | null;
  name: string;
  brand: string | null;
  spec: string | null;
  unit: string;
  quantity: string;
  unitPrice: string;
  taxRate: TaxRate;
  /** The product's list price, which the quote's discount check compares against. */
  listPrice: string | null;
  leadTime: string | null;
  note: string | null;
}

export interface DraftTerms {
  /** The document's prices include tax (list prices are net and are restated). */
  priceIncludesTax: boolean;
  /** The unit of a free-text line the paste gave none for (个 / pcs). */
  defaultUnit: string;
  /** A price to prefer over the list price when the paste gave none: the customer's last price, on these terms. */
  knownPrice?(product: ProductRow): string | null;
}

/**
 * The line a row becomes. With a product: the product's name, brand, spec, unit and tax rate, at the pasted
 * price, else the customer's last price, else the list price on the document's tax terms. Without one: the
 * pasted text as a free line at the pasted price (0 when none: a 询价清单 usually leaves it to us).
 */
export function draftLine(line: SheetLine, product: ProductRow | null, terms: DraftTerms): LineDraft {
  const common = {
    kind: 'item' as const,
    quantity: line.quantity ?? '1',
    leadTime: line.leadTime,
    note: line.note,
  };
  if (product)
    return {
      ...common,
      productId: product.id,
      name: product.name,
      brand: product.brand,
      spec: product.spec,
      unit: product.unit,
      taxRate: product.taxRate,
      unitPrice:
        line.unitPrice ??
        terms.knownPrice?.(product) ??
        restateUnitPrice(product.listPrice, product.taxRate, false, terms.priceIncludesTax),
      listPrice: product.listPrice,
    };
  return {
    ...common,
    productId: null,
    name: line.name ?? '',
    brand: line.brand,
    spec: line.spec,
    unit: line.unit ?? terms.defaultUnit,
    taxRate: '0.13',
    unitPrice: line.unitPrice ?? '0',
    listPrice: null,
  };
}
