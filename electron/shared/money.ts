import Decimal from 'decimal.js';

/**
 * Money is integer 分 (fen); prices and quantities are exact decimals, never floats. Each line
 * is rounded half-up to the fen, and a document's totals are the sums of its rounded lines.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;
export type DecimalInput = string | number | Dec;

export const TAX_RATES = ['0.13', '0.09', '0.06', '0.03', '0.01', '0'] as const;
export type TaxRate = (typeof TAX_RATES)[number];

export { amountInWords, type AmountInWordsOptions } from './amount-in-words';

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** Reads a decimal as people type it: ' 1,234.50 ' is 1234.5; anything else is refused. */
export function parseDecimal(input: string): Dec {
  const text = input.trim().replace(/,/g, '');
  if (!DECIMAL_TEXT.test(text)) throw new RangeError(`not a decimal number: "${input}"`);
  return new Dec(text);
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a whole number, got ${fen}`);
}

/** Yuan to fen, exact; more than two decimals round half-up ('0.005' -> 1). */
export function yuanToFen(yuan: string): number {
  return roundHalfUpToFen(parseDecimal(yuan));
}

/** A yuan amount, rounded half-up to the fen. */
export function roundHalfUpToFen(yuan: DecimalInput): number {
  const fen = new Dec(yuan).times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  assertFen(fen);
  return fen;
}

/** 123450 -> '1234.50'. */
export function fenToYuan(fen: number | bigint): string {
  if (typeof fen === 'number') assertFen(fen);
  const n = BigInt(fen);
  const abs = n < 0n ? -n : n;
  return `${n < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** 123450 -> '1,234.50', for lists and documents. */
export function formatFen(fen: number | bigint): string {
  const [whole, frac] = fenToYuan(fen).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** A unit price as documents print it: thousands separators, at least two decimals ('1000' -> '1,000.00'). */
export function formatPrice(price: string): string {
  const value = parseDecimal(price);
  const [whole, frac = ''] = value.abs().toFixed(Math.max(2, value.decimalPlaces())).split('.');
  return `${value.isNegative() ? '-' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** A quantity as people read it: thousands separators, no trailing zeros ('1200.500' -> '1,200.5', '2.0' -> '2'). */
export function formatQuantity(quantity: string): string {
  const value = parseDecimal(quantity);
  if (value.isZero()) return '0';
  const [whole, frac] = value.abs().toFixed().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value.isNegative() ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export interface LineAmounts {
  /** 金额: without tax. */
  net: number;
  /** 税额. */
  tax: number;
  /** 价税合计. */
  gross: number;
}

function rateOf(taxRate: DecimalInput): Dec {
  const rate = typeof taxRate === 'string' ? parseDecimal(taxRate) : new Dec(taxRate);
  if (rate.isNegative() || rate.greaterThanOrEqualTo(1))
    throw new RangeError(`tax rate out of range: ${rate.toString()}`);
  return rate;
}

/** Tax on a net amount: tax rounded at the line, gross = net + tax. */
export function taxFromNet(net: number, taxRate: DecimalInput): LineAmounts {
  assertFen(net);
  const tax = new Dec(net).times(rateOf(taxRate)).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  return { net, tax, gross: net + tax };
}

/** Tax inside a gross amount: net rounded at the line, tax = gross − net, so they always add up. */
export function taxFromGross(gross: number, taxRate: DecimalInput): LineAmounts {
  assertFen(gross);
  const net = new Dec(gross).dividedBy(rateOf(taxRate).plus(1)).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  return { net, tax: gross - net, gross };
}

/**
 * One document line: quantity × unit price, rounded half-up to the fen, then tax from it
 * as the document's prices say (含税 or not).
 */
export function lineAmounts(line: {
  quantity: string;
  unitPrice: string;
  taxRate: string;
  priceIncludesTax: boolean;
}): LineAmounts {
  const amount = roundHalfUpToFen(parseDecimal(line.quantity).times(parseDecimal(line.unitPrice)));
  return line.priceIncludesTax ? taxFromGross(amount, line.taxRate) : taxFromNet(amount, line.taxRate);
}

/** Document totals: sums of the rounded lines, never a recomputation from unrounded values. */
export function sumLines(lines: readonly LineAmounts[]): LineAmounts {
  return lines.reduce((t, l) => ({ net: t.net + l.net, tax: t.tax + l.tax, gross: t.gross + l.gross }), {
    net: 0,
    tax: 0,
    gross: 0,
  });
}
