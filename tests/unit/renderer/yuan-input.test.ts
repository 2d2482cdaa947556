import { describe, expect, it } from 'vitest';
import { parseYuan } from '../../../renderer/src/receipts/yuan-input';

describe('a typed receipt amount', () => {
  it('reads yuan with thousands separators as fen', () => {
    expect(parseYuan('1,234.56')).toBe(123456);
    expect(parseYuan(' 20000 ')).toBe(2000000);
  });
  it('reads full-width digits typed with the IME in full-width mode', () => {
    expect(parseYuan('１２３')).toBe(12300);
    expect(parseYuan('１，２３４．５')).toBe(123450);
  });
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '-5', '1.234', '12元']) expect(parseYuan(bad)).toBeNull();
  });
});
