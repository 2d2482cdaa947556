import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { catalogue, lineOf, phonedOrder, repeatCustomer } from '../support/direct-orders';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();
const at = (date: string) => setClock(new Date(`${date}T04:00:00Z`));

describe('上次价格: the last price this customer was given, per product', () => {
  it('takes the newest sent quote or agreed order of this customer only; drafts and unsent quotes do not count', async () => {
    at('2026-09-01');
    const c = await repeatCustomer(t);
    const other = await repeatCustomer(t, '昆山开发区自来水有限公司');
    const { valve, gauge } = await catalogue(t);
    // September: both products quoted and sent.
    const q = await t.ok('quotes.create', {
      customerId: c.id,
      quoteDate: '2026-09-01',
      lines: [lineOf(valve, '10', '110'), lineOf(gauge, '20', '88')],
      costLines: [
        { lineNo: 1, name: '法兰球阀', quantity: '10', unitCost: '60' },
        { lineNo: 2, name: '压力表', quantity: '20', unitCost: '50' },
      ],
    });
    await t.ok('quotes.submit', { id: q.id });
    await t.ok('quotes.markSent', { id: q.id, via: 'fax' });
    // October: the valve ordered directly at 108.
    at('2026-10-10');
    const order = await t.ok('orders.direct.create', {
      ...phonedOrder(c.id, [lineOf(valve, '5', '108')]),
      orderDate: '2026-10-10',
    });
    // 4.42% under list: within the rules, confirmed at once.
    expect((await t.ok('orders.direct.confirm', { id: order.id })).status).toBe('confirmed');
    // November: a cheaper draft for this customer, an unsent quote, and another customer's lower price.
    at('2026-11-20');
    await t.ok('orders.direct.create', { ...phonedOrder(c.id, [lineOf(valve, '5', '99')]), orderDate: '2026-11-20' });
    await t.ok('quotes.create', { customerId: c.id, quoteDate: '2026-11-20', lines: [lineOf(gauge, '1', '70')] });
    const theirs = await t.ok('orders.direct.create', {
      ...phonedOrder(other.id, [lineOf(valve, '5', '95'), lineOf(gauge, '5', '75')]),
      orderDate: '2026-11-20',
    });
    await t.ok('orders.direct.confirm', { id: theirs.id });
    await t.ok('orders.direct.approve', { id: theirs.id, comment: null });

    const prices = await t.ok('orders.lastPrices', { customerId: c.id });
    expect(prices.sort((a, b) => a.productId - b.productId)).toEqual([
      {
        productId: valve.id,
        name: '法兰球阀',
        brand: '苏阀',
        spec: 'Q41F-16C DN50',
        unit: '台',
        taxRate: '0.13',
        unitPrice: '108',
        priceIncludesTax: true,
        date: '2026-10-10',
        source: 'order',
        documentId: order.id,
        number: order.number,
        version: null,
      },
      {
        productId: gauge.id,
        name: '压力表',
        brand: '布莱迪',
        spec: 'Y-100 0-1.6MPa',
        unit: '只',
        taxRate: '0.13',
        unitPrice: '88',
        priceIncludesTax: true,
        date: '2026-09-01',
        source: 'quote',
        documentId: q.id,
        number: q.number,
        version: 1,
      },
    ]);
    // Asked for one product, it answers for that one only.
    expect(
      (await t.ok('orders.lastPrices', { customerId: c.id, productIds: [gauge.id] })).map((p) => p.unitPrice),
    ).toEqual(['88']);
    // The other customer sees its own prices.
    expect(
      (await t.ok('orders.lastPrices', { customerId: other.id })).map((p) => [p.productId, p.unitPrice]).sort(),
    ).toEqual(
      [
        [valve.id, '95'],
        [gauge.id, '75'],
      ].sort(),
    );
  });

  it('on the same day an order beats a quote; a dispatch clerk may look prices up but not a stranger', async () => {
    at('2026-11-02');
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const order = await t.ok('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '2', '113')]));
    await t.ok('orders.direct.confirm', { id: order.id });
    const q = await t.ok('quotes.create', {
      customerId: c.id,
      quoteDate: '2026-11-02',
      lines: [lineOf(valve, '2', '120')],
      costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '2', unitCost: '60' }],
    });
    await t.ok('quotes.submit', { id: q.id });
    await t.ok('quotes.markSent', { id: q.id, via: 'email' });
    const dispatch = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const seen = await t.call('orders.lastPrices', { customerId: c.id }, { sessionId: dispatch });
    expect(seen.ok && seen.value.map((p) => [p.source, p.unitPrice])).toEqual([['order', '113']]);
    const anonymous = await t.call('orders.lastPrices', { customerId: c.id }, { sessionId: 'no-such-session' });
    expect(anonymous.ok).toBe(false);
  });
});
