import { amountInWords, Dec, lineAmounts, parseDecimal, roundHalfUpToFen, sumLines, type LineAmounts } from '../money';

/** Item lines are the goods; discount lines subtract; freight and other charges add. */
export const QUOTE_LINE_KINDS = ['item', 'discount', 'freight', 'other'] as const;
export type QuoteLineKind = (typeof QUOTE_LINE_KINDS)[number];

export const COST_SOURCES = ['standard', 'last_purchase', 'supplier_quote', 'manual'] as const;
export type CostSource = (typeof COST_SOURCES)[number];

export interface PricedLineInput {
  kind: QuoteLineKind;
  quantity: string;
  unitPrice: string;
  taxRate: string;
}

export interface CostLineInput {
  /** The quote line (1-based position) this material goes into; null for overheads. */
  lineNo: number | null;
  quantity: string;
  unitCost: string;
}

export interface QuotePricingInput {
  priceIncludesTax: boolean;
  /** Overall target margin in percent of the net selling price, e.g. '20'. */
  targetMargin: string | null;
  lines: PricedLineInput[];
  costLines: CostLineInput[];
}

export interface QuotePricing {
  lines: LineAmounts[];
  costLines: { cost: number }[];
  totals: LineAmounts;
  /** Net of goods after discounts: what the margin is earned on. */
  goodsNet: number;
  cost: number;
  /** (goods net − cost) / goods net, in percent with 2 decimals; null without cost or goods. */
  marginPercent: string | null;
  /** Discount as a percent of the goods' gross, 2 decimals. */
  discountPercent: string;
  /** Per line: the unit price the cost sheet and target margin suggest, or null. */
  suggestedUnitPrices: (string | null)[];
  amountInWords: string;
}

/**
 * The quote's arithmetic, the same in the form and in the core: each line rounded
 * half-up to the fen, totals as sums of lines, discounts as negative lines.
 */
export function priceQuote(input: QuotePricingInput): QuotePricing {
  const lines = input.lines.map((l) => {
    const amounts = lineAmounts({
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      priceIncludesTax: input.priceIncludesTax,
    });
    return l.kind === 'discount' ? { net: -amounts.net, tax: -amounts.tax, gross: -amounts.gross } : amounts;
  });
  const costLines = input.costLines.map((c) => ({
    cost: roundHalfUpToFen(parseDecimal(c.quantity).times(parseDecimal(c.unitCost))),
  }));
  const totals = sumLines(lines);
  const cost = costLines.reduce((s, c) => s + c.cost, 0);

  const goods = lines.filter((_, i) => input.lines[i]!.kind === 'item');
  const discounts = lines.filter((_, i) => input.lines[i]!.kind === 'discount');
  const goodsNet = sumLines(goods).net + sumLines(discounts).net;
  const goodsGross = sumLines(goods).gross;
  const marginPercent =
    cost > 0 && goodsNet > 0 ? new Dec(goodsNet - cost).dividedBy(goodsNet).times(100).toFixed(2) : null;
  const discountPercent =
    goodsGross > 0 ? new Dec(-sumLines(discounts).gross).dividedBy(goodsGross).times(100).toFixed(2) : '0.00';

  const margin = input.targetMargin ? parseDecimal(input.targetMargin).dividedBy(100) : null;
  const suggestedUnitPrices = input.lines.map((line, i) => {
    const materials = input.costLines
      .map((c, j) => ({ c, cost: costLines[j]!.cost }))
      .filter(({ c }) => c.lineNo === i + 1);
    const quantity = parseDecimal(line.quantity);
    if (
      line.kind !== 'item' ||
      !margin ||
      margin.greaterThanOrEqualTo(1) ||
      materials.length === 0 ||
      quantity.isZero()
    )
      return null;
    const unitCostYuan = new Dec(materials.reduce((s, m) => s + m.cost, 0)).dividedBy(100).dividedBy(quantity);
    const net = unitCostYuan.dividedBy(new Dec(1).minus(margin));
    const price = input.priceIncludesTax ? net.times(parseDecimal(line.taxRate).plus(1)) : net;
    return price.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
  });

  return {
    lines,
    costLines,
    totals,
    goodsNet,
    cost,
    marginPercent,
    discountPercent,
    suggestedUnitPrices,
    amountInWords: amountInWords(totals.gross),
  };
}

/**
 * A unit price moved between tax-excluded and tax-included terms (a net list price
 * on a tax-included quote, an old quote's price on a quote of the other kind):
 * exact, rounded half-up to 4 decimals with trailing zeros beyond the fen dropped.
 */
export function restateUnitPrice(
  price: string,
  taxRate: string,
  fromIncludesTax: boolean,
  toIncludesTax: boolean,
): string {
  if (fromIncludesTax === toIncludesTax) return price;
  const factor = new Dec(1).plus(parseDecimal(taxRate));
  const restated = fromIncludesTax ? parseDecimal(price).dividedBy(factor) : parseDecimal(price).times(factor);
  const fixed = restated.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4);
  return fixed.replace(/(\.\d\d\d?)0+$/, '$1').replace(/(\.\d\d)0$/, '$1');
}
