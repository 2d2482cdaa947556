import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import type { Out } from '../../../electron/shared/contracts';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { registeredInvoice } from '../support/finance';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

type Groups = Out<'search.global'>['groups'];
const kinds = (groups: Groups) => groups.map((g) => g.kind);
const group = (groups: Groups, kind: string) => groups.find((g) => g.kind === kind);
const search = async (q: string, sessionId?: string, limit?: number) => {
  const r = await t.call('search.global', { q, ...(limit ? { limit } : {}) }, sessionId ? { sessionId } : {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value.groups;
};

/** 北京华联 bought through a quote (order 1); a week later it phoned in a repeat order quoting order 1 as its PO. */
async function twoOrders() {
  const first = await wonOrder(t, { customer: { name: '北京华联综合超市有限公司' } });
  const product = await t.ok('products.create', { name: '电磁流量计', spec: 'LDG-150', unit: '台', listPrice: '6800' });
  const repeat = await t.ok('orders.direct.create', {
    customerId: first.customer.id,
    customerPo: `${first.order.number}-补`,
    orderDate: today(),
    dueDate: null,
    lines: [
      { productId: product.id, name: '电磁流量计', spec: 'LDG-150', unit: '台', quantity: '2', unitPrice: '6800' },
    ],
  });
  return { ...first, repeat };
}

describe('global search: document numbers', () => {
  it('an order number opens that order first (typed in any case), then the order whose PO quotes it', async () => {
    const { order, repeat, customer } = await twoOrders();
    for (const typed of [order.number, order.number.toLowerCase()]) {
      const groups = await search(typed);
      expect(kinds(groups)[0]).toBe('order');
      expect(groups[0]).toEqual({
        kind: 'order',
        total: 2,
        hits: [
          {
            kind: 'order',
            id: order.id,
            openId: order.id,
            label: order.number,
            name: customer.name,
            detail: 'PO-1',
            date: today(),
            exact: true,
          },
          expect.objectContaining({ id: repeat.id, label: repeat.number, exact: false, detail: `${order.number}-补` }),
        ],
      });
    }
  });

  it('part of a number finds every kind holding it, none exact, in the fixed order, each group limited', async () => {
    const { order, lineIds, repeat } = await twoOrders();
    const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '1' }]);
    const note = await deliveredNote(t, notice.id);
    const year = order.number.slice(2, 6);
    const groups = await search(`${year}-0000`, undefined, 1);
    expect(kinds(groups)).toEqual(['quote', 'order', 'notice', 'note']);
    expect(groups.every((g) => g.hits.every((h) => !h.exact))).toBe(true);
    // Two orders match, the newest shown; the quote is its current version.
    expect(group(groups, 'order')).toMatchObject({ total: 2, hits: [{ id: repeat.id }] });
    expect(group(groups, 'quote')!.hits[0]!.label).toMatch(/^BJ\d{4}-00001 V1$/);
    expect(group(groups, 'note')!.hits[0]).toMatchObject({ id: note.id, label: note.number, exact: false });

    // A return is found by its number and opens the delivery note it came back on.
    const back = await t.ok('deliveries.returns.create', {
      noteId: note.id,
      date: today(),
      reason: '型号不符',
      lines: [{ noteLineId: note.lines[0]!.id, quantity: '1' }],
    });
    const found = await search(back.number);
    expect(found[0]).toEqual({
      kind: 'return',
      total: 1,
      hits: [expect.objectContaining({ id: back.id, openId: note.id, label: back.number, exact: true })],
    });
  });

  it('nothing typed is refused, and a text found nowhere gives no groups', async () => {
    expect((await t.fail('search.global', { q: '   ' })).code).toBe('VALIDATION');
    expect(await search('没有这样的单号')).toEqual([]);
  });
});

describe('global search: customers, products and suppliers', () => {
  it('pinyin initials, any reading of a polyphonic name, and part of the name find the customer', async () => {
    const hualian = await t.ok('customers.create', { name: '北京华联综合超市有限公司' });
    const chongqing = await t.ok('customers.create', { name: '重庆钢铁股份有限公司' });
    for (const [typed, who] of [
      ['bjhl', hualian],
      ['BJHL', hualian],
      ['华联', hualian],
      ['cqgt', chongqing],
      ['zqgt', chongqing],
    ] as const) {
      const groups = await search(typed);
      expect(groups).toEqual([
        {
          kind: 'customer',
          total: 1,
          hits: [expect.objectContaining({ id: who.id, openId: who.id, label: who.code, name: who.name })],
        },
      ]);
    }
    // The code typed exactly ranks the customer as an exact hit: its group comes first.
    const byCode = await search(hualian.code.toLowerCase());
    expect(byCode[0]!.hits[0]).toMatchObject({ kind: 'customer', id: hualian.id, exact: true });
  });

  it('a product code: the exact code first, then codes starting with it, then codes holding it', async () => {
    for (const code of ['XP100', 'P1001', 'P100'])
      await t.ok('products.create', { code, name: `压力表${code}`, unit: '只', spec: 'Y-100' });
    const [products] = await search('p100');
    expect(products!.kind).toBe('product');
    expect(products!.hits.map((h) => [h.label, h.exact])).toEqual([
      ['P100', true],
      ['P1001', false],
      ['XP100', false],
    ]);
    expect(products!.hits[0]).toMatchObject({ name: '压力表P100', detail: 'Y-100' });
  });

  it('a supplier by its initials', async () => {
    const supplier = await t.ok('suppliers.create', { name: '上海自动化仪表有限公司' });
    const groups = await search('shzdh');
    expect(groups).toEqual([
      { kind: 'supplier', total: 1, hits: [expect.objectContaining({ id: supplier.id, label: supplier.code })] },
    ]);
  });
});

describe('global search: only what the user may read', () => {
  it('a dispatch clerk finds orders and notes but not quotes or invoices; the sales assistant finds the invoice', async () => {
    const { order, lineIds, customer } = await twoOrders();
    const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '1' }]);
    const note = await deliveredNote(t, notice.id);
    const invoice = await registeredInvoice(t, {
      customerId: customer.id,
      issueDate: today(),
      gross: 768_400,
      noteIds: [note.id],
    });
    const dispatch = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');

    expect(await search(invoice.number, dispatch)).toEqual([]);
    expect(kinds(await search(invoice.number, sales))).toEqual(['invoice']);
    expect(group(await search(invoice.number, sales), 'invoice')!.hits[0]).toMatchObject({
      id: invoice.id,
      name: customer.name,
      exact: true,
    });

    const quoteNumber = (await t.ok('quotes.list', { filters: {} })).rows[0]!.number;
    expect(await search(quoteNumber, dispatch)).toEqual([]);
    expect(kinds(await search(quoteNumber, sales))).toEqual(['quote']);

    expect(kinds(await search(order.number, dispatch))).toEqual(['order']);
    expect(kinds(await search(note.number, dispatch))).toEqual(['note']);
    expect(kinds(await search(customer.code, dispatch))).toEqual(['customer']);
  });

  it('the channel needs a session', async () => {
    const r = await t.core.call('search.global', { q: 'HT' }, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
