import { Dec } from '../../shared/money';

/** 'YYYY-MM' plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

export const monthOf = (date: string): string => date.slice(0, 7);

/**
 * The plain dates a span of months covers, as a half-open range [start, end): a date column is
 * compared as text against both, which walks a (date, id) index instead of computing per row.
 */
export function monthSpan(from: string, to: string): { start: string; end: string } {
  return { start: `${from}-01`, end: `${addMonths(to, 1)}-01` };
}

/** `part` of `whole` as a percentage with one decimal ('85.3'); null when there is no whole to measure against. */
export function percentOf(part: number, whole: number): string | null {
  if (whole === 0) return null;
  return new Dec(part).times(100).dividedBy(whole).toFixed(1);
}
