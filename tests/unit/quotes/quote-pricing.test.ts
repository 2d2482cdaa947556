import { describe, expect, it } from 'vitest';
import { priceQuote, restateUnitPrice, type PricedLineInput } from '../../../electron/shared/quotes/quote-pricing';

const item = (quantity: string, unitPrice: string, taxRate = '0.13'): PricedLineInput => ({
  kind: 'item',
  quantity,
  unitPrice,
  taxRate,
});

describe('quote pricing: exact, line by line', () => {
  it('prices tax-included lines: 10 × 1,280.50 is 12,805.00 gross with 1,473.14 tax inside', () => {
    const p = priceQuote({ priceIncludesTax: true, targetMargin: null, lines: [item('10', '1280.50')], costLines: [] });
    expect(p.totals).toEqual({ net: 1133186, tax: 147314, gross: 1280500 });
    expect(p.amountInWords).toBe('壹万贰仟捌佰零伍元整');
  });

  it('prices tax-excluded lines: tax added on top', () => {
    const p = priceQuote({
      priceIncludesTax: false,
      targetMargin: null,
      lines: [item('10', '1280.50')],
      costLines: [],
    });
    expect(p.totals).toEqual({ net: 1280500, tax: 166465, gross: 1446965 });
  });

  it('rounds each line, then adds: totals are sums of rounded lines', () => {
    // 3 × 0.335 = 1.005 -> 1.01 on each line; two lines 2.02, not round(2.01).
    const p = priceQuote({
      priceIncludesTax: false,
      targetMargin: null,
      lines: [item('3', '0.335', '0'), item('3', '0.335', '0')],
      costLines: [],
    });
    expect(p.lines.map((l) => l.gross)).toEqual([101, 101]);
    expect(p.totals.gross).toBe(202);
  });

  it('subtracts a discount and adds freight, each with its own tax', () => {
    const p = priceQuote({
      priceIncludesTax: true,
      targetMargin: null,
      lines: [
        item('1', '10000'),
        { kind: 'discount', quantity: '1', unitPrice: '500', taxRate: '0.13' },
        { kind: 'freight', quantity: '1', unitPrice: '300', taxRate: '0.09' },
      ],
      costLines: [],
    });
    expect(p.lines[1]).toEqual({ net: -44248, tax: -5752, gross: -50000 });
    expect(p.lines[2]).toEqual({ net: 27523, tax: 2477, gross: 30000 });
    expect(p.totals.gross).toBe(980000);
    expect(p.totals.net + p.totals.tax).toBe(p.totals.gross);
    expect(p.discountPercent).toBe('5.00');
  });

  it('measures margin on the goods net after discount, against the cost sheet', () => {
    const p = priceQuote({
      priceIncludesTax: false,
      targetMargin: null,
      lines: [item('2', '1000'), { kind: 'freight', quantity: '1', unitPrice: '200', taxRate: '0.09' }],
      costLines: [{ lineNo: 1, quantity: '2', unitCost: '800' }],
    });
    expect(p.cost).toBe(160000);
    expect(p.marginPercent).toBe('20.00');
  });

  it('suggests a unit price from the materials of a line and the target margin', () => {
    // A control cabinet of 2 sets: materials 2 × (PLC 2,380 + box 620) = 6,000 cost; 25% margin -> 4,000.00 net per set.
    const p = priceQuote({
      priceIncludesTax: false,
      targetMargin: '25',
      lines: [item('2', '0'), item('1', '100')],
      costLines: [
        { lineNo: 1, quantity: '2', unitCost: '2380' },
        { lineNo: 1, quantity: '2', unitCost: '620' },
      ],
    });
    expect(p.suggestedUnitPrices).toEqual(['4000.00', null]);
    const inclusive = priceQuote({
      priceIncludesTax: true,
      targetMargin: '25',
      lines: [item('2', '0')],
      costLines: [{ lineNo: 1, quantity: '2', unitCost: '3000' }],
    });
    expect(inclusive.suggestedUnitPrices).toEqual(['4520.00']);
  });

  it('has no margin without a cost sheet', () => {
    expect(
      priceQuote({ priceIncludesTax: true, targetMargin: '20', lines: [item('1', '1')], costLines: [] }).marginPercent,
    ).toBeNull();
  });
});

describe('restating a unit price between tax-excluded and tax-included terms', () => {
  it('adds or takes out the tax exactly, to 4 decimals at most', () => {
    expect(restateUnitPrice('1000', '0.13', false, true)).toBe('1130.00');
    expect(restateUnitPrice('1130', '0.13', true, false)).toBe('1000.00');
    expect(restateUnitPrice('100', '0.13', true, false)).toBe('88.4956');
    expect(restateUnitPrice('0.1', '0.13', false, true)).toBe('0.113');
    expect(restateUnitPrice('1860.5', '0.13', true, true)).toBe('1860.5');
    // Float arithmetic would give 1.1299999999999999 here.
    expect(restateUnitPrice('1', '0.13', false, true)).toBe('1.13');
  });
});
