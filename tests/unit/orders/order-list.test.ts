import { describe, expect, it } from 'vitest';
import type { In } from '../../../electron/shared/contracts';
import { today } from '../../../electron/core/dates';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

/** A won quote of one line made into an order on `orderDate`, by the admin or by the user of `sessionId`. */
async function order(customerName: string, orderDate: string, sessionId?: string) {
  const as = async <K extends Parameters<typeof t.ok>[0]>(channel: K, input: In<K>) => {
    const r = await t.call(channel, input, sessionId ? { sessionId } : undefined);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  };
  const customer = await t.ok('customers.create', { name: customerName });
  const q = await as('quotes.create', {
    customerId: customer.id,
    quoteDate: today(),
    lines: [{ name: '离心泵', spec: 'IS80-65-160', unit: '台', quantity: '4', unitPrice: '3200' }],
  });
  if ((await as('quotes.submit', { id: q.id })).status === 'pending_approval')
    await t.ok('quotes.approve', { id: q.id, comment: null });
  await as('quotes.markSent', { id: q.id, via: 'fax' });
  await as('quotes.outcome', { id: q.id, outcome: 'won' });
  return as('orders.createFromQuote', { quoteId: q.id, orderDate });
}

describe('the orders list filters in SQL', () => {
  it('by statuses, order dates, customer name or pinyin, and salesperson; newest first as before', async () => {
    const zhangli = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const hualian = await order('北京华联综合超市股份有限公司', '2026-03-05');
    const qingyuan = await order('苏州工业园区清源华衍水务有限公司', '2026-04-10', zhangli);
    const chongqing = await order('重庆钢铁股份有限公司', '2026-05-20', zhangli);
    const line = (await t.ok('orders.get', { id: qingyuan.id })).lines[0]!.id;
    await deliveredNote(t, (await confirmedNotice(t, qingyuan.id, [{ orderLineId: line, quantity: '1' }])).id);

    const numbers = async (filters: In<'orders.list'>['filters']) =>
      (await t.ok('orders.list', { filters })).rows.map((r) => r.number);
    expect(await numbers({})).toEqual([chongqing.number, qingyuan.number, hualian.number]);
    expect(await numbers({ status: 'partial' })).toEqual([qingyuan.number]);
    expect(await numbers({ status: ['confirmed', 'delivered'] })).toEqual([chongqing.number, hualian.number]);
    expect(await numbers({ from: '2026-04-01', to: '2026-05-20' })).toEqual([chongqing.number, qingyuan.number]);
    expect(await numbers({ to: '2026-04-09' })).toEqual([hualian.number]);
    // Customers as the customers list finds them: pinyin initials (重 read both ways), any part of the name.
    expect(await numbers({ customer: 'bjhl' })).toEqual([hualian.number]);
    expect(await numbers({ customer: 'zqgt' })).toEqual([chongqing.number]);
    expect(await numbers({ customer: '华' })).toEqual([qingyuan.number, hualian.number]);
    expect(await numbers({ customer: 'xyz' })).toEqual([]);

    const people = await t.ok('orders.salespeople', {});
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['管理员', '张丽']));
    const zhang = people.find((p) => p.name === '张丽')!.id;
    expect(await numbers({ salespersonId: zhang })).toEqual([chongqing.number, qingyuan.number]);
    expect(await numbers({ salespersonId: zhang, status: 'confirmed', customer: 'cq' })).toEqual([chongqing.number]);

    const page = await t.ok('orders.list', {
      filters: { salespersonId: zhang },
      sort: { field: 'orderDate', dir: 'asc' },
    });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.number, r.salesperson, r.status])).toEqual([
      [qingyuan.number, '张丽', 'partial'],
      [chongqing.number, '张丽', 'confirmed'],
    ]);
    // A filter value that is no status is refused by field.
    const bad = await t.fail('orders.list', { filters: { status: 'open' } });
    expect(bad.code).toBe('VALIDATION');
  });
});
