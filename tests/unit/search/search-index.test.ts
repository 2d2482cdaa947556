import { describe, expect, it } from 'vitest';
import { gramToken } from '../../../electron/core/search/search-index';
import { searchColumnFor } from '../../../electron/core/search/search-keys';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const names = async (q: string) =>
  (await t.ok('products.list', { q, pageSize: 100, sort: { field: 'code', dir: 'asc' } })).rows.map((r) => r.name);

/** What a plain substring test over the stored keys finds: what every search must agree with. */
async function bySubstring(q: string): Promise<string[]> {
  const term = q.trim().toLowerCase();
  const rows = (await t.core.services
    .db()('product_search')
    .join('products', 'products.id', 'product_search.id')
    .orderBy('products.code')
    .select('products.name', 'product_search.ascii', 'product_search.cjk')) as {
    name: string;
    ascii: string;
    cjk: string;
  }[];
  return rows.filter((r) => r[searchColumnFor(term)].includes(term)).map((r) => r.name);
}

describe('search through the trigram index finds exactly what a substring match would', () => {
  it('long and short terms, upper case, wildcards and quotes taken literally', async () => {
    await t.ok('products.create', { name: 'PLC 控制器', brand: '西门子', spec: '6ES7 214-1AG40-0XB0' });
    await t.ok('products.create', { name: '西门子变频器', brand: '西门子', spec: 'G120C 7.5kW' });
    await t.ok('products.create', { name: '纯棉手套', spec: '100%棉 L_号' });
    await t.ok('products.create', { name: '镀锌钢管', spec: 'PIPE 2" SCH40' });
    await t.ok('products.create', { name: '变频器', brand: '丹佛斯', spec: 'FC-051P7K5' });
    const terms = [
      '西门子',
      '西门',
      '变频器',
      '6ES7',
      'g120c',
      '100%',
      '0%棉',
      'l_号',
      '%',
      '_',
      'pipe 2"',
      '2"',
      'fc-051',
      'bpq',
      'xmz',
      'zz',
      '不存在的东西',
    ];
    for (const q of terms) expect([q, await names(q)]).toEqual([q, await bySubstring(q)]);
    expect(await names('西门子')).toEqual(['PLC 控制器', '西门子变频器']);
    expect(await names('100%')).toEqual(['纯棉手套']);
    expect(await names('pipe 2"')).toEqual(['镀锌钢管']);
    expect(await names('%')).toEqual(['纯棉手套']);
  });

  it('follows edits: a renamed brand is found by its new name only', async () => {
    const p = await t.ok('products.create', { name: '断路器', brand: '西门子', spec: '3VA1 100A' });
    expect(await names('西门子')).toEqual(['断路器']);
    await t.ok('products.update', {
      id: p.id,
      lockVersion: p.lockVersion,
      data: { name: '断路器', brand: '施耐德', spec: '3VA1 100A', unit: '台' },
    });
    expect(await names('西门子')).toEqual([]);
    expect(await names('施耐德')).toEqual(['断路器']);
    // The trigram index itself followed the edit: the search above did not fall back to a scan.
    const indexed = async (term: string) =>
      (await t.core.services
        .db()
        .raw(`SELECT rowid AS id FROM product_search_fts WHERE cjk MATCH ?`, [`"${term}"`])) as { id: number }[];
    expect(await indexed('施耐德')).toEqual([{ id: p.id }]);
    expect(await indexed('西门子')).toEqual([]);
  });

  it('customers and suppliers are found the same way', async () => {
    await t.ok('customers.create', { name: '重庆钢铁集团有限公司', shortName: '重钢' });
    await t.ok('suppliers.create', { name: '上海阀门五厂有限公司' });
    expect((await t.ok('customers.list', { q: '钢铁集团' })).rows.map((r) => r.name)).toEqual(['重庆钢铁集团有限公司']);
    expect((await t.ok('customers.list', { q: 'zqgt' })).rows.map((r) => r.name)).toEqual(['重庆钢铁集团有限公司']);
    expect((await t.ok('suppliers.list', { q: '阀门五厂' })).rows.map((r) => r.name)).toEqual(['上海阀门五厂有限公司']);
  });
});

describe('one- and two-character terms go through the gram index and find exactly what a substring match would', () => {
  /** Every one- and two-character piece of every stored key, Chinese and ASCII, and a few that occur nowhere. */
  async function shortTerms(): Promise<string[]> {
    const rows = (await t.core.services.db()('product_search').select('ascii', 'cjk')) as {
      ascii: string;
      cjk: string;
    }[];
    const terms = new Set(['鑫', '无有', 'q', 'qq', '#', '"']);
    for (const r of rows) {
      for (const key of [r.ascii, r.cjk]) {
        const chars = Array.from(key);
        chars.forEach((c, i) => {
          terms.add(c);
          if (i + 1 < chars.length) terms.add(c + chars[i + 1]);
        });
      }
    }
    return Array.from(terms).filter((q) => q.trim() === q && q !== '');
  }

  async function expectSubstringResults(): Promise<void> {
    const terms = await shortTerms();
    expect(terms.length).toBeGreaterThan(100);
    for (const q of terms) expect([q, await names(q)]).toEqual([q, await bySubstring(q)]);
  }

  /** The gram index alone, so a fallback to a scan could not pass for it. */
  const indexed = async (term: string) =>
    (
      (await t.core.services
        .db()
        .raw(`SELECT rowid AS id FROM product_search_grams WHERE product_search_grams MATCH ?`, [
          `"${gramToken(term)}"`,
        ])) as {
        id: number;
      }[]
    ).map((r) => r.id);

  it('after creating, editing and deleting products', async () => {
    const plc = await t.ok('products.create', { name: 'PLC 控制器', brand: '西门子', spec: '6ES7 214-1AG40-0XB0' });
    const vfd = await t.ok('products.create', { name: '西门子变频器', brand: '西门子', spec: 'G120C 7.5kW' });
    await t.ok('products.create', { name: '纯棉手套', spec: '100%棉 L_号' });
    const pipe = await t.ok('products.create', { name: '镀锌钢管', spec: 'PIPE 2" SCH40' });
    await t.ok('products.create', { name: '变频器', brand: '丹佛斯', spec: 'FC-051P7K5' });
    await t.ok('products.create', { name: '阀', spec: 'Z' });
    await expectSubstringResults();
    expect(await names('西门')).toEqual(['PLC 控制器', '西门子变频器']);
    expect(await names('_')).toEqual(['纯棉手套']);
    expect(await names('2"')).toEqual(['镀锌钢管']);
    expect(await indexed('西门')).toEqual([plc.id, vfd.id]);

    await t.ok('products.update', {
      id: plc.id,
      lockVersion: plc.lockVersion,
      data: { name: 'PLC 控制器', brand: '施耐德', spec: 'TM221 24IO', unit: '台' },
    });
    await t.core.services.db()('products').where({ id: pipe.id }).delete();
    await expectSubstringResults();
    expect(await names('西门')).toEqual(['西门子变频器']);
    expect(await names('施耐')).toEqual(['PLC 控制器']);
    expect(await names('2"')).toEqual([]);
    expect(await indexed('西门')).toEqual([vfd.id]);
    expect(await indexed('镀锌')).toEqual([]);
  });
});
