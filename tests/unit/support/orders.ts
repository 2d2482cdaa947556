import type { In } from '../../../electron/shared/contracts';
import type { TestCore } from './test-core';
import { today } from '../../../electron/core/dates';

/** A customer's quote taken through approval and sending to a won sales order. */
export async function wonOrder(
  t: TestCore,
  opts: {
    customer?: Partial<In<'customers.create'>>;
    lines?: In<'quotes.create'>['lines'];
    quote?: Partial<In<'quotes.create'>>;
  } = {},
) {
  const customer = await t.ok('customers.create', {
    name: '苏州工业园区清源华衍水务有限公司',
    ...opts.customer,
    addresses: [{ address: '苏州工业园区星港街 33 号', contact: '钱工', phone: '0512-62880000', isDefault: true }],
  });
  const lines = opts.lines ?? [
    { name: '电磁流量计', brand: '光华', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '6800' },
    { name: '法兰球阀', brand: '苏阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: '1860.5' },
  ];
  const q = await t.ok('quotes.create', { ...opts.quote, customerId: customer.id, quoteDate: today(), lines });
  const submitted = await t.ok('quotes.submit', { id: q.id });
  if (submitted.status === 'pending_approval') await t.ok('quotes.approve', { id: q.id, comment: null });
  await t.ok('quotes.markSent', { id: q.id, via: 'fax' });
  await t.ok('quotes.outcome', { id: q.id, outcome: 'won' });
  const order = await t.ok('orders.createFromQuote', { quoteId: q.id, customerPo: 'PO-1', orderDate: today() });
  const progress = await t.ok('orders.progress', { orderId: order.id });
  return { customer, order, lineIds: progress.lines.map((l) => l.orderLineId) };
}
