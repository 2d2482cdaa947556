import type { Knex } from 'knex';
import { formatFen } from '../../../shared/money';
import type { OpenSupplierInvoice } from '../../../shared/purchasing/payables/contract';
import { int, nowIso } from '../../db/rows';
import { AppError } from '../../rpc/errors';
import { shownInvoiceNumber } from './invoice-store';

/**
 * The one owner of the payables arithmetic: supplier_invoices.open_fen (gross less the allocations of its payments),
 * settled_on (the latest paying payment's date once open reaches 0) and supplier_payments.unapplied_fen (amount less
 * its allocations). A cancelled payment's allocations are deleted in the same transaction, so every allocation row is
 * live. Everything runs inside the caller's transaction.
 */

type Db = Knex | Knex.Transaction;

export interface PaymentMoney {
  id: number;
  number: string;
  supplier_id: number;
  pay_date: string;
  unapplied_fen: number | string;
  status: string;
}

/** Moves an invoice's open amount by `delta` fen (negative: less owed) and keeps its settled_on. */
async function adjustOpen(trx: Knex.Transaction, invoiceId: number, delta: number): Promise<void> {
  await trx('supplier_invoices')
    .where({ id: invoiceId })
    .update({ open_fen: trx.raw('open_fen + ?', [delta]), updated_at: nowIso() });
  const row = (await trx('supplier_invoices').where({ id: invoiceId }).first('open_fen')) as {
    open_fen: number | string;
  };
  let settledOn: string | null = null;
  if (int(row.open_fen) === 0) {
    const last = (await trx('supplier_payment_allocations')
      .join('supplier_payments', 'supplier_payments.id', 'supplier_payment_allocations.payment_id')
      .where('supplier_payment_allocations.invoice_id', invoiceId)
      .max({ d: 'supplier_payments.pay_date' })
      .first()) as { d: string | null } | undefined;
    settledOn = last?.d ?? null;
  }
  await trx('supplier_invoices').where({ id: invoiceId }).update({ settled_on: settledOn });
}

async function moveUnapplied(trx: Knex.Transaction, paymentId: number, delta: number): Promise<void> {
  await trx('supplier_payments')
    .where({ id: paymentId })
    .update({
      unapplied_fen: trx.raw('unapplied_fen + ?', [delta]),
      lock_version: trx.raw('lock_version + 1'),
      updated_at: nowIso(),
    });
}

/** The supplier's invoices with money open, in the order FIFO pays them: due date, invoice date, id. */
export async function openSupplierInvoices(db: Db, supplierId: number): Promise<OpenSupplierInvoice[]> {
  const rows = (await db('supplier_invoices')
    .where({ supplier_id: supplierId })
    .where('open_fen', '>', 0)
    .orderBy([
      { column: 'due_date', order: 'asc' },
      { column: 'issue_date', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .select('id', 'code', 'number', 'issue_date', 'due_date', 'gross_fen', 'open_fen')) as {
    id: number;
    code: string;
    number: string;
    issue_date: string;
    due_date: string;
    gross_fen: number | string;
    open_fen: number | string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    invoiceCode: r.code,
    invoiceNumber: r.number,
    invoiceDate: r.issue_date,
    dueOn: r.due_date,
    gross: int(r.gross_fen),
    open: int(r.open_fen),
  }));
}

/** FIFO: whole invoices, the earliest due first, while the money lasts; the last one takes what is left. */
export function fifoItems(open: OpenSupplierInvoice[], amount: number): { invoiceId: number; amount: number }[] {
  const items: { invoiceId: number; amount: number }[] = [];
  let rest = amount;
  for (const inv of open) {
    if (rest <= 0) break;
    const take = Math.min(rest, inv.open);
    items.push({ invoiceId: inv.id, amount: take });
    rest -= take;
  }
  return items;
}

export interface AllocatedItem {
  invoiceId: number;
  invoiceNumber: string;
  amount: number;
}

/**
 * Sets parts of the payment against the supplier's open invoices: each at most the invoice's open amount, all of them
 * at most the payment's unapplied money, every invoice once. Problems stand beside `<path>.<i>.<field>`; a refusal
 * throws before anything is written.
 */
export async function allocatePayment(
  trx: Knex.Transaction,
  payment: PaymentMoney,
  items: { invoiceId: number; amount: number }[],
  path: string,
): Promise<AllocatedItem[]> {
  if (payment.status !== 'posted')
    throw new AppError('CONFLICT', 'payablesMsg.errors.paymentCancelled', { number: payment.number });
  const invoices = (await trx('supplier_invoices')
    .whereIn(
      'id',
      items.map((i) => i.invoiceId),
    )
    .select('id', 'supplier_id', 'code', 'number', 'open_fen')) as {
    id: number;
    supplier_id: number;
    code: string;
    number: string;
    open_fen: number | string;
  }[];
  const refuse = (i: number, field: 'invoiceId' | 'amount', key: string, vars: Record<string, string> = {}) =>
    new AppError('VALIDATION', `payablesMsg.errors.${key}`, vars, [
      { path: `${path}.${i}.${field}`, message: `payablesMsg.errors.${key}Short` },
    ]);
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (seen.has(item.invoiceId)) throw refuse(i, 'invoiceId', 'duplicateInvoice');
    seen.add(item.invoiceId);
    const inv = invoices.find((x) => x.id === item.invoiceId);
    if (!inv || inv.supplier_id !== payment.supplier_id) throw refuse(i, 'invoiceId', 'notSuppliersInvoice');
    const open = int(inv.open_fen);
    const number = shownInvoiceNumber(inv.code, inv.number);
    if (open <= 0) throw refuse(i, 'invoiceId', 'invoiceNotOpen', { number });
    if (item.amount > open) throw refuse(i, 'amount', 'overOpen', { number, open: formatFen(open) });
  });
  const sum = items.reduce((s, i) => s + i.amount, 0);
  const unapplied = int(payment.unapplied_fen);
  if (sum > unapplied)
    throw new AppError(
      'VALIDATION',
      'payablesMsg.errors.overUnapplied',
      { sum: formatFen(sum), unapplied: formatFen(unapplied) },
      [{ path, message: 'payablesMsg.errors.overUnappliedShort' }],
    );

  const at = nowIso();
  const done: AllocatedItem[] = [];
  for (const item of items) {
    const inv = invoices.find((x) => x.id === item.invoiceId)!;
    await trx('supplier_payment_allocations').insert({
      payment_id: payment.id,
      invoice_id: inv.id,
      amount_fen: item.amount,
      created_at: at,
    });
    await adjustOpen(trx, inv.id, -item.amount);
    done.push({ invoiceId: inv.id, invoiceNumber: shownInvoiceNumber(inv.code, inv.number), amount: item.amount });
  }
  if (sum) await moveUnapplied(trx, payment.id, -sum);
  return done;
}

/** Takes every allocation of the payment back: its invoices open again by their amounts, the rows gone. */
export async function undoPaymentAllocations(trx: Knex.Transaction, paymentId: number): Promise<AllocatedItem[]> {
  const rows = (await trx('supplier_payment_allocations')
    .join('supplier_invoices', 'supplier_invoices.id', 'supplier_payment_allocations.invoice_id')
    .where('supplier_payment_allocations.payment_id', paymentId)
    .orderBy('supplier_payment_allocations.id')
    .select(
      'supplier_payment_allocations.id',
      'supplier_payment_allocations.invoice_id',
      'supplier_payment_allocations.amount_fen',
      'supplier_invoices.code',
      'supplier_invoices.number',
    )) as { id: number; invoice_id: number; amount_fen: number | string; code: string; number: string }[];
  await trx('supplier_payment_allocations').where({ payment_id: paymentId }).delete();
  const undone: AllocatedItem[] = [];
  for (const r of rows) {
    const amount = int(r.amount_fen);
    await adjustOpen(trx, r.invoice_id, amount);
    undone.push({ invoiceId: r.invoice_id, invoiceNumber: shownInvoiceNumber(r.code, r.number), amount });
  }
  const total = undone.reduce((s, u) => s + u.amount, 0);
  if (total) await moveUnapplied(trx, paymentId, total);
  return undone;
}
