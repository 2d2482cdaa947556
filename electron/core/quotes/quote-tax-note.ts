import { Dec, formatQuantity } from '../../shared/money';

/** A run of rates as a statement writes them: '13%', '6%、9%', '13% / 9%'. */
const RATES = /\d+(?:\.\d+)?\s*%(?:\s*[、,，/和及]\s*\d+(?:\.\d+)?\s*%)*/;

/**
 * The quote's tax statement as its lines make it true: the rates it names are the lines' rates, highest first
 * ('含13%增值税专用发票' on a quote of 6 % and 9 % lines reads '含9%、6%增值税专用发票'). A statement that names no
 * rate stays as it was written.
 */
export function taxNoteFor(statement: string | null, lineRates: readonly string[]): string | null {
  if (!statement || lineRates.length === 0) return statement;
  const rates = [...new Set(lineRates.map((r) => new Dec(r).toFixed()))]
    .sort((a, b) => new Dec(b).comparedTo(new Dec(a)))
    .map((r) => `${formatQuantity(new Dec(r).times(100).toFixed())}%`);
  return statement.replace(RATES, rates.join('、'));
}
