import { amountInWords, parseDecimal, roundHalfUpToFen } from '../money';

/** A 分项报价表 line as priced: exact decimal quantity and unit price (含税, as bids are priced). */
export interface BidPriceLineFigures {
  quantity: string;
  unitPrice: string;
}

/** 投标总价 as the 开标一览表 states it: in figures (fen) and in 大写. */
export interface BidTotal {
  totalFen: number;
  /** 人民币大写 of totalFen, e.g. 壹拾贰万叁仟肆佰伍拾陆元整. */
  inWords: string;
}

/** One line's 合价: quantity × unit price, rounded half-up to the fen (as every Neiqin document rounds lines). */
export function bidLineAmount(line: BidPriceLineFigures): number {
  return roundHalfUpToFen(parseDecimal(line.quantity).times(parseDecimal(line.unitPrice)));
}

/**
 * The 开标一览表 total and its 大写, derived from the 分项报价表 and from nothing else: the sum of the rounded line
 * amounts. Every place that shows the bid's price (editor, 开标一览表, 投标函, xlsx, the register's 我方报价) calls this,
 * so the two tables can never disagree — evaluators read the 开标一览表 and its 大写 first.
 */
export function bidTotal(lines: readonly BidPriceLineFigures[]): BidTotal {
  const totalFen = lines.reduce((sum, line) => sum + bidLineAmount(line), 0);
  return { totalFen, inWords: amountInWords(totalFen) };
}
