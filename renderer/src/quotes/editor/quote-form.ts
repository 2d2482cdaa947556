import dayjs from 'dayjs';
import i18next from 'i18next';
import { halfWidth } from '@shared/number-input';

/** The quote form's values: the channel's input as the form holds it (text where numbers go). */
export type QuoteFormValues = Record<string, unknown> & {
  lines?: Record<string, unknown>[];
  costLines?: Record<string, unknown>[];
};

/** A new quote's values: dated today, with one goods line, worded in the user's language. */
export function newQuote(): QuoteFormValues {
  return {
    quoteDate: dayjs().format('YYYY-MM-DD'),
    validDays: 15,
    priceIncludesTax: true,
    costIncludesTax: false,
    taxStatement: i18next.t('wording.taxStatement'),
    lines: [{ kind: 'item', unit: i18next.t('wording.unitPiece'), taxRate: '0.13', quantity: '1', unitPrice: '0' }],
    costLines: [],
  };
}

/** Form values to the channel's input: numbers where the form holds text. */
export function toQuoteInput(v: QuoteFormValues) {
  return {
    ...v,
    costLines: (v.costLines ?? []).map((c) => ({
      ...c,
      lineNo:
        c.lineNo === undefined || c.lineNo === null || !halfWidth(String(c.lineNo)).trim()
          ? null
          : Number(halfWidth(String(c.lineNo)).trim()),
    })),
  };
}
