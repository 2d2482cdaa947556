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

/** Groups rows by a key and sums one decimal column per group. */
export function sumBy<R>(rows: R[], key: (r: R) => number, qty: (r: R) => string | null): Map<number, Dec> {
  const out = new Map<number, Dec>();
  for (const r of rows) {
    const q = qty(r);
    if (q) out.set(key(r), (out.get(key(r)) ?? new Dec(0)).plus(parseDecimal(q)));
  }
  return out;
}
