import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('products: exact prices, searchable by brand and spec', () => {
  it('keeps prices exact to four decimals and sorts them as numbers', async () => {
    await t.ok('products.create', {
      name: '球阀',
      brand: '苏阀',
      spec: 'Q41F-16C DN50',
      unit: '台',
      listPrice: '1280.5',
      standardCost: '905.1234',
    });
    await t.ok('products.create', { name: '闸阀', spec: 'Z41H-16C DN100', unit: '台', listPrice: '980' });
    await t.ok('products.create', { name: '压力表', spec: 'Y-100 0-1.6MPa', listPrice: '85.25' });
    const byPrice = await t.ok('products.list', { sort: { field: 'listPrice', dir: 'desc' } });
    expect(byPrice.rows.map((r) => r.listPrice)).toEqual(['1280.50', '980.00', '85.25']);
    expect(byPrice.rows[0]!.standardCost).toBe('905.1234');
  });

  it('is found by brand, by model number and by pinyin initials', async () => {
    await t.ok('products.create', {
      name: 'PLC 控制器',
      brand: '西门子',
      spec: '6ES7 214-1AG40-0XB0',
      source: 'bought',
    });
    await t.ok('products.create', { name: '变频器', brand: '丹佛斯', spec: 'FC-051P7K5' });
    const find = async (q: string) => (await t.ok('products.list', { q })).rows.map((r) => r.name);
    expect(await find('西门子')).toEqual(['PLC 控制器']);
    expect(await find('6es7')).toEqual(['PLC 控制器']);
    expect(await find('bpq')).toEqual(['变频器']);
    expect((await t.ok('products.list', { filters: { source: 'bought' } })).rows.map((r) => r.name)).toEqual([
      'PLC 控制器',
    ]);
  });

  it('refuses a price with five decimals, a negative cost and an unknown tax rate', async () => {
    const err = await t.fail('products.create', {
      name: '法兰',
      listPrice: '1.23456',
      standardCost: '-1',
      taxRate: '0.17',
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields?.map((f) => f.path).sort()).toEqual(['listPrice', 'standardCost', 'taxRate']);
    expect(await t.count('products')).toBe(0);
  });
});

describe('suppliers: categories and contacts', () => {
  it('filters by a whole category, not a part of one', async () => {
    await t.ok('suppliers.create', {
      name: '苏州阀门厂',
      categories: ['阀门', '管件'],
      contacts: [{ name: '周工', mobile: '13812345678' }],
    });
    await t.ok('suppliers.create', { name: '温州配件厂', categories: ['阀门配件'] });
    const valves = await t.ok('suppliers.list', { filters: { category: '阀门' } });
    expect(valves.rows.map((r) => r.name)).toEqual(['苏州阀门厂']);
    expect(valves.rows[0]).toMatchObject({
      primaryContact: '周工',
      primaryPhone: '13812345678',
      categories: ['阀门', '管件'],
    });
    expect((await t.ok('suppliers.list', { q: 'szfmc' })).total).toBe(1);
  });
});
