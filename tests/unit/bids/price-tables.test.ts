import { describe, expect, it } from 'vitest';
import { bidLineAmount, bidTotal } from '../../../electron/shared/bids/price-tables';

describe('the 开标一览表 total derives from the 分项报价表', () => {
  it('rounds each line half-up to the fen and adds the rounded lines', () => {
    // 3 × 33.335 = 100.005 → 100.01; 7 × 0.333 = 2.331 → 2.33.
    const lines = [
      { quantity: '3', unitPrice: '33.335' },
      { quantity: '7', unitPrice: '0.333' },
    ];
    expect(lines.map(bidLineAmount)).toEqual([10001, 233]);
    expect(bidTotal(lines)).toEqual({ totalFen: 10234, inWords: '壹佰零贰元叁角肆分' });
  });

  it('writes 整 for a whole-yuan total and zeros across 万 once', () => {
    expect(bidTotal([{ quantity: '2', unitPrice: '50020' }])).toEqual({
      totalFen: 10004000,
      inWords: '壹拾万零肆拾元整',
    });
  });

  it('is zero (零元整) for an empty table', () => {
    expect(bidTotal([])).toEqual({ totalFen: 0, inWords: '零元整' });
  });
});
