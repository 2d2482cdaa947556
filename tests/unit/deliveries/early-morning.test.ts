import { describe, expect, it } from 'vitest';
import { setClock, today } from '../../../electron/core/dates';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

// 07:30 on 1 December in Shanghai is still 30 November in UTC: the hour when dates taken in UTC go wrong.
const EARLY_IN_SHANGHAI = new Date('2026-11-30T23:30:00Z');

describe('the dispatch clerk starts before 08:00 in China', () => {
  it('a note delivered and signed for first thing in the morning carries the local date throughout', async () => {
    setClock(EARLY_IN_SHANGHAI);
    // The local date as the office's wall clock reads it, computed apart from the core.
    const local = EARLY_IN_SHANGHAI.toLocaleDateString('sv-SE');
    expect(today()).toBe(local);
    if (process.env.TZ === 'Asia/Shanghai') expect(local).toBe('2026-12-01');

    const { order, lineIds } = await wonOrder(t);
    expect(order.number).toMatch(/^HT2026-/);
    const notice = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '10' }],
    });
    await t.ok('deliveries.notices.confirm', { id: notice.id });
    const note = await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today() });
    await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
    });
    // Delivered without a date typed: the core dates it by its own clock.
    for (const to of ['loaded', 'in_transit', 'delivered'] as const)
      await t.ok('deliveries.notes.advance', { id: note.id, to });
    expect((await t.ok('deliveries.notes.get', { id: note.id })).deliveredOn).toBe(local);
    // The 回单 dated "today" by the clerk is not before the delivery (a UTC date here would be the day before).
    const back = await t.ok('deliveries.notes.receipt', { id: note.id, signer: '钱工', date: today() });
    expect(back).toMatchObject({ status: 'receipted', receiptDate: local, deliveredOn: local });
  });
});

describe('one clock for every record of the time', () => {
  it('the history, the settings and a backup name take the time the core reads, not the machine’s', async () => {
    setClock(EARLY_IN_SHANGHAI);
    const customer = await t.ok('customers.create', { name: '清晨客户有限公司' });
    const history = await t.ok('audit.forEntity', { entity: 'customer', entityId: String(customer.id) });
    expect(history.map((h) => h.at)).toEqual([EARLY_IN_SHANGHAI.toISOString()]);

    await t.ok('settings.company.update', { name: '清晨贸易' });
    const stored = (await t.core.services.db()('settings').where({ key: 'company' }).first('updated_at')) as {
      updated_at: string;
    };
    expect(stored.updated_at).toBe(EARLY_IN_SHANGHAI.toISOString());

    const backup = await t.ok('backup.create', {});
    const stamp = today().replace(/-/g, '');
    expect(backup.name).toContain(`neiqin-${stamp}-`);
  });
});
