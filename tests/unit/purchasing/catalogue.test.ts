import { describe, expect, it } from 'vitest';
import { loggedIn } from '../support/users';
import { useTestCore } from '../support/test-core';
import { suppliersAndValve } from './rfq-support';

const t = useTestCore();

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
).toString('base64');

describe('the catalogue of bought-in products: who sells this model, at what price, last time', () => {
  it('finds every supplier’s offer of a product by its code, name or pinyin, or by a supplier’s model, with the latest price', async () => {
    const { su, sh, valve } = await suppliersAndValve(t);
    const a = await t.ok('purchasing.catalogue.create', {
      supplierId: su.id,
      productId: valve.id,
      model: 'SF-Q41F-80',
      maker: '苏州阀门厂',
      params: [
        { name: ' 通径 ', value: 'DN80' },
        { name: '压力', value: '1.6MPa' },
      ],
    });
    expect(a.params).toEqual([
      { name: '通径', value: 'DN80' },
      { name: '压力', value: '1.6MPa' },
    ]);
    const b = await t.ok('purchasing.catalogue.create', { supplierId: sh.id, productId: valve.id, model: 'LG-80' });
    await t.ok('purchasing.catalogue.addPrice', {
      id: a.id,
      priceDate: '2026-03-01',
      unitPrice: '1130',
      priceIncludesTax: true,
      taxRate: '0.13',
      leadDays: 15,
    });
    const latest = await t.ok('purchasing.catalogue.addPrice', {
      id: a.id,
      priceDate: '2026-05-10',
      unitPrice: '1050',
      priceIncludesTax: false,
      taxRate: '0.13',
      minQuantity: '10',
    });
    // Newest first, on both tax bases.
    expect(latest.prices.map((p) => [p.priceDate, p.unitPrice, p.netUnitPrice, p.grossUnitPrice, p.source])).toEqual([
      ['2026-05-10', '1050', '1050.0000', '1186.5000', 'manual'],
      ['2026-03-01', '1130', '1000.0000', '1130.0000', 'manual'],
    ]);

    for (const q of ['Q41F-80', '球阀', 'flqf', 'LG-80']) {
      const found = await t.ok('purchasing.catalogue.list', { q, sort: { field: 'supplierName', dir: 'asc' } });
      const expected = q === 'LG-80' ? [b.id] : [a.id, b.id].sort((x, y) => x - y);
      expect(
        found.rows.map((r) => r.id).sort((x, y) => x - y),
        q,
      ).toEqual(expected);
    }
    const bySupplier = await t.ok('purchasing.catalogue.list', { q: '良工' });
    expect(bySupplier.rows.map((r) => [r.supplierName, r.model, r.lastPrice])).toEqual([
      ['上海良工阀门厂', 'LG-80', null],
    ]);
    const all = await t.ok('purchasing.catalogue.list', { filters: { productId: valve.id } });
    const row = all.rows.find((r) => r.id === a.id)!;
    expect(row.lastPrice).toMatchObject({ priceDate: '2026-05-10', unitPrice: '1050', minQuantity: '10' });
  });

  it('refuses a parameter named twice, a blank one and a second offer of the same pair, beside the field; nothing is written', async () => {
    const { su, valve } = await suppliersAndValve(t);
    const twice = await t.fail('purchasing.catalogue.create', {
      supplierId: su.id,
      productId: valve.id,
      params: [
        { name: '电压', value: '380V' },
        { name: '电压', value: '220V' },
      ],
    });
    expect(twice.details?.fields).toEqual([{ path: 'params.1.name', message: '参数“电压”重复了，同名参数只能有一个' }]);
    const blank = await t.fail('purchasing.catalogue.create', {
      supplierId: su.id,
      productId: valve.id,
      params: [{ name: '  ', value: '380V' }],
    });
    expect(blank.details?.fields?.map((f) => f.path)).toEqual(['params.0.name']);
    expect(await t.count('supplier_products')).toBe(0);

    await t.ok('purchasing.catalogue.create', { supplierId: su.id, productId: valve.id });
    const again = await t.fail('purchasing.catalogue.create', { supplierId: su.id, productId: valve.id });
    expect(again.details?.fields).toEqual([
      { path: 'productId', message: '这个供应商的这个产品已经在档案里了，请直接修改它' },
    ]);
    expect(await t.count('supplier_products')).toBe(1);
  });

  it('edits at the lock version, attaches and detaches a certificate, each audited; the purchaser writes, sales only reads', async () => {
    const { su, valve } = await suppliersAndValve(t);
    const offer = await t.ok('purchasing.catalogue.create', { supplierId: su.id, productId: valve.id, model: 'A' });
    const updated = await t.ok('purchasing.catalogue.update', {
      id: offer.id,
      lockVersion: offer.lockVersion,
      data: { supplierId: su.id, productId: valve.id, model: 'B', params: [{ name: '材质', value: 'WCB' }] },
    });
    expect(updated).toMatchObject({ model: 'B', params: [{ name: '材质', value: 'WCB' }] });
    const stale = await t.fail('purchasing.catalogue.update', {
      id: offer.id,
      lockVersion: offer.lockVersion,
      data: { supplierId: su.id, productId: valve.id, model: 'C' },
    });
    expect(stale.code).toBe('CONFLICT');

    const file = await t.ok('attachments.upload', { filename: '3C证书.png', dataBase64: PNG, mime: 'image/png' });
    const withFile = await t.ok('purchasing.catalogue.attach', {
      id: offer.id,
      attachmentId: file.id,
      kind: 'certificate',
      title: '3C 认证',
    });
    expect(withFile.files).toMatchObject([{ attachmentId: file.id, kind: 'certificate', filename: '3C证书.png' }]);
    const without = await t.ok('purchasing.catalogue.detach', { id: offer.id, fileId: withFile.files[0]!.id });
    expect(without.files).toEqual([]);

    const history = await t.ok('audit.forEntity', { entity: 'supplierProduct', entityId: String(offer.id) });
    expect(history.map((h) => h.action).sort()).toEqual(['attach', 'create', 'detach', 'update']);

    const sales = await loggedIn(t, 'sales', 'li', '李娜');
    const denied = await t.fail(
      'purchasing.catalogue.addPrice',
      { id: offer.id, priceDate: '2026-05-01', unitPrice: '1', priceIncludesTax: true },
      { sessionId: sales },
    );
    expect(denied.code).toBe('FORBIDDEN');
    expect(await t.count('supplier_prices')).toBe(0);
    expect((await t.call('purchasing.catalogue.get', { id: offer.id }, { sessionId: sales })).ok).toBe(true);
  });
});
