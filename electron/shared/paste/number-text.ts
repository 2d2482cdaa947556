import { Dec } from '../money';

/**
 * Numbers as they arrive from Excel, a PDF or a chat window: full-width digits, thousands separators, a
 * currency sign. Written small for pasted lines; a shared parser for every form may replace it.
 */

/** Full-width ASCII (１２３．５，ＤＮ８０) and the ideographic space to their half-width forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Why a cell is not a number the line can take; the UI words each one (paste.errors.*). */
export type NumberProblem = 'notNumber' | 'separator' | 'negative' | 'zero' | 'decimals' | 'tooLarge';

export type NumberRead = { ok: true; value: string } | { ok: false; problem: NumberProblem };

export interface NumberRules {
  /** Most digits after the point. */
  decimals: number;
  /** Most digits before it. */
  integerDigits: number;
  /** Zero refused (a quantity); a price may be 0. */
  positive: boolean;
}

export const QUANTITY_RULES: NumberRules = { decimals: 4, integerDigits: 9, positive: true };
export const PRICE_RULES: NumberRules = { decimals: 4, integerDigits: 11, positive: false };

// Grouped by threes with commas, so '1,446.40' is 1446.40 but '1,44' (a decimal comma?) is not guessed at.
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d*\.?\d+$|^\d+\.$/;

/**
 * Reads a decimal exactly, as text: '１,４４６．４０' and '¥1,446.40' give '1446.40' (the decimals kept as typed).
 * Anything unclear is refused with the reason rather than guessed.
 */
export function readNumber(cell: string, rules: NumberRules): NumberRead {
  let text = halfWidth(cell).trim().replace(/\s+/g, '');
  text = text.replace(/^(¥|￥|RMB|CNY)/i, '').replace(/元$/, '');
  let negative = false;
  if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return { ok: false, problem: 'separator' };
    text = text.replace(/,/g, '');
  }
  if (!PLAIN.test(text)) return { ok: false, problem: 'notNumber' };
  if (text.startsWith('.')) text = `0${text}`;
  if (text.endsWith('.')) text = text.slice(0, -1);
  const [whole, frac = ''] = text.split('.') as [string, string?];
  const digits = whole.replace(/^0+(?=\d)/, '');
  const value = new Dec(text);
  if (negative && !value.isZero()) return { ok: false, problem: 'negative' };
  if (rules.positive && value.isZero()) return { ok: false, problem: 'zero' };
  if (frac.length > rules.decimals) return { ok: false, problem: 'decimals' };
  if (digits.length > rules.integerDigits) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: frac ? `${digits}.${frac}` : digits };
}

/** A quantity with its unit in the same cell ('10台', '2.5 米'): the number and the unit apart. */
export function splitQuantityUnit(cell: string): { number: string; unit: string | null } {
  const m = /^(.*?\d\.?)\s*([\u4e00-\u9fa5]{1,2}|[A-Za-z]{1,4})$/.exec(halfWidth(cell).trim());
  return m ? { number: m[1]!, unit: m[2]! } : { number: cell, unit: null };
}
