import { describe, expect, it } from 'vitest';
import { amountInWords } from '../../../electron/shared/amount-in-words';

/** Amounts are written here in yuan for reading; the function takes fen. */
const fen = (yuan: string) => {
  const [w, f = ''] = yuan.split('.');
  return Number(w) * 100 + Number(f.padEnd(2, '0'));
};

describe('人民币大写 as the central bank writes it', () => {
  it.each([
    ['1409.50', '壹仟肆佰零玖元伍角'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['1000.05', '壹仟元零伍分'],
    ['10', '壹拾元整'],
    ['0.50', '伍角'],
  ])('the bank example %s is %s', (yuan, words) => {
    expect(amountInWords(fen(yuan))).toBe(words);
  });

  it.each([
    // 整 only after 元, never after 分; nothing but 角 and 分 below one yuan.
    ['0', '零元整'],
    ['0.01', '壹分'],
    ['0.05', '伍分'],
    ['0.55', '伍角伍分'],
    ['1', '壹元整'],
    ['1.10', '壹元壹角'],
    ['1.01', '壹元零壹分'],
    ['2.22', '贰元贰角贰分'],
    // Tens keep their 壹, as banks write them.
    ['11', '壹拾壹元整'],
    ['110', '壹佰壹拾元整'],
    ['100000', '壹拾万元整'],
    ['150000', '壹拾伍万元整'],
    // One 零 for a run of zeros inside the number; none at its end.
    ['101', '壹佰零壹元整'],
    ['1001', '壹仟零壹元整'],
    ['1010', '壹仟零壹拾元整'],
    ['1100', '壹仟壹佰元整'],
    ['10010', '壹万零壹拾元整'],
    ['10100', '壹万零壹佰元整'],
    ['100100', '壹拾万零壹佰元整'],
    ['1000001', '壹佰万零壹元整'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['107000.53', '壹拾万柒仟元伍角叁分'],
    // Across 万 and 亿: an empty group is skipped, its zero said once.
    ['100000000', '壹亿元整'],
    ['100000001', '壹亿零壹元整'],
    ['100001000', '壹亿零壹仟元整'],
    ['100010000', '壹亿零壹万元整'],
    ['110000000', '壹亿壹仟万元整'],
    ['1000000001', '壹拾亿零壹元整'],
    ['1234567890.12', '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    ['1000000000000', '壹万亿元整'],
    ['9876543210987.65', '玖万亿捌仟柒佰陆拾伍亿肆仟叁佰贰拾壹万零玖佰捌拾柒元陆角伍分'],
  ])('%s is %s', (yuan, words) => {
    expect(amountInWords(fen(yuan))).toBe(words);
  });

  it('invoices write 圆 instead of 元', () => {
    expect(amountInWords(fen('1409.50'), { style: 'invoice' })).toBe('壹仟肆佰零玖圆伍角');
    expect(amountInWords(fen('10'), { style: 'invoice' })).toBe('壹拾圆整');
    expect(amountInWords(fen('1000.05'), { style: 'invoice' })).toBe('壹仟圆零伍分');
  });

  it('red-letter amounts print as （负数） and the words', () => {
    expect(amountInWords(-fen('1409.50'))).toBe('（负数）壹仟肆佰零玖元伍角');
    expect(amountInWords(-1, { style: 'invoice' })).toBe('（负数）壹分');
  });

  it('takes bigint for amounts past the safe integer range, and the largest safe one as a number', () => {
    expect(amountInWords(Number.MAX_SAFE_INTEGER)).toBe('玖拾万亿零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分');
    expect(amountInWords(10n ** 18n)).toBe('壹亿亿元整');
    expect(amountInWords(123456n)).toBe(amountInWords(123456));
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN)).toThrow(/finite/);
    expect(() => amountInWords(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => amountInWords(2 ** 60)).toThrow(/bigint/);
    expect(() => amountInWords(10n ** 30n)).toThrow(/too large/);
  });

  it('agrees with a digit-by-digit reading for every amount from 0 to 20,000.00 in steps of 0.37', () => {
    // Reading the words back must give the number: a check independent of how they were made.
    const value: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
    const small: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    const read = (words: string): number => {
      let total = 0;
      let section = 0;
      let digit = 0;
      for (const ch of words.replace(/整$/, '')) {
        if (ch in value) digit = value[ch]!;
        else if (ch in small) {
          section += digit * small[ch]!;
          digit = 0;
        } else if (ch === '万') {
          total += (section + digit) * 10000 * 100;
          section = 0;
          digit = 0;
        } else if (ch === '元') {
          total += (section + digit) * 100;
          section = 0;
          digit = 0;
        } else if (ch === '角') {
          total += digit * 10;
          digit = 0;
        } else if (ch === '分') {
          total += digit;
          digit = 0;
        }
      }
      return total;
    };
    for (let f = 0; f <= 2_000_000; f += 37) expect(read(amountInWords(f)), `${f}`).toBe(f);
  });
});
