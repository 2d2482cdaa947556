import { fenToYuan, formatFen } from '@shared/money';

/** Stored timestamps are UTC; people read local time. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export const money = (fen: number): string => formatFen(fen);
export const yuan = (fen: number): string => fenToYuan(fen);

export function taxRateLabel(rate: string): string {
  return `${Math.round(Number(rate) * 100)}%`;
}
