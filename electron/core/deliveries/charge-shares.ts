import { Dec, type DecimalInput, type LineAmounts } from '../../shared/money';

/** `fen` × part / whole, rounded half-up to the fen (away from zero at .5, so discounts round as their size does). */
export function proRataFen(fen: number, part: DecimalInput, whole: DecimalInput): number {
  if (new Dec(whole).isZero()) return 0;
  return new Dec(fen).times(part).dividedBy(whole).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** A charge's share for `part` of `whole`: gross and net each rounded, tax the difference so they always add up. */
export function chargeShare(charge: LineAmounts, part: number, whole: number): LineAmounts {
  const gross = proRataFen(charge.gross, part, whole);
  const net = proRataFen(charge.net, part, whole);
  return { net, tax: gross - net, gross };
}

/** What is left of a charge once `taken` is deducted: the closing share, so all shares sum to the charge exactly. */
export function chargeRemainder(charge: LineAmounts, taken: LineAmounts): LineAmounts {
  return { net: charge.net - taken.net, tax: charge.tax - taken.tax, gross: charge.gross - taken.gross };
}

/**
 * `amount` spread over weighted parts pro rata by weight, the largest part (first of equals) taking the rounding
 * remainder so the shares sum to `amount` exactly; with no weight at all the largest part takes everything.
 */
export function spreadFen<K>(amount: number, parts: { key: K; weight: number }[]): Map<K, number> {
  const out = new Map<K, number>();
  if (!parts.length) return out;
  const whole = parts.reduce((s, p) => s + p.weight, 0);
  const largest = parts.reduce((best, p) => (Math.abs(p.weight) > Math.abs(best.weight) ? p : best), parts[0]!);
  let given = 0;
  for (const p of parts) {
    if (p === largest) continue;
    const share = proRataFen(amount, p.weight, whole);
    out.set(p.key, (out.get(p.key) ?? 0) + share);
    given += share;
  }
  out.set(largest.key, (out.get(largest.key) ?? 0) + amount - given);
  return out;
}

export const ZERO_AMOUNTS: LineAmounts = { net: 0, tax: 0, gross: 0 };

export const addAmounts = (a: LineAmounts, b: LineAmounts): LineAmounts => ({
  net: a.net + b.net,
  tax: a.tax + b.tax,
  gross: a.gross + b.gross,
});

export const isZeroAmounts = (a: LineAmounts): boolean => a.net === 0 && a.tax === 0 && a.gross === 0;
