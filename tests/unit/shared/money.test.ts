import { describe, expect, it } from 'vitest';
import {
  Dec,
  fenToYuan,
  formatFen,
  formatPrice,
  lineAmounts,
  parseDecimal,
  roundHalfUpToFen,
  sumLines,
  TAX_RATES,
  taxFromGross,
  taxFromNet,
  yuanToFen,
} from '../../../electron/shared/money';
import { decimalToE4, e4ToDecimal } from '../../../electron/shared/scaled';

describe('money is exact: integer fen, decimal prices', () => {
  it('reads amounts as people type them', () => {
    expect(yuanToFen('1234.5')).toBe(123450);
    expect(yuanToFen(' 1,234.50 ')).toBe(123450);
    expect(yuanToFen('-3.25')).toBe(-325);
    expect(yuanToFen('0.005')).toBe(1);
    expect(yuanToFen('0.0049')).toBe(0);
    expect(parseDecimal('12').toString()).toBe('12');
    for (const bad of ['', '1.2.3', 'abc', '1e5', '¥12', '12元', '--1'])
      expect(() => parseDecimal(bad), bad).toThrow(RangeError);
  });

  it('prints unit prices with separators and at least two decimals', () => {
    expect(formatPrice('1000')).toBe('1,000.00');
    expect(formatPrice('905.1234')).toBe('905.1234');
    expect(formatPrice('0.5')).toBe('0.50');
    expect(formatPrice('-1234567.8')).toBe('-1,234,567.80');
  });

  it('prints fen as yuan, with thousands separators for people', () => {
    expect(fenToYuan(123450)).toBe('1234.50');
    expect(fenToYuan(-5)).toBe('-0.05');
    expect(fenToYuan(0)).toBe('0.00');
    expect(formatFen(123456789)).toBe('1,234,567.89');
    expect(formatFen(-100000)).toBe('-1,000.00');
    expect(formatFen(99)).toBe('0.99');
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });

  it('rounds half-up at the line: 3 × 0.335 = 1.005 is 1.01, not the 1.00 floats give', () => {
    expect(0.335 * 3).not.toBe(1.005); // why we never multiply money as floats
    expect(lineAmounts({ quantity: '3', unitPrice: '0.335', taxRate: '0', priceIncludesTax: false })).toEqual({
      net: 101,
      tax: 0,
      gross: 101,
    });
    expect(roundHalfUpToFen('2.675')).toBe(268);
    expect(roundHalfUpToFen('-2.675')).toBe(-268);
  });

  it('adds 13% tax to a net price', () => {
    // 10 台 × 1,280.50 = 12,805.00; tax 1,664.65
    expect(lineAmounts({ quantity: '10', unitPrice: '1280.50', taxRate: '0.13', priceIncludesTax: false })).toEqual({
      net: 1280500,
      tax: 166465,
      gross: 1446965,
    });
  });

  it('takes 13% tax out of a gross price', () => {
    // 113.00 含税 -> 100.00 + 13.00
    expect(lineAmounts({ quantity: '1', unitPrice: '113', taxRate: '0.13', priceIncludesTax: true })).toEqual({
      net: 10000,
      tax: 1300,
      gross: 11300,
    });
    // 1.00 含税 at 13%: net 0.88, tax 0.12
    expect(taxFromGross(100, '0.13')).toEqual({ net: 88, tax: 12, gross: 100 });
  });

  it('handles every rate the tax office uses', () => {
    const expected: Record<string, [number, number]> = {
      '0.13': [1300, 11300],
      '0.09': [900, 10900],
      '0.06': [600, 10600],
      '0.03': [300, 10300],
      '0.01': [100, 10100],
      '0': [0, 10000],
    };
    for (const rate of TAX_RATES) {
      const { tax, gross } = taxFromNet(10000, rate);
      expect([tax, gross], rate).toEqual(expected[rate]);
    }
  });

  it('net + tax = gross on every line, and totals are sums of rounded lines', () => {
    // A deterministic spread of quantities, prices and rates.
    const lines = [];
    for (let i = 1; i <= 400; i++) {
      const line = lineAmounts({
        quantity: `${(i * 7) % 97}.${i % 1000}`,
        unitPrice: `${(i * 131) % 10007}.${String((i * 37) % 10000).padStart(4, '0')}`,
        taxRate: TAX_RATES[i % TAX_RATES.length]!,
        priceIncludesTax: i % 2 === 0,
      });
      expect(line.net + line.tax, `line ${i}`).toBe(line.gross);
      lines.push(line);
    }
    const total = sumLines(lines);
    expect(total.net + total.tax).toBe(total.gross);
    expect(total.net).toBe(lines.reduce((s, l) => s + l.net, 0));
  });

  it('refuses a negative or impossible tax rate and a fractional fen', () => {
    expect(() => taxFromNet(100, '-0.13')).toThrow(RangeError);
    expect(() => taxFromNet(100, '1.5')).toThrow(RangeError);
    expect(() => taxFromNet(100.5, '0.13')).toThrow(RangeError);
    expect(() => lineAmounts({ quantity: 'x', unitPrice: '1', taxRate: '0.13', priceIncludesTax: false })).toThrow(
      RangeError,
    );
  });

  it('computes with decimals that floats cannot hold', () => {
    expect(new Dec('0.1').plus('0.2').toString()).toBe('0.3');
    expect(lineAmounts({ quantity: '0.1', unitPrice: '0.2', taxRate: '0', priceIncludesTax: false }).net).toBe(2);
  });
});

describe('prices stored as 1/10000 yuan', () => {
  it('round-trips four decimals and shows at least two', () => {
    for (const [text, e4, shown] of [
      ['12', 120000, '12.00'],
      ['12.5', 125000, '12.50'],
      ['905.1234', 9051234, '905.1234'],
      ['0.0005', 5, '0.0005'],
      ['12.340', 123400, '12.34'],
    ] as const) {
      expect(decimalToE4(text)).toBe(e4);
      expect(e4ToDecimal(e4)).toBe(shown);
    }
    expect(() => decimalToE4('1.23456')).toThrow(RangeError);
  });
});
