import { today } from '../../../electron/core/dates';
import type { In } from '../../../electron/shared/contracts';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import type { TestCore } from '../support/test-core';

export const BUYER_TAX_ID = '91320594MA1MXKQ27B';

/**
 * 清源华衍水务 (tax id, 30 days) won an order of 10 电磁流量计 at 6,800.00 with 13% tax included;
 * `delivered` of them went out on one note and were signed for today.
 */
export async function deliveredMeters(t: TestCore, delivered = '4') {
  const { customer, order, lineIds } = await wonOrder(t, {
    customer: { taxId: BUYER_TAX_ID, paymentDays: 30 },
    lines: [{ name: '电磁流量计', brand: '光华', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '6800' }],
  });
  const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: delivered }]);
  const note = await deliveredNote(t, notice.id);
  return { customer, order, orderLineId: lineIds[0]!, note };
}

let serial = 0;
/** A 20-digit 数电 number, new each time. */
export const digitalNumber = () => `2632000000000${String(++serial).padStart(7, '0')}`;

/** One 13% line as the tax system prints it. */
export const line = (net: number, tax: number, extra: Partial<In<'invoices.create'>['lines'][number]> = {}) => ({
  taxClass: '*仪器仪表*',
  name: '电磁流量计',
  spec: 'LDG-150',
  unit: '台',
  taxRate: '0.13' as const,
  net,
  tax,
  gross: net + tax,
  ...extra,
});

/** A 数电专票 for the customer, one line of `net` + 13% tax, issued on 2026-11-20. */
export const invoiceInput = (customerId: number, over: Partial<In<'invoices.create'>> = {}): In<'invoices.create'> => ({
  type: 'digital_special',
  number: digitalNumber(),
  issueDate: '2026-11-20',
  customerId,
  buyerName: '苏州工业园区清源华衍水务有限公司',
  buyerTaxId: BUYER_TAX_ID,
  issuer: '李会计',
  lines: [line(100000, 13000)],
  ...over,
});

export { today };
