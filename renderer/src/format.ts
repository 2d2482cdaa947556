import { fenToYuan, formatFen, formatPrice, formatQuantity } from '@shared/money';

/** Stored timestamps are UTC; people read local time. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/*
 * One way to show figures on every page, list and drawer:
 * - money (integer fen): thousands separators and two decimals, 4294000 -> '42,940.00', 80000 -> '800.00';
 * - prices (decimal text): thousands separators, at least two decimals, more where they were entered with more,
 *   '14464' -> '14,464.00', '1280.5' -> '1,280.50', '12.3456' -> '12.3456';
 * - quantities (decimal text): thousands separators, no trailing zeros, '1200' -> '1,200', '2.500' -> '2.5'.
 * A missing figure shows as nothing. Form inputs keep plain yuan (`yuan`), which is what people type.
 */
export const money = (fen: number): string => formatFen(fen);
export const moneyOrBlank = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '' : money(fen);
/** A figure that is not a number (never expected) shows as it is rather than break the page. */
const orAsIs = (format: (text: string) => string) => (text: string | null | undefined) => {
  if (!text) return '';
  try {
    return format(text);
  } catch {
    return text;
  }
};
export const price = orAsIs(formatPrice);
export const qty = orAsIs(formatQuantity);
export const yuan = (fen: number): string => fenToYuan(fen);

export function taxRateLabel(rate: string): string {
  return `${Math.round(Number(rate) * 100)}%`;
}
