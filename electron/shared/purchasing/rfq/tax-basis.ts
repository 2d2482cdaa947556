import { Dec, parseDecimal } from '../../money';

/** A unit price on both tax bases, exact (net = gross / (1 + rate)); rounded only when shown or stored. */
export function unitPriceBases(unitPrice: string, taxRate: string, includesTax: boolean): { net: Dec; gross: Dec } {
  const priceDec = parseDecimal(unitPrice);
  const factor = new Dec(1).plus(parseDecimal(taxRate));
  return includesTax
    ? { net: priceDec.dividedBy(factor), gross: priceDec }
    : { net: priceDec, gross: priceDec.times(factor) };
}

/** A unit price as purchasing keeps and shows it: 4 decimals, half-up. */
export const fourDecimals = (value: Dec): string => value.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4);
