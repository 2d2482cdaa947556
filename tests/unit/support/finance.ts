import { addDays } from '../../../electron/core/dates';
import { nowIso } from '../../../electron/core/db/rows';
import { Dec } from '../../../electron/shared/money';
import type { TestCore } from './test-core';

let serial = 0;

/**
 * An issued 数电 invoice of one line for `gross` fen, straight into the register tables (migration 0011's columns):
 * a fixture for receipts and receivables until the invoice service lands; then it calls `invoices.create`.
 */
export async function registeredInvoice(
  t: TestCore,
  opts: { customerId: number; issueDate: string; gross: number; taxRate?: string; deliveryDate?: string },
): Promise<{ id: number; number: string }> {
  const db = t.core.services.db();
  const rate = new Dec(opts.taxRate ?? '0.13');
  const net = new Dec(opts.gross).dividedBy(rate.plus(1)).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  const customer = (await db('customers').where({ id: opts.customerId }).first('name', 'tax_id', 'payment_days')) as {
    name: string;
    tax_id: string | null;
    payment_days: number;
  };
  serial += 1;
  const number = `2632000000${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial % 10_000).padStart(4, '0')}`;
  const now = nowIso();
  const [row] = (await db('invoices')
    .insert({
      type: 'digital_special',
      code: '',
      number,
      issue_date: opts.issueDate,
      customer_id: opts.customerId,
      buyer_name: customer.name,
      buyer_tax_id: customer.tax_id,
      net_fen: net,
      tax_fen: opts.gross - net,
      gross_fen: opts.gross,
      open_fen: opts.gross,
      due_date: addDays(opts.issueDate, customer.payment_days),
      delivery_date: opts.deliveryDate ?? opts.issueDate,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  await db('invoice_lines').insert({
    invoice_id: row!.id,
    position: 1,
    tax_class: '*仪器仪表*',
    name: '电磁流量计',
    tax_rate: rate.toString(),
    net_fen: net,
    tax_fen: opts.gross - net,
    gross_fen: opts.gross,
  });
  return { id: row!.id, number };
}
