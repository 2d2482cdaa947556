import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { checkedNotes, confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('an order’s status follows its deliveries', () => {
  it('confirmed, partly delivered, delivered; a 回单 short reopens it, the 补发 completes it, a return reopens it', async () => {
    const { order, lineIds } = await wonOrder(t);
    const status = async () => (await t.ok('orders.get', { id: order.id })).status;
    expect(order.status).toBe('confirmed');

    // A notice and a note on the way change nothing yet: only what arrives counts.
    const first = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '10' }]);
    const note = await t.ok('deliveries.notes.create', { noticeId: first.id, date: today(), packages: 1 });
    expect(await status()).toBe('confirmed');
    await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
    });
    for (const to of ['loaded', 'in_transit'] as const) await t.ok('deliveries.notes.advance', { id: note.id, to });
    expect(await status()).toBe('confirmed');
    await t.ok('deliveries.notes.advance', { id: note.id, to: 'delivered' });
    expect(await status()).toBe('partial');

    // The valves arrive too: everything ordered is delivered.
    const valves = await deliveredNote(
      t,
      (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[1]!, quantity: '6' }])).id,
    );
    expect(await status()).toBe('delivered');
    // Nothing more to notice on a delivered order.
    expect(
      (
        await t.fail('deliveries.notices.create', {
          orderId: order.id,
          date: today(),
          lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
        })
      ).message,
    ).toBe(`销售合同 ${order.number} 状态为「已发完」，不能再开发货通知单`);

    // The 回单 says two valves were short: the order is only partly delivered again.
    await t.ok('deliveries.notes.receipt', {
      id: valves.id,
      signer: '钱工',
      discrepancies: [{ lineId: valves.lines[0]!.id, kind: 'short', quantity: '2', note: '少两台' }],
    });
    expect(await status()).toBe('partial');

    // The 补发 of the two brings it back to delivered.
    const again = await t.ok('deliveries.notes.redeliver', { id: valves.id, date: today() });
    await t.ok('deliveries.notices.confirm', { id: again.id });
    await deliveredNote(t, again.id);
    expect(await status()).toBe('delivered');

    // One flow meter comes back: partly delivered once more.
    const meters = await t.ok('deliveries.notes.get', { id: note.id });
    await t.ok('deliveries.returns.create', {
      noteId: meters.id,
      date: today(),
      reason: '表头损坏',
      lines: [{ noteLineId: meters.lines[0]!.id, quantity: '1' }],
    });
    expect(await status()).toBe('partial');
  });

  it('notes delivered by a local run move their order too', async () => {
    const [a, b] = await checkedNotes(t, 2);
    const orderId = (await t.ok('deliveries.notes.get', { id: a! })).orderId;
    const run = await t.ok('dispatch.runs.create', {
      date: today(),
      vehicle: '苏E·7K521',
      driver: '周师傅',
      noteIds: [a!, b!],
    });
    await t.ok('dispatch.runs.depart', { id: run.id });
    expect((await t.ok('orders.get', { id: orderId })).status).toBe('confirmed');
    await t.ok('dispatch.runs.return', { id: run.id, delivered: [a!], date: today() });
    expect((await t.ok('orders.get', { id: orderId })).status).toBe('partial');
  });
});
