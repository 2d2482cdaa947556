import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { asChange } from './change-input';

const t = useTestCore();

const notice = (orderId: number, orderLineId: number, quantity: string) =>
  t.ok('deliveries.notices.create', { orderId, date: today(), lines: [{ orderLineId, quantity }] });

describe('cancelling an order', () => {
  it('is refused while a notice is out, naming it; allowed once it is cancelled; the order then owes nothing', async () => {
    const { order, lineIds } = await wonOrder(t);
    const draft = await notice(order.id, lineIds[0]!, '3');
    const audits = await t.count('audit_log');

    const blocked = await t.fail('orders.cancel', { id: order.id, lockVersion: order.lockVersion, reason: '客户撤单' });
    expect(blocked.code).toBe('CONFLICT');
    expect(blocked.message).toBe(`发货通知单 ${draft.number} 还没有发完，请先开完送货单或取消这张通知单`);
    const noReason = await t.fail('orders.cancel', { id: order.id, lockVersion: order.lockVersion, reason: ' ' });
    expect(noReason.code).toBe('VALIDATION');
    expect(await t.count('audit_log')).toBe(audits);
    expect((await t.ok('orders.get', { id: order.id })).status).toBe('confirmed');

    await t.ok('deliveries.notices.cancel', { id: draft.id, reason: '客户撤单' });
    // Someone else's copy from before a change is refused as stale.
    const stale = await t.fail('orders.cancel', {
      id: order.id,
      lockVersion: order.lockVersion - 1,
      reason: '客户撤单',
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await t.ok('orders.get', { id: order.id })).status).toBe('confirmed');
    const cancelled = await t.ok('orders.cancel', { id: order.id, lockVersion: order.lockVersion, reason: '客户撤单' });
    expect(cancelled).toMatchObject({ status: 'cancelled', endReason: '客户撤单', endedBy: '管理员' });
    expect(cancelled.endedAt).toBeTruthy();

    const progress = await t.ok('orders.progress', { orderId: order.id });
    expect(progress.lines.map((l) => [l.ordered, l.outstanding, l.available, l.closedShort])).toEqual([
      ['10', '0', '0', '10'],
      ['6', '0', '0', '6'],
    ]);
    expect(progress.closedShortGross).toBe(7_916_300);
    const noNotice = await t.fail('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
    });
    expect(noNotice.message).toBe(`销售合同 ${order.number} 状态为「已取消」，不能再开发货通知单`);
    expect(
      (await t.fail('orders.cancel', { id: order.id, lockVersion: cancelled.lockVersion, reason: '再取消' })).message,
    ).toBe(`销售合同 ${order.number} 状态为「已取消」，不能取消`);

    const history = await t.ok('audit.forEntity', { entity: 'order', entityId: String(order.id) });
    expect(history[0]).toMatchObject({
      action: 'cancel',
      before: { orderStatus: 'confirmed' },
      after: { orderStatus: 'cancelled', endReason: '客户撤单' },
    });
  });

  it('is refused once anything was delivered (close it short instead), or while a note is on its way', async () => {
    const { order, lineIds } = await wonOrder(t);
    const n = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '2' }]);
    const note = await t.ok('deliveries.notes.create', { noticeId: n.id, date: today(), packages: 1 });
    const onItsWay = await t.fail('orders.cancel', { id: order.id, lockVersion: order.lockVersion, reason: '撤单' });
    expect(onItsWay.message).toBe(`送货单 ${note.number} 状态为「已开单」，请等它送达或先作废`);

    await deliveredNote(t, (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[1]!, quantity: '1' }])).id);
    const current = await t.ok('orders.get', { id: order.id });
    expect(current.status).toBe('partial');
    expect(
      (await t.fail('orders.cancel', { id: order.id, lockVersion: current.lockVersion, reason: '撤单' })).message,
    ).toBe(`销售合同 ${order.number} 已有货物送达，不能取消；请用「短交结案」`);
  });
});

describe('closing an order short (短交结案)', () => {
  it('stops what is not delivered from being owed or noticed; the progress still reconciles; credit counts no promise', async () => {
    const { order, lineIds } = await wonOrder(t);
    await deliveredNote(t, (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '6' }])).id);
    // Six valves noticed, four shipped and delivered: two still on the notice.
    const valves = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[1]!, quantity: '6' }]);
    const four = await t.ok('deliveries.notes.create', {
      noticeId: valves.id,
      date: today(),
      packages: 1,
      lines: [{ noticeLineId: valves.lines[0]!.id, quantity: '4', packages: null }],
    });
    await t.ok('deliveries.notes.check', {
      id: four.id,
      lines: four.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
    });
    for (const to of ['loaded', 'in_transit', 'delivered'] as const)
      await t.ok('deliveries.notes.advance', { id: four.id, to });
    const credit = () => t.ok('deliveries.credit', { customerId: order.customerId, noticeId: null });
    expect(await credit()).toMatchObject({ deliveredNotInvoiced: 4_824_200, noticesNotDelivered: 372_100 });

    // A notice nothing was shipped from must be cancelled first.
    const idle = await notice(order.id, lineIds[0]!, '1');
    const current = await t.ok('orders.get', { id: order.id });
    expect(current.status).toBe('partial');
    const ending = { id: order.id, lockVersion: current.lockVersion, reason: '客户不再需要剩余货物' };
    expect((await t.fail('orders.close', ending)).message).toBe(
      `发货通知单 ${idle.number} 还没有发完，请先开完送货单或取消这张通知单`,
    );
    await t.ok('deliveries.notices.cancel', { id: idle.id, reason: '不发了' });

    const closed = await t.ok('orders.close', ending);
    expect(closed).toMatchObject({ status: 'closed', endReason: '客户不再需要剩余货物', endedBy: '管理员' });
    const p = await t.ok('orders.progress', { orderId: order.id });
    expect(p.lines.map((l) => [l.name, l.ordered, l.delivered, l.outstanding, l.available, l.closedShort])).toEqual([
      ['电磁流量计', '10', '6', '0', '0', '4'],
      ['法兰球阀', '6', '4', '0', '0', '2'],
    ]);
    // 6 × 6800 + 4 × 1860.50 delivered; 4 × 6800 + 2 × 1860.50 closed short; together the order.
    expect(p.totals).toMatchObject({ ordered: 7_916_300, delivered: 4_824_200 });
    expect(p.closedShortGross).toBe(3_092_100);
    expect(p.totals.delivered + p.closedShortGross).toBe(p.totals.ordered);

    // The partly shipped notice ended with the order: no note, no new notice can take the rest.
    expect((await t.ok('deliveries.notices.get', { id: valves.id })).status).toBe('closed');
    expect((await t.fail('deliveries.notes.create', { noticeId: valves.id, date: today(), packages: 1 })).code).toBe(
      'CONFLICT',
    );
    expect(
      (
        await t.fail('deliveries.notices.create', {
          orderId: order.id,
          date: today(),
          lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
        })
      ).message,
    ).toBe(`销售合同 ${order.number} 状态为「已结案」，不能再开发货通知单`);
    // What was delivered is still owed an invoice; nothing more is promised.
    expect(await credit()).toMatchObject({ deliveredNotInvoiced: 4_824_200, noticesNotDelivered: 0 });

    const change = asChange(closed, '结案后还想改');
    change.lines[0]!.quantity = '8';
    expect((await t.fail('orders.change', change)).message).toBe(`销售合同 ${order.number} 状态为「已结案」，不能变更`);

    const history = await t.ok('audit.forEntity', { entity: 'order', entityId: String(order.id) });
    expect(history[0]).toMatchObject({
      action: 'closeShort',
      before: { orderStatus: 'partial' },
      after: {
        orderStatus: 'closed',
        endReason: '客户不再需要剩余货物',
        closedShort: ['电磁流量计 4台', '法兰球阀 2台'],
        closedNotices: [valves.number],
      },
    });
  });

  it('is for delivered goods only: an order nothing of which arrived is cancelled instead', async () => {
    const { order } = await wonOrder(t);
    const err = await t.fail('orders.close', { id: order.id, lockVersion: order.lockVersion, reason: '结案' });
    expect(err.message).toBe(`销售合同 ${order.number} 还没有送过货：不需要结案，请直接取消`);
    expect((await t.ok('orders.get', { id: order.id })).status).toBe('confirmed');
  });
});
