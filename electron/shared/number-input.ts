/**
 * Numbers as people type them into a form: the one reader the form fields, the line editors and the channels'
 * zod fields share, so a figure the form takes is one the core takes, and both refuse it in the same words.
 *
 * Accepted and normalised: full-width digits, point, comma and minus (an IME left in full-width mode, １４４６．４),
 * the ideographic full stop typed for a point (１４４６。４), and thousands separators where they can only be that
 * (1,446.40 or 12,345: groups of exactly three). Refused with a reason: letters (1446.4O), a comma that may be a
 * decimal comma (1446,40), a sign where none may be, too many decimals or digits.
 */

/** Why a typed figure is not taken; each has its own message (validation.number.*). */
export const NUMBER_PROBLEMS = ['empty', 'notNumber', 'separator', 'negative', 'zero', 'decimals', 'tooLarge'] as const;
export type NumberProblem = (typeof NUMBER_PROBLEMS)[number];

export interface NumberRule {
  /** Most decimals allowed. */
  decimals: number;
  /** Most digits before the point. */
  digits: number;
  /** Zero is a value (a price may be 0; a quantity may not). */
  zero: boolean;
  /** A minus sign is allowed (adjustments); otherwise -3 is refused as negative. */
  negative?: boolean;
  /** Largest value allowed, as a decimal text (a percent below 100). */
  max?: string;
  /** A figure of this kind, for the message that shows how to write one. */
  example?: string;
}

export type NumberRead = { ok: true; value: string } | { ok: false; problem: NumberProblem };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\u3002\u3000]/g;

/** Full-width digits and marks to their ASCII forms; 。 (typed for a point in Chinese mode) to a point. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u3002') return '.';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

const PLAIN = /^-?(\d+)?(\.\d*)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Compares two non-negative decimal texts without floating point. */
function greaterThan(a: string, b: string): boolean {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length > bi.length;
  if (ai !== bi) return ai > bi;
  const width = Math.max(af.length, bf.length);
  return af.padEnd(width, '0') > bf.padEnd(width, '0');
}

/**
 * Reads a typed figure under a rule. The value keeps the decimals as typed (1446.40 stays 1446.40), without
 * separators, leading zeros or a sign on zero.
 */
export function readNumberInput(raw: string | null | undefined, rule: NumberRule): NumberRead {
  const text = halfWidth(String(raw ?? '')).trim();
  if (!text) return { ok: false, problem: 'empty' };
  let plain = text;
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return { ok: false, problem: /^-?[\d,]*(\.\d*)?$/.test(text) ? 'separator' : 'notNumber' };
    plain = text.replace(/,/g, '');
  }
  const m = PLAIN.exec(plain);
  if (!m || (!m[1] && (!m[2] || m[2] === '.'))) return { ok: false, problem: 'notNumber' };
  const whole = (m[1] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = (m[2] ?? '').slice(1);
  const isZero = /^0*$/.test(whole + fraction);
  const negative = plain.startsWith('-') && !isZero;
  if (negative && !rule.negative) return { ok: false, problem: 'negative' };
  if (isZero && !rule.zero) return { ok: false, problem: 'zero' };
  if (fraction.length > rule.decimals) return { ok: false, problem: 'decimals' };
  if (whole.length > rule.digits) return { ok: false, problem: 'tooLarge' };
  const magnitude = fraction ? `${whole}.${fraction}` : whole;
  if (rule.max !== undefined && greaterThan(magnitude, rule.max)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: `${negative ? '-' : ''}${magnitude}` };
}

/** The rules the channels' fields use (shared/rpc/fields.ts), for forms that check as they are typed. */
export const NUMBER_RULES = {
  /** A unit price or cost: not negative, up to 4 decimals. */
  price: { decimals: 4, digits: 11, zero: true, example: '1446.40' },
  /** A quantity: more than 0, up to 4 decimals. */
  quantity: { decimals: 4, digits: 9, zero: false, example: '12' },
  /** A percentage such as a margin: 0 to 99.99. */
  percent: { decimals: 2, digits: 2, zero: true, example: '15' },
  /** A weight or volume: not negative, up to 3 decimals. */
  measure: { decimals: 3, digits: 9, zero: true, example: '12.5' },
  /** An amount of money in yuan: not negative, to the fen. */
  yuan: { decimals: 2, digits: 13, zero: true, example: '1446.40' },
} as const satisfies Record<string, NumberRule>;
export type NumberRuleName = keyof typeof NUMBER_RULES;

/** The message key for a problem under a rule, and the figures it names. */
export function numberProblemMessage(
  problem: NumberProblem,
  rule: NumberRule,
): { key: string; vars: Record<string, string | number> } {
  const name =
    problem === 'tooLarge' && rule.max !== undefined
      ? 'overMax'
      : (problem === 'negative' || problem === 'zero') && !rule.zero
        ? 'positive'
        : problem;
  return {
    key: `validation.number.${name}`,
    vars: { decimals: rule.decimals, digits: rule.digits, max: rule.max ?? '', example: rule.example ?? '12' },
  };
}
