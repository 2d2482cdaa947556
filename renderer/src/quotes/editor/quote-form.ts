import dayjs from 'dayjs';
import i18next from 'i18next';
import { priceQuote, type QuotePricing } from '@shared/quotes/quote-pricing';

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
      lineNo: c.lineNo === '' || c.lineNo === undefined || c.lineNo === null ? null : Number(c.lineNo),
    })),
  };
}

/** Totals, cost and margin as the user types; null while a number is half-typed. */
export function livePricing(v: QuoteFormValues): QuotePricing | null {
  try {
    return priceQuote({
      priceIncludesTax: Boolean(v.priceIncludesTax),
      costIncludesTax: Boolean(v.costIncludesTax),
      targetMargin: (v.targetMargin as string) || null,
      lines: (v.lines ?? []).map((l) => ({
        kind: (l.kind as never) ?? 'item',
        quantity: String(l.quantity ?? '0'),
        unitPrice: String(l.unitPrice ?? '0'),
        taxRate: String(l.taxRate ?? '0'),
        // Kept on the form's line when a product is picked (and sent back with the quote): the discount sees it.
        listPrice: typeof l.listPrice === 'string' ? l.listPrice : null,
      })),
      costLines: (v.costLines ?? []).map((c) => ({
        lineNo: c.lineNo ? Number(c.lineNo) : null,
        quantity: String(c.quantity ?? '0'),
        unitCost: String(c.unitCost ?? '0'),
      })),
    });
  } catch {
    return null; // half-typed numbers: the summary waits for them
  }
}
