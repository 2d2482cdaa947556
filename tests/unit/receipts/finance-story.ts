import type { In } from '../../../electron/shared/contracts';
import { registeredInvoice } from '../support/finance';
import type { TestCore } from '../support/test-core';

/** A customer on 30 days' terms. */
export async function customer(t: TestCore, name = '苏州工业园区清源华衍水务有限公司') {
  return t.ok('customers.create', { name, paymentDays: 30 });
}

/** A bank transfer from the customer, allocated to nothing yet unless told. */
export function transfer(
  t: TestCore,
  customerId: number,
  date: string,
  amount: number,
  more: Partial<In<'receipts.create'>> = {},
) {
  return t.ok('receipts.create', { date, customerId, amount, method: 'transfer', ...more });
}

/** An invoice's open amount and the date it was settled on, as stored. */
export async function invoiceState(t: TestCore, id: number): Promise<{ open: number; settledOn: string | null }> {
  const row = (await t.core.services.db()('invoices').where({ id }).first('open_fen', 'settled_on')) as {
    open_fen: number | string;
    settled_on: string | null;
  };
  return { open: Number(row.open_fen), settledOn: row.settled_on };
}

export { registeredInvoice };
