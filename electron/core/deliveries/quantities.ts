import { Dec, parseDecimal } from '../../shared/money';

/** Sums decimal quantities held as text, exactly. */
export function sumQty(values: Iterable<string | null | undefined>): Dec {
  let total = new Dec(0);
  for (const v of values) if (v) total = total.plus(parseDecimal(v));
  return total;
}

/** A quantity as the documents show it: no trailing zeros, never '-0'. */
export function qtyText(d: Dec): string {
  return d.isZero() ? '0' : d.toDecimalPlaces(4).toFixed();
}

/**
 * A document's total quantity, unit by unit: 台, 米, 套 and 只 are never added together. One unit reads '12 台';
 * several, in the order the lines first use them, '2 台、30 米、5 套'.
 */
export function totalByUnit(lines: readonly { unit: string; quantity: string }[], separator = '、'): string {
  const totals = new Map<string, Dec>();
  for (const l of lines) totals.set(l.unit, (totals.get(l.unit) ?? new Dec(0)).plus(parseDecimal(l.quantity)));
  return [...totals].map(([unit, total]) => `${qtyText(total)} ${unit}`.trim()).join(separator);
}

/** Groups rows by a key and sums one decimal column per group. */
export function sumBy<R>(rows: R[], key: (r: R) => number, qty: (r: R) => string | null): Map<number, Dec> {
  const out = new Map<number, Dec>();
  for (const r of rows) {
    const q = qty(r);
    if (q) out.set(key(r), (out.get(key(r)) ?? new Dec(0)).plus(parseDecimal(q)));
  }
  return out;
}
