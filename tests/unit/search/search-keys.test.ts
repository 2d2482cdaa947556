import { describe, expect, it } from 'vitest';
import {
  initialVariants,
  mnemonicOf,
  searchColumnFor,
  searchKeysOf,
  sortKeyOf,
} from '../../../electron/core/search/search-keys';

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

  it('keeps code, initials and full pinyin as ASCII keys and the names as Chinese keys', () => {
    const keys = searchKeysOf({ code: 'KH00001', names: ['北京华联商厦', '华联'], mnemonic: 'bjhl' });
    for (const key of ['kh00001', 'bjhlsx', 'hl', 'beijinghualianshangsha']) expect(keys.ascii).toContain(`|${key}|`);
    for (const key of ['北京华联商厦', '华联']) expect(keys.cjk).toContain(`|${key}|`);
    expect(keys.ascii).not.toMatch(/[^\x20-\x7e]/);
  });

  it('finds the ASCII part of a mixed spec by an ASCII query (球阀 DN50 by dn50)', () => {
    const keys = searchKeysOf({ code: 'CP1', names: ['球阀'], extra: ['球阀 DN50 PN16'] });
    expect(keys.ascii).toContain('|dn50 pn16|');
    expect(keys.cjk).toContain('|球阀 dn50 pn16|');
    expect(searchColumnFor('dn50')).toBe('ascii');
    expect(searchColumnFor('球阀 dn')).toBe('cjk');
  });

  it('sorts by pinyin, so 安徽 comes before 北京 before 重庆', () => {
    const sorted = ['重庆', '北京', '安徽'].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)));
    expect(sorted).toEqual(['安徽', '北京', '重庆']);
  });
});
