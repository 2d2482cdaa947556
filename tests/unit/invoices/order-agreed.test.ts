import { describe, expect, it } from 'vitest';
import { catalogue, lineOf, phonedOrder, repeatCustomer } from '../support/direct-orders';
import { useTestCore } from '../support/test-core';
import { BUYER_TAX_ID, invoiceInput, line } from './invoice-fixtures';

const t = useTestCore();

describe('an invoice is registered only against an agreed order', () => {
  it('refuses a draft order and a cancelled one, beside the order field and the line, writing nothing', async () => {
    const customer = await repeatCustomer(t);
    await t.ok('customers.update', {
      id: customer.id,
      lockVersion: customer.lockVersion,
      data: { ...customer, taxId: BUYER_TAX_ID },
    });
    const { valve } = await catalogue(t);
    const draft = await t.ok('orders.direct.create', phonedOrder(customer.id, [lineOf(valve, '10', '113')]));
    const confirmed = await t.ok('orders.direct.create', phonedOrder(customer.id, [lineOf(valve, '2', '113')]));
    await t.ok('orders.direct.confirm', { id: confirmed.id });
    const live = await t.ok('orders.get', { id: confirmed.id });
    await t.ok('orders.cancel', { id: live.id, lockVersion: live.lockVersion, reason: '客户撤单' });

    const before = await t.count('invoices');
    for (const order of [draft, live]) {
      const err = await t.fail(
        'invoices.create',
        invoiceInput(customer.id, {
          orderIds: [order.id],
          lines: [line(100_000, 13_000, { orderLineId: order.lines[0]!.id })],
          overReason: '预开票',
        }),
      );
      expect(err.code).toBe('VALIDATION');
      expect(Object.fromEntries((err.details?.fields ?? []).map((f) => [f.path, f.message]))).toMatchObject({
        orderIds: '合同尚未确认或已取消，不能开票',
        'lines.0.orderLineId': '合同尚未确认或已取消，不能开票',
      });
    }
    expect(await t.count('invoices')).toBe(before);
  });
});
