import { nowIso } from '../../../electron/core/db/rows';
import { registeredInvoice } from '../support/finance';
import type { TestCore } from '../support/test-core';

// The receipt and invoice services are being built in parallel: until they land, receipts,
// allocations and red-letter offsets go straight into migration 0011's tables, as those services keep them.

let serial = 0;

/** A customer with a salesperson and payment days. */
export async function customer(t: TestCore, name: string, opts: { salesperson?: string; paymentDays?: number } = {}) {
  return t.ok('customers.create', { name, salesperson: opts.salesperson ?? null, paymentDays: opts.paymentDays ?? 0 });
}

/** A receipt of `amount` fen, nothing allocated yet; `cancelled` marks it cancelled. */
export async function receipt(
  t: TestCore,
  opts: { customerId: number; date: string; amount: number; cancelled?: boolean },
): Promise<number> {
  serial += 1;
  const now = nowIso();
  const [row] = (await t.core.services
    .db()('receipts')
    .insert({
      number: `HK-T${String(serial).padStart(5, '0')}-${Date.now() % 100000}`,
      date: opts.date,
      customer_id: opts.customerId,
      payer_name: '付款单位',
      amount_fen: opts.amount,
      method: 'transfer',
      unapplied_fen: opts.amount,
      cancelled_at: opts.cancelled ? now : null,
      cancel_reason: opts.cancelled ? '重复登记' : null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  return row!.id;
}

/** A receipt allocated (核销) to an invoice for `amount`, the invoice's open amount and settlement kept. */
export async function paid(t: TestCore, invoiceId: number, amount: number, date: string): Promise<void> {
  const db = t.core.services.db();
  const invoice = (await db('invoices').where({ id: invoiceId }).first()) as {
    customer_id: number;
    open_fen: number;
  };
  const receiptId = await receipt(t, { customerId: invoice.customer_id, date, amount });
  await db('allocations').insert({
    receipt_id: receiptId,
    invoice_id: invoiceId,
    amount_fen: amount,
    date,
    created_at: nowIso(),
  });
  await db('receipts').where({ id: receiptId }).update({ unapplied_fen: 0 });
  const open = invoice.open_fen - amount;
  await db('invoices')
    .where({ id: invoiceId })
    .update({ open_fen: open, settled_on: open === 0 ? date : null });
}

/** A red-letter invoice of `gross` fen (positive figure, stored negative) against the original, offsetting its open amount. */
export async function redLetter(t: TestCore, originalId: number, issueDate: string, gross: number): Promise<number> {
  const db = t.core.services.db();
  const original = (await db('invoices').where({ id: originalId }).first()) as {
    customer_id: number;
    open_fen: number;
  };
  const red = await registeredInvoice(t, { customerId: original.customer_id, issueDate, gross: -gross });
  await db('invoices')
    .where({ id: red.id })
    .update({ red_of_id: originalId, red_reason: 'allowance', open_fen: 0, settled_on: issueDate });
  const open = original.open_fen - gross;
  await db('invoices')
    .where({ id: originalId })
    .update({ open_fen: open, settled_on: open === 0 ? issueDate : null });
  return red.id;
}

/** A user of the role, logged in: their session id. */
export async function loggedIn(t: TestCore, username: string, displayName: string, role: 'sales' | 'manager') {
  await t.ok('users.create', { username, displayName, role });
  return (await t.ok('auth.login', { username })).sessionId;
}
