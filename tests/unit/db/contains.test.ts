import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('a list search finds what contains the words typed', () => {
  it('ignores case, and takes % and _ as the characters themselves', async () => {
    for (const name of ['ABC 物流', '50%快运', '安能物流']) await t.ok('carriers.create', { name, rate: '1.2' });
    const names = async (q: string) =>
      (await t.ok('carriers.list', { page: 1, pageSize: 50, q, filters: {} })).rows.map((r) => r.name).sort();
    expect(await names('abc')).toEqual(['ABC 物流']);
    expect(await names('%')).toEqual(['50%快运']);
    expect(await names('_')).toEqual([]);
    expect(await names('物流')).toEqual(['ABC 物流', '安能物流']);
  });
});
