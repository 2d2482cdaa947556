import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { wonOrder } from '../support/orders';
import { supplierWithContact } from '../support/purchasing';
import { loggedIn } from '../support/users';
import type { ChannelName, In, Out } from '../../../electron/shared/contracts';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A call that must succeed, made by another user's session. */
async function okAs<K extends ChannelName>(sessionId: string, channel: K, input: In<K>): Promise<Out<K>> {
  const r = await t.call(channel, input, { sessionId });
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** The purchaser 李娜, logged in: the session to call with. */
async function purchaser(): Promise<string> {
  await t.ok('users.create', { username: 'lina', displayName: '李娜', role: 'purchaser' });
  return (await t.ok('auth.login', { username: 'lina' })).sessionId;
}

describe('an RFQ from a sales order’s lines, bought on purchase orders that serve those lines', () => {
  it('each item keeps its order line, and the POs made from the choices are tied to those lines', async () => {
    // The order: 10 meters and 6 valves, both bought in.
    const { order, lineIds } = await wonOrder(t);
    const sessionId = await purchaser();
    const { supplier: guanghua } = await supplierWithContact(t);
    const { supplier: sufa } = await supplierWithContact(t, '苏州阀门厂', 'xs@sufa.example');

    // A line of no order of this one is refused beside the field, and no RFQ is written.
    const rfqsBefore = await t.count('rfqs');
    const stranger = await t.fail(
      'purchasing.rfq.create',
      { origin: 'order', orderId: order.id, orderLineIds: [lineIds[0]!, 999_999], date: today() },
      { sessionId },
    );
    expect(stranger.details?.fields?.[0]?.path).toBe('orderLineIds');
    expect(await t.count('rfqs')).toBe(rfqsBefore);
    expect(await t.count('rfq_items')).toBe(0);

    // None picked: every goods line of the order is asked for, each keeping its order line.
    const rfq = await okAs(sessionId, 'purchasing.rfq.create', {
      origin: 'order',
      orderId: order.id,
      date: today(),
      supplierIds: [guanghua.id, sufa.id],
    });
    expect(rfq).toMatchObject({ origin: 'order', orderId: order.id, orderNumber: order.number, status: 'draft' });
    expect(rfq.title).toBe(`${order.number} 苏州工业园区清源华衍水务有限公司 采购询价`);
    expect(rfq.rfqItems.map((i) => [i.name, i.spec, i.quantity, i.orderLineId, i.quoteCostLineId])).toEqual([
      ['电磁流量计', 'LDG-150', '10', lineIds[0], null],
      ['法兰球阀', 'Q41F-16C DN80', '6', lineIds[1], null],
    ]);
    const stored = (await t.core.services
      .db()('rfq_items')
      .where({ rfq_id: rfq.id })
      .orderBy('position')
      .pluck('order_line_id')) as number[];
    expect(stored).toEqual(lineIds);
    expect(rfq.purchaseOrders).toEqual([]);

    // 光华 quotes with VAT, 苏阀 without: 4500 net is 5085.00 with VAT, dearer than 光华's 4980.00.
    const [meter, valve] = rfq.rfqItems;
    for (const s of [guanghua, sufa])
      await okAs(sessionId, 'purchasing.rfq.logAsked', {
        id: rfq.id,
        supplierId: s.id,
        channel: 'phone',
        sentOn: today(),
      });
    await okAs(sessionId, 'purchasing.rfq.answer', {
      id: rfq.id,
      supplierId: guanghua.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [
        { itemId: meter!.id, unitPrice: '4980', taxRate: '0.13', leadDays: 7, model: 'LDG-150S' },
        { itemId: valve!.id, unitPrice: '1500', taxRate: '0.13', leadDays: 7 },
      ],
    });
    const answered = await okAs(sessionId, 'purchasing.rfq.answer', {
      id: rfq.id,
      supplierId: sufa.id,
      answerDate: today(),
      priceIncludesTax: false,
      paymentTerms: '月结30天',
      lines: [
        { itemId: meter!.id, unitPrice: '4500', taxRate: '0.13', leadDays: 20 },
        { itemId: valve!.id, unitPrice: '1200', taxRate: '0.13', leadDays: 10, model: 'Q41F-16C' },
      ],
    });
    const m = await t.ok('purchasing.rfq.compare', { id: rfq.id });
    expect(m.items.map((i) => i.cells.map((c) => [c.netUnitPrice, c.grossUnitPrice, c.best]))).toEqual([
      [
        ['4407.0796', '4980.0000', true],
        ['4500.0000', '5085.0000', false],
      ],
      [
        ['1327.4336', '1500.0000', false],
        ['1200.0000', '1356.0000', true],
      ],
    ]);
    const lineOf = (supplierId: number, itemId: number) =>
      answered.rfqSuppliers
        .find((s) => s.supplierId === supplierId)!
        .answers.at(-1)!
        .lines.find((l) => l.itemId === itemId)!.id;
    await okAs(sessionId, 'purchasing.rfq.choose', {
      itemId: meter!.id,
      answerLineId: lineOf(guanghua.id, meter!.id),
      reason: '含税价最低',
    });
    const decided = await okAs(sessionId, 'purchasing.rfq.choose', {
      itemId: valve!.id,
      answerLineId: lineOf(sufa.id, valve!.id),
      reason: '折算后最便宜',
    });
    // No quote behind an order's RFQ: nothing to tell about a cost sheet.
    expect([decided.quoteNote, decided.quoteUpdated, decided.detail.status]).toEqual([null, false, 'decided']);

    // The sales assistant may look but not buy.
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    expect((await t.fail('purchasing.orders.fromRfq', { rfqId: rfq.id }, { sessionId: sales })).code).toBe('FORBIDDEN');
    expect(await t.count('purchase_orders')).toBe(0);

    const { orders } = await okAs(sessionId, 'purchasing.orders.fromRfq', { rfqId: rfq.id });
    expect(orders.map((o) => [o.supplierId, o.status])).toEqual([
      [guanghua.id, 'draft'],
      [sufa.id, 'draft'],
    ]);
    const meterPo = await t.ok('purchasing.orders.get', { id: orders[0]!.id });
    expect(meterPo.lines.map((l) => [l.name, l.quantity, l.unitPrice, l.model])).toEqual([
      ['电磁流量计', '10', '4980', 'LDG-150S'],
    ]);
    expect(meterPo.lines[0]!.allocations).toEqual([
      {
        orderLineId: lineIds[0],
        orderId: order.id,
        orderNumber: order.number,
        customerName: '苏州工业园区清源华衍水务有限公司',
        quantity: '10',
      },
    ]);
    // 10 × 4980.00 with VAT.
    expect([meterPo.priceIncludesTax, meterPo.gross]).toEqual([true, 4_980_000]);

    // 苏阀's PO keeps its net basis: 6 × 1200.00 = 7,200.00, VAT 936.00, 8,136.00 in all; all 6 serve the line.
    const valvePo = await t.ok('purchasing.orders.get', { id: orders[1]!.id });
    expect([valvePo.priceIncludesTax, valvePo.net, valvePo.tax, valvePo.gross]).toEqual([
      false,
      720_000,
      93_600,
      813_600,
    ]);
    expect(valvePo.lines[0]!.allocations.map((a) => [a.orderLineId, a.quantity])).toEqual([[lineIds[1], '6']]);
    expect(valvePo.lines[0]!.overReason).toBeNull();

    // The order now shows both lines bought and nothing more needed; the RFQ lists the POs it made.
    const progress = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(progress.lines.map((l) => [l.orderLineId, l.purchased, l.needed])).toEqual([
      [lineIds[0], '10', '0'],
      [lineIds[1], '6', '0'],
    ]);
    const after = await t.ok('purchasing.rfq.get', { id: rfq.id });
    expect(after.purchaseOrders).toEqual([
      {
        id: meterPo.id,
        number: meterPo.number,
        supplierName: '上海光华仪表有限公司',
        status: 'draft',
        gross: 4_980_000,
      },
      { id: valvePo.id, number: valvePo.number, supplierName: '苏州阀门厂', status: 'draft', gross: 813_600 },
    ]);

    // Both POs are in the history, made by the purchaser.
    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'purchaseOrder', action: 'fromRfq' })
      .orderBy('id')
      .select('entity_id', 'user_name')) as { entity_id: string; user_name: string }[];
    expect(audit).toEqual([
      { entity_id: String(meterPo.id), user_name: '李娜' },
      { entity_id: String(valvePo.id), user_name: '李娜' },
    ]);
  });

  it('only the items chosen are bought: an order line not yet chosen still needs buying', async () => {
    const { order, lineIds } = await wonOrder(t);
    const { supplier } = await supplierWithContact(t);
    const rfq = await t.ok('purchasing.rfq.create', {
      origin: 'order',
      orderId: order.id,
      orderLineIds: [lineIds[1]!],
      date: today(),
      supplierIds: [supplier.id],
    });
    expect(rfq.rfqItems.map((i) => [i.name, i.orderLineId])).toEqual([['法兰球阀', lineIds[1]]]);
    await t.ok('purchasing.rfq.logAsked', { id: rfq.id, supplierId: supplier.id, channel: 'fax', sentOn: today() });
    const answered = await t.ok('purchasing.rfq.answer', {
      id: rfq.id,
      supplierId: supplier.id,
      answerDate: today(),
      priceIncludesTax: true,
      lines: [{ itemId: rfq.rfqItems[0]!.id, unitPrice: '1480', taxRate: '0.13', leadDays: 5 }],
    });
    // Asked, answered, not chosen: nothing to order yet, and nothing is written.
    expect((await t.fail('purchasing.orders.fromRfq', { rfqId: rfq.id })).message).toContain(rfq.number);
    expect(await t.count('purchase_orders')).toBe(0);

    await t.ok('purchasing.rfq.choose', {
      itemId: rfq.rfqItems[0]!.id,
      answerLineId: answered.rfqSuppliers[0]!.answers[0]!.lines[0]!.id,
      reason: '唯一报价',
    });
    await t.ok('purchasing.orders.fromRfq', { rfqId: rfq.id });
    const progress = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(progress.lines.map((l) => [l.name, l.purchased, l.needed])).toEqual([
      ['电磁流量计', '0', '10'],
      ['法兰球阀', '6', '0'],
    ]);
  });
});
