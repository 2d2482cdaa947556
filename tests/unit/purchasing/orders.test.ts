import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../../electron/core/dates';
import { poInput, poLine, supplierWithContact } from '../support/purchasing';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('purchase orders tied to the sales-order lines they serve', () => {
  it('buys an order line from two suppliers and never buys more than it still needs without saying why', async () => {
    const { order, lineIds } = await wonOrder(t);
    const { supplier: a } = await supplierWithContact(t);
    const { supplier: b } = await supplierWithContact(t, '开封仪表厂', 'xs@kaifeng.example');

    const first = await t.ok(
      'purchasing.orders.create',
      poInput(a.id, [poLine('6', '5000', [{ orderLineId: lineIds[0]!, quantity: '6' }])]),
    );
    expect(first).toMatchObject({ number: expect.stringMatching(/^CG\d{4}-00001$/), status: 'draft' });
    // 6 × 5000 tax included: 30,000.00 gross, net 30,000 / 1.13 to the fen, tax the rest.
    expect([first.gross, first.net, first.tax]).toEqual([3_000_000, 2_654_867, 345_133]);
    expect(first.amountInWords).toBe('叁万元整');
    expect(first.lines[0]!.allocations).toEqual([
      expect.objectContaining({ orderLineId: lineIds[0], orderNumber: order.number, quantity: '6' }),
    ]);
    let progress = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(progress.lines.map((l) => [l.ordered, l.purchased, l.needed])).toEqual([
      ['10', '6', '4'],
      ['6', '0', '6'],
    ]);

    // The second supplier is asked for 5 where 4 are still needed: refused beside the reason field, nothing written.
    const over = await t.fail(
      'purchasing.orders.create',
      poInput(b.id, [poLine('5', '4980', [{ orderLineId: lineIds[0]!, quantity: '5' }])]),
    );
    expect(over.code).toBe('VALIDATION');
    expect(over.details?.fields).toEqual([
      { path: 'lines.0.overReason', message: `${order.number} 的“电磁流量计”还需采购 4 台，多买请写明原因` },
    ]);
    expect(await t.count('purchase_orders')).toBe(1);
    expect(await t.count('purchase_order_allocations')).toBe(1);

    const second = await t.ok(
      'purchasing.orders.create',
      poInput(b.id, [
        poLine('5', '4980', [{ orderLineId: lineIds[0]!, quantity: '5' }], { overReason: '多备一台备件' }),
      ]),
    );
    expect(second.lines[0]!.overReason).toBe('多备一台备件');
    progress = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(progress.lines[0]).toMatchObject({ purchased: '11', needed: '0' });
    expect(progress.lines[0]!.orders.map((o) => o.number)).toEqual([first.number, second.number]);

    // Buying 8 for a line that serves 6: the 2 extra go to stock, and that is said.
    const extra = await t.fail(
      'purchasing.orders.create',
      poInput(a.id, [poLine('8', '1500', [{ orderLineId: lineIds[1]!, quantity: '6' }], { name: '法兰球阀' })]),
    );
    expect(extra.details?.fields?.[0]).toEqual({
      path: 'lines.0.overReason',
      message: '比所服务的合同行多买 2 台，多出部分作为备货，请写明原因',
    });
    // A stock purchase serves no order and asks nothing.
    const stock = await t.ok('purchasing.orders.create', poInput(a.id, [poLine('3', '5000')]));
    expect(stock.lines[0]!.allocations).toEqual([]);

    // A cancelled PO frees what it bought.
    await t.ok('purchasing.orders.cancel', { id: second.id, reason: '开封仪表厂交期太长' });
    progress = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(progress.lines[0]).toMatchObject({ purchased: '6', needed: '4' });
  });

  it('a draft order cannot be bought for; bad input is told beside its field and writes nothing', async () => {
    const { lineIds } = await wonOrder(t);
    const { supplier } = await supplierWithContact(t);
    const notGoods = await t.fail(
      'purchasing.orders.create',
      poInput(supplier.id, [poLine('1', '10', [{ orderLineId: 99_999, quantity: '1' }])]),
    );
    expect(notGoods.details?.fields?.[0]?.path).toBe('lines.0.allocations.0.orderLineId');
    const badQty = await t.fail('purchasing.orders.create', poInput(supplier.id, [poLine('-2', '10')]));
    expect(badQty.details?.fields?.[0]?.path).toBe('lines.0.quantity');
    const dropShip = await t.fail(
      'purchasing.orders.create',
      poInput(supplier.id, [poLine('1', '10', [{ orderLineId: lineIds[0]!, quantity: '1' }])], {
        deliveryMode: 'drop_ship',
      }),
    );
    expect(dropShip.details?.fields).toEqual([{ path: 'shipOrderId', message: '供应商直发时请选择要送货的销售合同' }]);
    expect(await t.count('purchase_orders')).toBe(0);
    expect(await t.count('purchase_order_lines')).toBe(0);
  });
});

describe('the life of a purchase order', () => {
  it('is edited while a draft, sent (its prices go to the supplier’s price history), confirmed, and cancelled with why', async () => {
    const { supplier, contactId } = await supplierWithContact(t);
    const meter = await t.ok('products.create', { name: '电磁流量计', spec: 'LDG-150', unit: '台', listPrice: '6800' });
    const draft = await t.ok(
      'purchasing.orders.create',
      poInput(supplier.id, [poLine('2', '5000', [], { productId: meter.id })], { contactId }),
    );
    const edited = await t.ok('purchasing.orders.update', {
      id: draft.id,
      lockVersion: draft.lockVersion,
      data: poInput(supplier.id, [poLine('3', '4950.5', [], { productId: meter.id })], { contactId }),
    });
    // 3 × 4950.50
    expect(edited.gross).toBe(1_485_150);
    const stale = await t.fail('purchasing.orders.update', {
      id: draft.id,
      lockVersion: draft.lockVersion,
      data: poInput(supplier.id, [poLine('1', '1')]),
    });
    expect(stale.code).toBe('CONFLICT');

    const sent = await t.ok('purchasing.orders.send', { id: draft.id });
    expect(sent).toMatchObject({ status: 'sent', sentOn: today() });
    const prices = await t.core.services.db()('supplier_prices').select();
    expect(prices).toEqual([
      expect.objectContaining({
        supplier_id: supplier.id,
        product_id: meter.id,
        unit_price: '4950.5',
        tax_rate: '0.13',
        source: 'po',
        po_line_id: edited.lines[0]!.id,
      }),
    ]);
    const noEdit = await t.fail('purchasing.orders.update', {
      id: draft.id,
      lockVersion: sent.lockVersion,
      data: poInput(supplier.id, [poLine('1', '1')]),
    });
    expect(noEdit.message).toBe(`采购订单 ${draft.number} 当前为“已发出”，不能修改`);

    const confirmed = await t.ok('purchasing.orders.confirm', { id: draft.id });
    expect(confirmed.status).toBe('confirmed');
    expect(await t.count('supplier_prices')).toBe(1);
    const cancelled = await t.ok('purchasing.orders.cancel', { id: draft.id, reason: '客户取消了项目' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '客户取消了项目' });

    const history = await t.ok('audit.forEntity', { entity: 'purchaseOrder', entityId: String(draft.id) });
    // Newest first, as the history page lists it.
    expect(history.map((h) => h.action)).toEqual(['cancel', 'confirm', 'send', 'update', 'create']);
  });

  it('the sales assistant may read purchase orders but not write them', async () => {
    const { supplier } = await supplierWithContact(t);
    await t.ok('users.create', { username: 'xiaoli', displayName: '李娜', role: 'sales' });
    const { sessionId } = await t.ok('auth.login', { username: 'xiaoli' });
    const refused = await t.fail('purchasing.orders.create', poInput(supplier.id, [poLine('1', '10')]), { sessionId });
    expect(refused.code).toBe('FORBIDDEN');
    expect((await t.call('purchasing.orders.list', {}, { sessionId })).ok).toBe(true);
  });

  it('lists by status, supplier and text, and shows what is late', async () => {
    const { supplier: a } = await supplierWithContact(t);
    const { supplier: b } = await supplierWithContact(t, '开封仪表厂', 'xs@kaifeng.example');
    const late = await t.ok(
      'purchasing.orders.create',
      poInput(a.id, [poLine('1', '10')], { orderDate: addDays(today(), -20), expectedDate: addDays(today(), -3) }),
    );
    await t.ok('purchasing.orders.send', { id: late.id });
    const onTime = await t.ok(
      'purchasing.orders.create',
      poInput(b.id, [poLine('1', '20')], { expectedDate: addDays(today(), 5) }),
    );

    const lateQueue = await t.ok('purchasing.orders.late', {});
    expect(lateQueue).toEqual({ total: 1, rows: [expect.objectContaining({ id: late.id, late: true })] });
    expect((await t.ok('purchasing.orders.list', { filters: { late: true } })).rows.map((r) => r.id)).toEqual([
      late.id,
    ]);
    expect((await t.ok('purchasing.orders.list', { filters: { status: 'draft' } })).rows.map((r) => r.id)).toEqual([
      onTime.id,
    ]);
    expect((await t.ok('purchasing.orders.list', { q: '开封' })).rows.map((r) => r.id)).toEqual([onTime.id]);
    expect((await t.ok('purchasing.orders.list', { filters: { supplierId: a.id } })).total).toBe(1);
    const byGross = await t.ok('purchasing.orders.list', { sort: { field: 'gross', dir: 'desc' } });
    expect(byGross.rows.map((r) => r.gross)).toEqual([2000, 1000]);
  });
});
