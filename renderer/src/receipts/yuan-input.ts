import { yuanToFen } from '@shared/money';

/** Full-width digits, point and commas (an IME left in full-width mode) read as their ASCII forms. */
const halfWidth = (s: string) =>
  s.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/** A typed yuan amount as fen, or null when it is not one (letters, a minus sign, three decimals). */
export function parseYuan(text: string | undefined | null): number | null {
  const v = halfWidth(text ?? '')
    .trim()
    .replace(/,/g, '');
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(v)) return null;
  return yuanToFen(v);
}
