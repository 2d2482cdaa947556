import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { poInput } from '../../../electron/shared/purchasing/orders/contract';
import { askedReasons, linesToBuy, poValues, stillNeeded } from '../../../renderer/src/purchasing/orders/po-form';
import { wonOrder } from '../support/orders';
import { poLine, poInput as poOf, supplierWithContact } from '../support/purchasing';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('the PO form made from a sales order (生成采购订单)', () => {
  it('buys what each line still needs, allocated to it, at the standard cost with tax; raising a line asks why', async () => {
    const meter = await t.ok('products.create', {
      name: '电磁流量计',
      spec: 'LDG-150',
      unit: '台',
      listPrice: '6800',
      standardCost: '4000',
    });
    const { order, lineIds } = await wonOrder(t, {
      lines: [
        { productId: meter.id, name: '电磁流量计', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '6800' },
        { name: '法兰球阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: '1860.5', taxRate: '0.09' },
      ],
    });
    const { supplier } = await supplierWithContact(t);
    // Six meters are already bought elsewhere: four still to buy, and all six valves.
    await t.ok(
      'purchasing.orders.create',
      poOf(supplier.id, [poLine('6', '4500', [{ orderLineId: lineIds[0]!, quantity: '6' }])]),
    );
    const detail = await t.ok('orders.get', { id: order.id });
    const purchase = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });

    const lines = linesToBuy(
      order,
      purchase,
      new Map(detail.lines.map((l) => [l.id, l.taxRate])),
      new Map([[meter.id, meter.standardCost]]),
      true,
    );
    expect(lines).toEqual([
      expect.objectContaining({
        productId: meter.id,
        name: '电磁流量计',
        quantity: '4',
        // Standard cost 4000 net at 13%, on a PO whose prices include tax.
        unitPrice: '4520.00',
        taxRate: '0.13',
        allocations: [{ orderId: order.id, orderNumber: order.number, orderLineId: lineIds[0], quantity: '4' }],
      }),
      expect.objectContaining({
        productId: null,
        name: '法兰球阀',
        quantity: '6',
        // No cost known: the purchaser types it.
        unitPrice: '',
        taxRate: '0.09',
        allocations: [{ orderId: order.id, orderNumber: order.number, orderLineId: lineIds[1], quantity: '6' }],
      }),
    ]);

    // As the form sends it (the valve's price typed): taken without asking for a reason, and nothing left to buy.
    lines[1]!.unitPrice = '1500';
    const data = poInput.parse({ supplierId: supplier.id, orderDate: today(), lines });
    const po = await t.ok('purchasing.orders.create', data);
    // 4 × 4520 + 6 × 1500 = 27,080.00
    expect(po.gross).toBe(2_708_000);
    const after = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(after.lines.map((l) => [l.purchased, l.needed])).toEqual([
      ['10', '0'],
      ['6', '0'],
    ]);
    // Opened again as a draft, each line still needs what this PO gives it.
    const saved = new Map(po.lines.flatMap((l) => l.allocations).map((a) => [a.orderLineId, a.quantity]));
    expect(after.lines.map((l) => stillNeeded(l, saved.get(l.orderLineId)))).toEqual(['4', '6']);

    // Raising the meters to 5 in the form: the core asks why on that line's reason, and nothing changes.
    const form = poValues(po);
    form.lines![0]!.quantity = '5';
    const raised = await t.fail('purchasing.orders.update', {
      id: po.id,
      lockVersion: po.lockVersion,
      data: poInput.parse(form),
    });
    expect(raised.details?.fields).toEqual([
      { path: 'lines.0.overReason', message: '比所服务的合同行多买 1 台，多出部分作为备货，请写明原因' },
    ]);
    expect(askedReasons(raised.details!.fields!)).toEqual([0]);
    expect((await t.ok('purchasing.orders.get', { id: po.id })).lines[0]!.quantity).toBe('4');

    form.lines![0]!.overReason = '多备一台备件';
    const updated = await t.ok('purchasing.orders.update', {
      id: po.id,
      lockVersion: po.lockVersion,
      data: poInput.parse(form),
    });
    expect(updated.lines[0]).toMatchObject({ quantity: '5', overReason: '多备一台备件' });
  });
});
