import { describe, expect, it } from 'vitest';
import { initialVariants, mnemonicOf, searchTextOf, sortKeyOf } from '../../../electron/core/search/search-keys';

describe('search keys: people find records by pinyin initials', () => {
  it('makes 助记码 from the initials of a Chinese name', () => {
    expect(mnemonicOf('北京华联')).toBe('bjhl');
    expect(mnemonicOf('上海ABC机电-2厂')).toBe('shabcjd2c');
  });

  it('lists every reading of a polyphonic character, so 重庆 is found by cq and zq', () => {
    const variants = initialVariants('重庆');
    expect(variants).toContain('cq');
    expect(variants).toContain('zq');
  });

  it('keeps the variant list bounded for long names full of polyphones', () => {
    expect(initialVariants('重重重重重重重重重重重重').length).toBeLessThanOrEqual(32);
  });

  it('puts code, name, initials and full pinyin into one lower-case search text', () => {
    const text = searchTextOf({ code: 'KH00001', names: ['北京华联商厦', '华联'], mnemonic: 'bjhl' });
    for (const key of ['kh00001', '北京华联商厦', 'bjhlsx', 'hl', 'beijinghualianshangsha']) expect(text).toContain(`|${key}`);
  });

  it('sorts by pinyin, so 安徽 comes before 北京 before 重庆', () => {
    const sorted = ['重庆', '北京', '安徽'].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)));
    expect(sorted).toEqual(['安徽', '北京', '重庆']);
  });
});
