import {
  amountInWords,
  Dec,
  lineAmounts,
  parseDecimal,
  roundHalfUpToFen,
  sumLines,
  taxFromGross,
  type LineAmounts,
} from '../money';

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
  /** The product's list price (net, as products keep it); a goods line priced below it is discounted. */
  listPrice?: string | null;
}

/** The rate a tax-included overhead cost (a cost line for no particular line) is taken net at: goods VAT. */
export const OVERHEAD_COST_TAX_RATE = '0.13';

export interface CostLineInput {
  /** The quote line (1-based position) this material goes into; null for overheads. */
  lineNo: number | null;
  quantity: string;
  unitCost: string;
}

export interface QuotePricingInput {
  priceIncludesTax: boolean;
  /** The cost sheet's unit costs include VAT; the margin then takes them net first. Absent: net, as before. */
  costIncludesTax?: boolean;
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
  /** The cost sheet without VAT (tax-included costs taken net line by line): what the margin is compared with. */
  cost: number;
  /** (goods net − net cost) / goods net, in percent with 2 decimals; null without cost or goods. */
  marginPercent: string | null;
  /**
   * Everything given off the goods as a percent of what they would fetch, 2 decimals: discount lines plus, for
   * each goods line below its list price, list value − price value; over the goods at list (or above-list) value.
   */
  discountPercent: string;
  /** Goods lines (1-based) the cost sheet gives no cost for. */
  uncostedLines: number[];
  /** Goods lines (1-based) priced below the product's list price. */
  belowListLines: number[];
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
  // Each cost line net: a tax-included cost at the VAT of the line it goes into (overheads at goods VAT).
  const netCosts = input.costLines.map((c, i) => {
    const cost = costLines[i]!.cost;
    if (!input.costIncludesTax) return cost;
    const rate = (c.lineNo !== null ? input.lines[c.lineNo - 1]?.taxRate : undefined) ?? OVERHEAD_COST_TAX_RATE;
    return taxFromGross(cost, rate).net;
  });
  const totals = sumLines(lines);
  const cost = netCosts.reduce((s, c) => s + c, 0);

  const isGoods = (i: number) => input.lines[i]!.kind === 'item';
  const goods = lines.filter((_, i) => isGoods(i));
  const discounts = lines.filter((_, i) => input.lines[i]!.kind === 'discount');
  const goodsNet = sumLines(goods).net + sumLines(discounts).net;
  const marginPercent =
    cost > 0 && goodsNet > 0 ? new Dec(goodsNet - cost).dividedBy(goodsNet).times(100).toFixed(2) : null;

  const uncostedLines: number[] = [];
  const belowListLines: number[] = [];
  let given = -sumLines(discounts).gross;
  let goodsAtList = 0;
  input.lines.forEach((line, i) => {
    if (!isGoods(i)) return;
    const lineNo = i + 1;
    const costed = input.costLines.reduce((s, c, j) => s + (c.lineNo === lineNo ? netCosts[j]! : 0), 0);
    if (costed <= 0) uncostedLines.push(lineNo);
    const gross = lines[i]!.gross;
    const list = line.listPrice ? parseDecimal(line.listPrice) : null;
    // The list price is net: its value on this line is taken with the line's tax, like the price's.
    const listGross =
      list && list.greaterThan(0)
        ? lineAmounts({
            quantity: line.quantity,
            unitPrice: list.toFixed(),
            taxRate: line.taxRate,
            priceIncludesTax: false,
          }).gross
        : 0;
    if (gross < listGross) {
      belowListLines.push(lineNo);
      given += listGross - gross;
    }
    goodsAtList += Math.max(gross, listGross);
  });
  const discountPercent = goodsAtList > 0 ? new Dec(given).dividedBy(goodsAtList).times(100).toFixed(2) : '0.00';

  const margin = input.targetMargin ? parseDecimal(input.targetMargin).dividedBy(100) : null;
  const suggestedUnitPrices = input.lines.map((line, i) => {
    const materials = input.costLines.map((c, j) => ({ c, cost: netCosts[j]! })).filter(({ c }) => c.lineNo === i + 1);
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
    uncostedLines,
    belowListLines,
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
