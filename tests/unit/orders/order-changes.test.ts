import { describe, expect, it } from 'vitest';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';
import { asChange } from './change-input';

const t = useTestCore();

describe('numbered changes (变更) of a confirmed order', () => {
  it('two changes are numbered 1 and 2, keep the lines as they were, price exactly and are audited', async () => {
    const { order, lineIds } = await wonOrder(t);
    expect(order).toMatchObject({ status: 'confirmed', changeNo: 0, totals: { gross: 7_916_300 } });
    // A notice made before the change stays on its line: unchanged lines keep their ids.
    const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '2' }]);

    // Change 1: two more flow meters, the valve cheaper, a pressure transmitter added.
    const first = asChange(order, '客户追加两台流量计，球阀按新价');
    first.lines[0]!.quantity = '12';
    first.lines[1]!.unitPrice = '1800';
    first.lines.push({
      orderLineId: null,
      kind: 'item',
      productId: null,
      name: '压力变送器',
      brand: '川仪',
      spec: 'PDS403H',
      unit: '台',
      quantity: '3',
      unitPrice: '2150.35',
      taxRate: '0.13',
      dueDate: null,
    });
    const once = await t.ok('orders.change', first);
    expect(once.changeNo).toBe(1);
    expect(once.lines.slice(0, 2).map((l) => l.id)).toEqual(lineIds);
    expect(once.lines.map((l) => [l.name, l.quantity, l.unitPrice, l.net, l.tax, l.gross])).toEqual([
      ['电磁流量计', '12', '6800', 7_221_239, 938_761, 8_160_000],
      ['法兰球阀', '6', '1800', 955_752, 124_248, 1_080_000],
      ['压力变送器', '3', '2150.35', 570_889, 74_216, 645_105],
    ]);
    // 81600 + 10800 + 6451.05 = 98851.05; net and tax are the sums of the rounded lines.
    expect(once.totals).toEqual({ net: 8_747_880, tax: 1_137_225, gross: 9_885_105 });
    expect(once.amountInWords).toBe('玖万捌仟捌佰伍拾壹元零伍分');
    expect((await t.ok('deliveries.notices.get', { id: notice.id })).lines[0]).toMatchObject({
      orderLineId: lineIds[0],
      quantity: '2',
    });

    // Change 2: the transmitter goes again (nothing noticed on it), new delivery date and address.
    const second = asChange(once, '客户取消变送器，改送新厂区');
    second.lines.pop();
    second.dueDate = '2026-12-31';
    second.deliveryAddress = '苏州工业园区金鸡湖大道 99 号 新厂区';
    const twice = await t.ok('orders.change', second);
    expect(twice).toMatchObject({
      changeNo: 2,
      dueDate: '2026-12-31',
      deliveryAddress: '苏州工业园区金鸡湖大道 99 号 新厂区',
      totals: { net: 8_176_991, tax: 1_063_009, gross: 9_240_000 },
    });
    expect(await t.count('sales_order_lines')).toBe(2);

    const changes = await t.ok('orders.changes', { orderId: order.id });
    expect(changes.map((c) => [c.changeNo, c.userName, c.reason])).toEqual([
      [2, '管理员', '客户取消变送器，改送新厂区'],
      [1, '管理员', '客户追加两台流量计，球阀按新价'],
    ]);
    // Each keeps the order as it stood before it.
    expect(changes[1]!.before.lines.map((l) => [l.name, l.quantity, l.unitPrice, l.gross])).toEqual([
      ['电磁流量计', '10', '6800', 6_800_000],
      ['法兰球阀', '6', '1860.5', 1_116_300],
    ]);
    expect(changes[1]!.before.totals.gross).toBe(7_916_300);
    expect(changes[0]!.before.lines.map((l) => l.name)).toEqual(['电磁流量计', '法兰球阀', '压力变送器']);
    expect(changes[0]!.before.terms.deliveryAddress).toBe('苏州工业园区星港街 33 号');
    // And says what changed, line by line.
    expect(changes[1]!.items).toEqual([
      {
        kind: 'changed',
        line: { position: 1, name: '电磁流量计', spec: 'LDG-150', unit: '台' },
        changes: [{ field: 'quantity', before: '10', after: '12' }],
      },
      {
        kind: 'changed',
        line: { position: 2, name: '法兰球阀', spec: 'Q41F-16C DN80', unit: '台' },
        changes: [{ field: 'unitPrice', before: '1860.5', after: '1800' }],
      },
      {
        kind: 'added',
        line: { position: 3, name: '压力变送器', spec: 'PDS403H', unit: '台' },
        quantity: '3',
        unitPrice: '2150.35',
        gross: 645_105,
      },
      { kind: 'total', before: 7_916_300, after: 9_885_105 },
    ]);
    expect(changes[0]!.items).toEqual([
      {
        kind: 'removed',
        line: { position: 3, name: '压力变送器', spec: 'PDS403H', unit: '台' },
        quantity: '3',
        unitPrice: '2150.35',
        gross: 645_105,
      },
      { kind: 'term', field: 'dueDate', before: null, after: '2026-12-31' },
      {
        kind: 'term',
        field: 'deliveryAddress',
        before: '苏州工业园区星港街 33 号',
        after: '苏州工业园区金鸡湖大道 99 号 新厂区',
      },
      { kind: 'total', before: 9_885_105, after: 9_240_000 },
    ]);

    const history = await t.ok('audit.forEntity', { entity: 'order', entityId: String(order.id) });
    expect(history.map((h) => h.action)).toEqual(['change', 'change', 'create']);
    expect(history[1]).toMatchObject({
      before: { changeNo: 0, gross: 7_916_300 },
      after: { changeNo: 1, gross: 9_885_105, reason: '客户追加两台流量计，球阀按新价' },
    });
    expect((history[1]!.after as { orderLines: string[] }).orderLines[2]).toBe('3. 压力变送器 PDS403H 3台 × 2150.35');
  });

  it('a line cannot go below what is already noticed or delivered; the refusal writes nothing', async () => {
    const { order, lineIds } = await wonOrder(t);
    await deliveredNote(t, (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '6' }])).id);
    const before = await t.ok('orders.get', { id: order.id });
    expect(before.status).toBe('partial');
    const [changes, lines, audits] = [
      await t.count('order_changes'),
      await t.count('sales_order_lines'),
      await t.count('audit_log'),
    ];

    const tooFew = asChange(before, '客户只要五台');
    tooFew.lines[0]!.quantity = '5';
    const err = await t.fail('orders.change', tooFew);
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe('电磁流量计 已有 6 台 开了发货通知或已送达，数量不能少于此数');
    expect(err.details?.fields).toEqual([{ path: 'lines.0.quantity', message: '不能少于已通知/已送的数量' }]);

    // Nor can a noticed line be removed.
    const removing = asChange(before, '客户不要流量计了');
    removing.lines.shift();
    expect((await t.fail('orders.change', removing)).message).toBe('电磁流量计 已开发货通知单或发票，不能删除');

    // Nothing changed at all is no change either.
    expect((await t.fail('orders.change', asChange(before, '无'))).message).toBe(
      '没有任何变更：请修改明细或条款后再提交',
    );

    expect(await t.count('order_changes')).toBe(changes);
    expect(await t.count('sales_order_lines')).toBe(lines);
    expect(await t.count('audit_log')).toBe(audits);
    expect(await t.ok('orders.get', { id: order.id })).toEqual(before);

    // Down to exactly what arrived, and the other line down to what arrived (none: removed), the order is delivered.
    const exact = asChange(before, '按已到货结算');
    exact.lines[0]!.quantity = '6';
    exact.lines.pop();
    const changed = await t.ok('orders.change', exact);
    expect(changed).toMatchObject({ status: 'delivered', changeNo: 1, totals: { gross: 4_080_000 } });
  });

  it('someone without orders.write can neither change, cancel nor close an order', async () => {
    const { order } = await wonOrder(t);
    const sessionId = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const change = asChange(order, '调度想改');
    change.lines[0]!.quantity = '11';
    for (const [channel, input] of [
      ['orders.change', change],
      ['orders.cancel', { id: order.id, lockVersion: order.lockVersion, reason: '调度想取消' }],
      ['orders.close', { id: order.id, lockVersion: order.lockVersion, reason: '调度想结案' }],
    ] as const)
      expect((await t.fail(channel, input, { sessionId })).code).toBe('FORBIDDEN');
    // The dispatch clerk may still read it.
    expect((await t.call('orders.get', { id: order.id }, { sessionId })).ok).toBe(true);
    expect(await t.ok('orders.get', { id: order.id })).toMatchObject({ status: 'confirmed', changeNo: 0 });
  });
});
