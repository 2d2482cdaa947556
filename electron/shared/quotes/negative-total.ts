import type { z } from 'zod';
import { NUMBER_RULES, readNumberInput } from '../number-input';
import { priceQuote, QUOTE_LINE_KINDS, type QuoteLineKind } from './quote-pricing';

interface LineFigures {
  kind: QuoteLineKind;
  quantity: string;
  unitPrice: string;
  taxRate: string;
}

/**
 * Discounts larger than the goods would print a total of （负数）…: the lines are refused as a whole, beside them.
 * Lines whose figures are refused on their own are left to say so first.
 */
export function refuseNegativeTotal(priceIncludesTax: boolean, lines: readonly LineFigures[], ctx: z.RefinementCtx) {
  const read = lines.map((l) => ({
    kind: QUOTE_LINE_KINDS.includes(l.kind) ? l.kind : 'item',
    quantity: readNumberInput(l.quantity, NUMBER_RULES.quantity),
    unitPrice: readNumberInput(l.unitPrice, NUMBER_RULES.price),
    taxRate: l.taxRate,
  }));
  if (read.some((l) => !l.quantity.ok || !l.unitPrice.ok)) return;
  let gross: number;
  try {
    gross = priceQuote({
      priceIncludesTax,
      targetMargin: null,
      costLines: [],
      lines: read.map((l) => ({
        kind: l.kind,
        quantity: l.quantity.ok ? l.quantity.value : '0',
        unitPrice: l.unitPrice.ok ? l.unitPrice.value : '0',
        taxRate: l.taxRate,
      })),
    }).totals.gross;
  } catch {
    return; // a figure too large for money is refused by the core's own arithmetic
  }
  if (gross < 0) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'formsMsg.negativeTotal' });
}
