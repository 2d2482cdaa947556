import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { wonOrder } from '../support/orders';

const t = useTestCore();

describe('services and non-stock items are not offered on a delivery notice', () => {
  it('an order with a pump, an installation service and a typed line: only the pump ships from stock', async () => {
    const pump = await t.ok('products.create', {
      name: '水泵控制柜',
      spec: 'HX-KZG-15kW',
      unit: '台',
      listPrice: '9800',
    });
    const service = await t.ok('products.create', {
      name: '安装调试服务',
      spec: '现场安装调试（人·天）',
      unit: '人天',
      taxRate: '0.06',
      listPrice: '1200',
      nonStock: true,
    });
    expect(pump.nonStock).toBe(false);
    expect(service.nonStock).toBe(true);
    const { order } = await wonOrder(t, {
      lines: [
        { productId: pump.id, name: '水泵控制柜', unit: '台', quantity: '2', unitPrice: '9800' },
        {
          productId: service.id,
          name: '安装调试服务',
          unit: '人天',
          quantity: '3',
          unitPrice: '1200',
          taxRate: '0.06',
        },
        { name: '配套浮球（客户指定）', unit: '只', quantity: '4', unitPrice: '180' },
      ],
    });
    const progress = await t.ok('orders.progress', { orderId: order.id });
    expect(progress.lines.map((l) => [l.name, l.stocked, l.available])).toEqual([
      ['水泵控制柜', true, '2'],
      ['安装调试服务', false, '3'],
      ['配套浮球（客户指定）', false, '4'],
    ]);
    // Chosen, a service can still go on a notice (the engineer's visit is planned with the goods).
    const notice = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: order.orderDate,
      lines: [{ orderLineId: progress.lines[1]!.orderLineId, quantity: '3' }],
    });
    expect(notice.lines.map((l) => [l.name, l.quantity])).toEqual([['安装调试服务', '3']]);
  });

  it('the flag is kept with the product and its change is in the history', async () => {
    const p = await t.ok('products.create', { name: '设备年度维保', unit: '年', listPrice: '36000' });
    const changed = await t.ok('products.update', {
      id: p.id,
      lockVersion: p.lockVersion,
      data: { name: '设备年度维保', unit: '年', listPrice: '36000', nonStock: true },
    });
    expect(changed.nonStock).toBe(true);
    expect((await t.ok('products.get', { id: p.id })).nonStock).toBe(true);
    const history = await t.ok('audit.forEntity', { entity: 'product', entityId: String(p.id) });
    expect(JSON.stringify(history)).toContain('nonStock');
  });

  it('the demo company marks its services (安装调试服务, 年度维保, 运费) as not shipped', async () => {
    await t.ok('demo.load', {});
    const services = await t.ok('products.list', { q: '安装调试服务' });
    const detail = await t.ok('products.get', { id: services.rows[0]!.id });
    expect(detail.nonStock).toBe(true);
    const cabinets = await t.ok('products.list', { q: '水泵控制柜' });
    expect((await t.ok('products.get', { id: cabinets.rows[0]!.id })).nonStock).toBe(false);
  });
});
