import { yuanToFen } from '@shared/money';

/** A typed yuan amount as fen, or null when it is not one (letters, full-width digits, three decimals). */
export function parseYuan(text: string | undefined | null): number | null {
  const v = (text ?? '').trim().replace(/,/g, '');
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(v)) return null;
  return yuanToFen(v);
}
