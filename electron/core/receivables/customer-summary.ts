import type { Knex } from 'knex';
import type { CustomerSummary } from '../../shared/receivables/customer-summary';
import { int } from '../db/rows';
import { notFound } from '../rpc/errors';
import { creditStandingOf } from './credit-standing';

/** A customer's receivables at a glance: balance, open items, unapplied credit, terms, overdue, exposure. */
export async function customerSummaryOf(db: Knex | Knex.Transaction, customerId: number): Promise<CustomerSummary> {
  const customer = (await db('customers').where({ id: customerId }).first('payment_terms')) as
    { payment_terms: string | null } | undefined;
  if (!customer) throw notFound('customer', customerId);
  const standing = await creditStandingOf(db, customerId, 0);
  const open = (await db('invoices')
    .where({ customer_id: customerId })
    .whereNot('open_fen', 0)
    .count({ n: '*' })
    .first()) as { n: number | string };
  const last = (await db('receipts')
    .where({ customer_id: customerId })
    .whereNull('cancelled_at')
    .max({ d: 'date' })
    .first()) as { d: string | null } | undefined;
  return {
    customerId,
    balance: standing.openInvoices - standing.unapplied,
    openItems: { count: int(open.n), amount: standing.openInvoices },
    unapplied: standing.unapplied,
    creditLimit: standing.creditLimit,
    paymentDays: standing.paymentDays,
    paymentTerms: customer.payment_terms,
    overdue: standing.overdue,
    standing,
    lastReceiptDate: last?.d ?? null,
  };
}
