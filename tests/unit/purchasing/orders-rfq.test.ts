import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { supplierWithContact } from '../support/purchasing';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/**
 * An RFQ for the order's two lines asked of two suppliers, as the RFQ pages leave it: the meter won by 光华 (tax
 * included, 7 days), the valve by 苏阀 (quoted net, in its second round).
 */
async function decidedRfq() {
  const won = await wonOrder(t);
  const { supplier: guanghua, contactId } = await supplierWithContact(t);
  const { supplier: sufa } = await supplierWithContact(t, '苏州阀门厂', 'xs@sufa.example');
  const db = t.core.services.db();
  const at = new Date().toISOString();
  const stamps = { lock_version: 1, created_at: at, updated_at: at };
  const [rfq] = (await db('rfqs')
    .insert({
      number: 'XB2026-00001',
      date: today(),
      title: '流量计和球阀',
      status: 'decided',
      origin: 'order',
      order_id: won.order.id,
      ...stamps,
    })
    .returning('id')) as { id: number }[];
  const item = async (position: number, name: string, spec: string, quantity: string, orderLineId: number) =>
    (
      (await db('rfq_items')
        .insert({ rfq_id: rfq!.id, position, name, spec, unit: '台', quantity, order_line_id: orderLineId })
        .returning('id')) as { id: number }[]
    )[0]!.id;
  const meter = await item(1, '电磁流量计', 'LDG-150', '10', won.lineIds[0]!);
  const valve = await item(2, '法兰球阀', 'Q41F-16C DN80', '8', won.lineIds[1]!);
  const answer = async (supplierId: number, contact: number | null, round: number, includesTax: boolean) => {
    const asked = (await db('rfq_suppliers').where({ rfq_id: rfq!.id, supplier_id: supplierId }).first('id')) as
      { id: number } | undefined;
    const rs =
      asked?.id ??
      (
        (await db('rfq_suppliers')
          .insert({ rfq_id: rfq!.id, supplier_id: supplierId, contact_id: contact, channel: 'email', sent_on: today() })
          .returning('id')) as { id: number }[]
      )[0]!.id;
    return (
      (await db('rfq_answers')
        .insert({
          rfq_supplier_id: rs,
          round,
          answer_date: today(),
          price_includes_tax: includesTax,
          payment_terms: '月结30天',
          ...stamps,
        })
        .returning('id')) as { id: number }[]
    )[0]!.id;
  };
  const line = async (answerId: number, itemId: number, unitPrice: string, leadDays: number, model: string) =>
    (
      (await db('rfq_answer_lines')
        .insert({
          answer_id: answerId,
          rfq_item_id: itemId,
          unit_price: unitPrice,
          tax_rate: '0.13',
          lead_days: leadDays,
          model,
        })
        .returning('id')) as { id: number }[]
    )[0]!.id;
  const g1 = await answer(guanghua.id, contactId, 1, true);
  const meterWin = await line(g1, meter, '4980', 7, 'LDG-150S');
  await line(g1, valve, '1500', 7, 'Q41F');
  await answer(sufa.id, null, 1, false);
  const s2 = await answer(sufa.id, null, 2, false);
  await line(s2, meter, '4500', 20, 'SF-150');
  const valveWin = await line(s2, valve, '1200', 10, 'Q41F-16C');
  await db('rfq_choices').insert([
    { rfq_item_id: meter, answer_line_id: meterWin, reason: '交期短', chosen_at: at },
    { rfq_item_id: valve, answer_line_id: valveWin, reason: '价格最低', chosen_at: at },
  ]);
  return { ...won, rfqId: rfq!.id, guanghua, sufa, meterWin, valveWin };
}

describe('purchase orders from an RFQ’s choices', () => {
  it('makes one draft per winning supplier, on its answer’s prices and basis, tied to the order lines', async () => {
    const { order, lineIds, rfqId, guanghua, sufa, meterWin, valveWin } = await decidedRfq();
    const { orders } = await t.ok('purchasing.orders.fromRfq', { rfqId });
    expect(orders.map((o) => [o.supplierId, o.status])).toEqual([
      [guanghua.id, 'draft'],
      [sufa.id, 'draft'],
    ]);
    const meterPo = await t.ok('purchasing.orders.get', { id: orders[0]!.id });
    expect(meterPo).toMatchObject({ rfqId, priceIncludesTax: true, paymentTerms: '月结30天', gross: 4_980_000 });
    expect(meterPo.lines[0]).toMatchObject({
      model: 'LDG-150S',
      quantity: '10',
      unitPrice: '4980',
      rfqAnswerLineId: meterWin,
    });
    expect(meterPo.lines[0]!.allocations.map((a) => [a.orderLineId, a.quantity])).toEqual([[lineIds[0], '10']]);

    // 苏阀 quoted net: its PO keeps that basis; 8 asked where the order needs 6, so 6 are tied and the 2 are said.
    const valvePo = await t.ok('purchasing.orders.get', { id: orders[1]!.id });
    expect(valvePo.priceIncludesTax).toBe(false);
    // 8 × 1200 net = 9,600.00, tax 1,248.00.
    expect([valvePo.net, valvePo.tax, valvePo.gross]).toEqual([960_000, 124_800, 1_084_800]);
    expect(valvePo.lines[0]).toMatchObject({
      rfqAnswerLineId: valveWin,
      overReason: '按询价单 XB2026-00001 的数量采购，多出的 2 作为备货',
    });
    expect(valvePo.lines[0]!.allocations.map((a) => a.quantity)).toEqual(['6']);

    const progress = await t.ok('purchasing.orders.forSalesOrder', { orderId: order.id });
    expect(progress.lines.map((l) => l.needed)).toEqual(['0', '0']);
    // Ordered once: a second go is refused and writes nothing.
    expect((await t.fail('purchasing.orders.fromRfq', { rfqId })).message).toContain(meterPo.number);
    expect(await t.count('purchase_orders')).toBe(2);
  });
});
