import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { asChange } from '../orders/change-input';
import { catalogue, lineOf, phonedOrder, repeatCustomer } from '../support/direct-orders';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const NEGATIVE = '价税合计不能为负数：折扣大于货物金额，请检查折扣行';

describe('a total below zero is refused beside the lines, never printed as （负数）', () => {
  it('a quote whose discount is larger than its goods: refused on the lines, no quote and no number taken', async () => {
    const c = await repeatCustomer(t);
    const err = await t.fail('quotes.create', {
      customerId: c.id,
      quoteDate: today(),
      lines: [
        { name: '法兰球阀', quantity: '2', unitPrice: '100' },
        { kind: 'discount', name: '折扣', quantity: '1', unitPrice: '250' },
      ],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields).toEqual([{ path: 'lines', message: NEGATIVE }]);
    expect(err.message).toBe(`输入有误：「明细」${NEGATIVE}`);
    expect(await t.count('quotes')).toBe(0);
    expect(await t.core.services.db()('number_sequences').where({ doc_type: 'quote' }).first()).toBeUndefined();

    // Equal to the goods is a total of nothing: allowed (a free replacement, say).
    const zero = await t.ok('quotes.create', {
      customerId: c.id,
      quoteDate: today(),
      lines: [
        { name: '法兰球阀', quantity: '2', unitPrice: '100' },
        { kind: 'discount', name: '折扣', quantity: '1', unitPrice: '200' },
      ],
    });
    expect(zero.totals.gross).toBe(0);
  });

  it('a directly entered order likewise, in English too', async () => {
    const c = await repeatCustomer(t);
    const { valve } = await catalogue(t);
    const lines = [
      lineOf(valve, '1', '113'),
      { kind: 'discount' as const, name: '让利', quantity: '1', unitPrice: '200' },
    ];
    const zh = await t.fail('orders.direct.create', phonedOrder(c.id, lines));
    expect(zh.details?.fields).toEqual([{ path: 'lines', message: NEGATIVE }]);
    const en = await t.fail('orders.direct.create', phonedOrder(c.id, lines), { locale: 'en' });
    expect(en.details?.fields?.[0]?.message).toBe(
      'The total cannot be negative: the discounts exceed the goods; check the discount lines',
    );
    expect(await t.count('sales_orders')).toBe(0);
  });

  it('an order change that would bring the total below zero changes nothing', async () => {
    const { order } = await wonOrder(t);
    const change = asChange(order, '客户要求让利');
    change.lines.push({
      orderLineId: null,
      kind: 'discount',
      productId: null,
      name: '让利',
      brand: null,
      spec: null,
      unit: '项',
      quantity: '1',
      unitPrice: '90000',
      taxRate: '0.13',
      dueDate: null,
    });
    const audits = await t.count('audit_log');
    const err = await t.fail('orders.change', change);
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields).toEqual([{ path: 'lines', message: NEGATIVE }]);
    const after = await t.ok('orders.get', { id: order.id });
    expect(after.totals.gross).toBe(order.totals.gross);
    expect(after.changeNo).toBe(0);
    expect(await t.count('audit_log')).toBe(audits);
  });
});
