import { taxFromGross, type TaxRate } from '../../../electron/shared/money';
import type { TestCore } from './test-core';

let serial = 0;

/**
 * An issued 数电 invoice of one line for `gross` fen, registered through `invoices.create` (专票 when the customer
 * has a tax id, else 普票). `deliveryDate` stands in for linked notes' signed delivery when a test needs another one.
 */
export async function registeredInvoice(
  t: TestCore,
  opts: { customerId: number; issueDate: string; gross: number; taxRate?: string; deliveryDate?: string },
): Promise<{ id: number; number: string }> {
  const taxRate = (opts.taxRate ?? '0.13') as TaxRate;
  const customer = (await t.core.services.db()('customers').where({ id: opts.customerId }).first('name', 'tax_id')) as {
    name: string;
    tax_id: string | null;
  };
  serial += 1;
  const number = `2632000000${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial % 10_000).padStart(4, '0')}`;
  const invoice = await t.ok('invoices.create', {
    type: customer.tax_id ? 'digital_special' : 'digital_normal',
    number,
    issueDate: opts.issueDate,
    customerId: opts.customerId,
    buyerName: customer.name,
    buyerTaxId: customer.tax_id,
    lines: [{ taxClass: '*仪器仪表*', name: '电磁流量计', taxRate, ...taxFromGross(opts.gross, taxRate) }],
  });
  if (opts.deliveryDate)
    await t.core.services.db()('invoices').where({ id: invoice.id }).update({ delivery_date: opts.deliveryDate });
  return { id: invoice.id, number: invoice.number };
}
