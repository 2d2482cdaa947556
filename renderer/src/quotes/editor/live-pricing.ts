import { TAX_RATES, type TaxRate } from '@shared/money';
import { NUMBER_RULES, readNumberInput, type NumberRule } from '@shared/number-input';
import { priceQuote, QUOTE_LINE_KINDS, type QuoteLineKind, type QuotePricing } from '@shared/quotes/quote-pricing';

/** The totals as typed so far, and the lines (1-based) whose quantity or price is not a figure yet. */
export interface LivePricing extends QuotePricing {
  incomplete: number[];
}

interface LineValues {
  kind?: unknown;
  quantity?: unknown;
  unitPrice?: unknown;
  taxRate?: unknown;
  listPrice?: unknown;
}

interface CostValues {
  lineNo?: unknown;
  quantity?: unknown;
  unitCost?: unknown;
}

export interface LiveValues {
  priceIncludesTax?: unknown;
  costIncludesTax?: unknown;
  targetMargin?: unknown;
  lines?: (LineValues | undefined)[];
  costLines?: (CostValues | undefined)[];
}

const figure = (value: unknown, rule: NumberRule): string | null => {
  const read = readNumberInput(value === null || value === undefined ? '' : String(value), rule);
  return read.ok ? read.value : null;
};

const oneOf = <T extends string>(list: readonly T[], value: unknown, otherwise: T): T =>
  list.includes(value as T) ? (value as T) : otherwise;

/**
 * A line editor's running totals, read as the core reads the figures (shared/number-input.ts). A line still being
 * typed (a letter in its price, a negative quantity) counts as nothing and is named, so the summary never goes
 * away; the editor says under the cell what is wrong with it.
 */
export function livePricing(v: LiveValues): LivePricing {
  const incomplete: number[] = [];
  const lines = (v.lines ?? []).map((l, i) => {
    const quantity = figure(l?.quantity, NUMBER_RULES.quantity);
    const unitPrice = figure(l?.unitPrice, NUMBER_RULES.price);
    if (quantity === null || unitPrice === null) incomplete.push(i + 1);
    return {
      kind: oneOf<QuoteLineKind>(QUOTE_LINE_KINDS, l?.kind, 'item'),
      quantity: quantity ?? '0',
      unitPrice: unitPrice ?? '0',
      taxRate: oneOf<TaxRate>(TAX_RATES, l?.taxRate, '0'),
      // Kept on the form's line when a product is picked (and sent back with the quote): the discount sees it.
      listPrice: figure(l?.listPrice, NUMBER_RULES.price),
    };
  });
  const costLines = (v.costLines ?? []).map((c) => {
    const lineNo = Number(figure(c?.lineNo, { decimals: 0, digits: 4, zero: false }));
    return {
      lineNo: lineNo > 0 ? lineNo : null,
      quantity: figure(c?.quantity, NUMBER_RULES.quantity) ?? '0',
      unitCost: figure(c?.unitCost, NUMBER_RULES.price) ?? '0',
    };
  });
  const price = () =>
    priceQuote({
      priceIncludesTax: Boolean(v.priceIncludesTax),
      costIncludesTax: Boolean(v.costIncludesTax),
      targetMargin: figure(v.targetMargin, NUMBER_RULES.percent),
      lines,
      costLines,
    });
  try {
    return { ...price(), incomplete };
  } catch {
    // A figure too large to be money (beyond what fen can hold): those lines count as nothing, named as unfinished.
    lines.forEach((line, i) => {
      try {
        priceQuote({ priceIncludesTax: Boolean(v.priceIncludesTax), targetMargin: null, lines: [line], costLines: [] });
      } catch {
        lines[i] = { ...line, quantity: '0', unitPrice: '0' };
        if (!incomplete.includes(i + 1)) incomplete.push(i + 1);
      }
    });
    costLines.forEach((c, i) => {
      if (c.quantity.length + c.unitCost.length > 14) costLines[i] = { ...c, quantity: '0', unitCost: '0' };
    });
    return { ...price(), incomplete: incomplete.sort((a, b) => a - b) };
  }
}
