import type { Knex } from 'knex';
import type { PayablesStatement, PaymentMethod } from '../../../shared/purchasing/payables/contract';
import { int } from '../../db/rows';
import { AppError, notFound } from '../../rpc/errors';
import { shownInvoiceNumber } from './invoice-store';

type Db = Knex | Knex.Transaction;

async function sumOf(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.first()) as { s: number | string | null } | undefined;
  return int(row?.s ?? 0);
}

type Line = PayablesStatement['lines'][number];

/**
 * The supplier's account for a period, from our side: what we owed before it (invoices less live payments), then
 * every invoice (owed more) and payment (owed less) of the period in date order with the running balance, and what
 * we owe at its end. A cancelled payment counts nowhere.
 */
export async function buildPayablesStatement(
  db: Db,
  input: { supplierId: number; from: string; to: string },
): Promise<PayablesStatement> {
  const { supplierId, from, to } = input;
  if (from > to)
    throw new AppError('VALIDATION', 'payablesMsg.errors.periodBackwards', {}, [
      { path: 'to', message: 'payablesMsg.errors.periodBackwards' },
    ]);
  const supplier = (await db('suppliers').where({ id: supplierId }).first('id', 'name')) as
    { id: number; name: string } | undefined;
  if (!supplier) throw notFound('supplier', supplierId);
  const invoicedBefore = await sumOf(
    db('supplier_invoices').where({ supplier_id: supplierId }).where('issue_date', '<', from).sum({ s: 'gross_fen' }),
  );
  const paidBefore = await sumOf(
    db('supplier_payments')
      .where({ supplier_id: supplierId, status: 'posted' })
      .where('pay_date', '<', from)
      .sum({ s: 'amount_fen' }),
  );
  const opening = invoicedBefore - paidBefore;

  const invoices = (await db('supplier_invoices')
    .where({ supplier_id: supplierId })
    .whereBetween('issue_date', [from, to])
    .select('id', 'issue_date', 'code', 'number', 'gross_fen')) as {
    id: number;
    issue_date: string;
    code: string;
    number: string;
    gross_fen: number | string;
  }[];
  const payments = (await db('supplier_payments')
    .where({ supplier_id: supplierId, status: 'posted' })
    .whereBetween('pay_date', [from, to])
    .select('id', 'pay_date', 'number', 'amount_fen', 'method')) as {
    id: number;
    pay_date: string;
    number: string;
    amount_fen: number | string;
    method: PaymentMethod;
  }[];
  type Entry = Omit<Line, 'balance'> & { order: number; id: number };
  const entries: Entry[] = [
    ...invoices.map((i) => ({
      date: i.issue_date,
      type: 'invoice' as const,
      number: shownInvoiceNumber(i.code, i.number),
      payMethod: null,
      increase: int(i.gross_fen),
      paid: 0,
      order: 0,
      id: i.id,
    })),
    ...payments.map((p) => ({
      date: p.pay_date,
      type: 'payment' as const,
      number: p.number,
      payMethod: p.method,
      increase: 0,
      paid: int(p.amount_fen),
      order: 1,
      id: p.id,
    })),
  ];
  // Same day: what was invoiced before what was paid, each in the order it was entered.
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order || a.id - b.id));
  let balance = opening;
  const lines: Line[] = entries.map(({ order: _order, id: _id, ...e }) => {
    balance += e.increase - e.paid;
    return { ...e, balance };
  });
  const totalIncrease = lines.reduce((s, l) => s + l.increase, 0);
  const totalPaid = lines.reduce((s, l) => s + l.paid, 0);
  return {
    supplierId,
    supplierName: supplier.name,
    from,
    to,
    opening,
    lines,
    totalIncrease,
    totalPaid,
    closing: opening + totalIncrease - totalPaid,
  };
}
