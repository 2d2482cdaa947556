import type { Knex } from 'knex';
import { amountInWords } from '../../shared/money';
import type { Statement, StatementLine } from '../../shared/receivables/ageing-contract';
import { today } from '../dates';
import { int } from '../db/rows';
import { AppError, notFound } from '../rpc/errors';
import { readCompany } from '../settings/company';

type Db = Knex | Knex.Transaction;

/** A period must run forwards; the message lands beside the end date. */
export function checkPeriod(from: string, to: string): void {
  if (from > to)
    throw new AppError('VALIDATION', 'ageingMsg.errors.periodBackwards', {}, [
      { path: 'to', message: 'ageingMsg.errors.periodBackwards' },
    ]);
}

async function sumOf(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.first()) as { s: number | string | null } | undefined;
  return int(row?.s ?? 0);
}

/**
 * 对账单: what the customer owed before the period (invoices incl. red-letters less receipts, cancelled ones aside),
 * then every invoice, red-letter and receipt of the period in date order with the running balance, and the closing
 * balance in figures and 大写. Delivery and return notes are not lines: they change no balance until invoiced.
 */
export async function buildStatement(
  db: Db,
  input: { customerId: number; from: string; to: string },
): Promise<Statement> {
  const { customerId, from, to } = input;
  checkPeriod(from, to);
  const customer = (await db('customers')
    .where({ id: customerId })
    .first('id', 'code', 'name', 'tax_id', 'invoice_address_phone', 'primary_phone')) as
    | {
        id: number;
        code: string;
        name: string;
        tax_id: string | null;
        invoice_address_phone: string | null;
        primary_phone: string | null;
      }
    | undefined;
  if (!customer) throw notFound('customer', customerId);
  const address = (await db('customer_addresses')
    .where({ customer_id: customerId })
    .orderBy([{ column: 'is_default', order: 'desc' }, 'position'])
    .first('address')) as { address: string } | undefined;
  const company = await readCompany(db);

  const invoicedBefore = await sumOf(
    db('invoices').where({ customer_id: customerId }).where('issue_date', '<', from).sum({ s: 'gross_fen' }),
  );
  const paidBefore = await sumOf(
    db('receipts')
      .where({ customer_id: customerId })
      .where('date', '<', from)
      .whereNull('cancelled_at')
      .sum({ s: 'amount_fen' }),
  );
  const opening = invoicedBefore - paidBefore;

  const invoices = (await db('invoices')
    .where({ customer_id: customerId })
    .whereBetween('issue_date', [from, to])
    .select('id', 'issue_date as date', 'number', 'gross_fen', 'red_of_id')) as {
    id: number;
    date: string;
    number: string;
    gross_fen: number | string;
    red_of_id: number | null;
  }[];
  const receipts = (await db('receipts')
    .where({ customer_id: customerId })
    .whereBetween('date', [from, to])
    .whereNull('cancelled_at')
    .select('id', 'date', 'number', 'amount_fen', 'method')) as {
    id: number;
    date: string;
    number: string;
    amount_fen: number | string;
    method: string;
  }[];
  type Entry = Omit<StatementLine, 'balance'> & { order: number; id: number };
  const entries: Entry[] = [
    ...invoices.map((i) => {
      const gross = int(i.gross_fen);
      return {
        date: i.date,
        type: (i.red_of_id != null || gross < 0 ? 'red' : 'invoice') as StatementLine['type'],
        method: null,
        number: i.number,
        increase: gross,
        paid: 0,
        order: 0,
        id: i.id,
      };
    }),
    ...receipts.map((r) => ({
      date: r.date,
      type: 'receipt' as const,
      method: r.method === 'bank_bill' || r.method === 'commercial_bill' ? r.method : null,
      number: r.number,
      increase: 0,
      paid: int(r.amount_fen),
      order: 1,
      id: r.id,
    })),
  ];
  // Same day: what was invoiced before what was paid, each in the order it was entered.
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order || a.id - b.id));
  let balance = opening;
  const lines: StatementLine[] = entries.map(({ order: _order, id: _id, ...e }) => {
    balance += e.increase - e.paid;
    return { ...e, balance };
  });
  const totalIncrease = lines.reduce((s, l) => s + l.increase, 0);
  const totalPaid = lines.reduce((s, l) => s + l.paid, 0);
  const closing = opening + totalIncrease - totalPaid;
  return {
    company: {
      name: company.name ?? '',
      taxId: company.taxId,
      address: company.address,
      phone: company.phone,
      bankName: company.bankName,
      bankAccount: company.bankAccount,
    },
    customer: {
      id: customer.id,
      code: customer.code,
      name: customer.name,
      taxId: customer.tax_id,
      address: address?.address ?? customer.invoice_address_phone,
      phone: customer.primary_phone,
    },
    from,
    to,
    printedOn: today(),
    opening,
    lines,
    totalIncrease,
    totalPaid,
    closing,
    closingInWords: amountInWords(closing),
  };
}
