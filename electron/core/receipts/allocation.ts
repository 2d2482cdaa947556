import type { Knex } from 'knex';
import type { OpenInvoice } from '../../shared/receipts/contract';
import { formatFen } from '../../shared/money';
import { today } from '../dates';
import { int, nowIso } from '../db/rows';
import { AppError, notFound } from '../rpc/errors';

/**
 * The one owner of the open/unapplied arithmetic: invoices.open_fen (gross less live allocations and
 * red-letter offsets), invoices.settled_on (the date open reached 0) and receipts.unapplied_fen (amount
 * less live allocations). Every change runs inside the caller's transaction.
 */

type Db = Knex | Knex.Transaction;

interface InvoiceDbRow {
  id: number;
  code: string;
  number: string;
  customer_id: number;
  issue_date: string;
  due_date: string;
  gross_fen: number | string;
  open_fen: number | string;
  red_of_id: number | null;
}

interface ReceiptMoney {
  id: number;
  number: string;
  date: string;
  customer_id: number;
  unapplied_fen: number | string;
  cancelled_at: string | null;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Moves an invoice's open amount by `delta` fen (negative: less owed) and keeps settled_on: `settledOn`
 * when open reaches 0, null while anything is open. For a red-letter offset the invoices capability calls
 * this with the red invoice's date.
 */
export async function adjustInvoiceOpen(
  trx: Knex.Transaction,
  invoiceId: number,
  delta: number,
  settledOn: string,
): Promise<number> {
  await trx('invoices')
    .where({ id: invoiceId })
    .update({ open_fen: trx.raw('open_fen + ?', [delta]), updated_at: nowIso() });
  const row = (await trx('invoices').where({ id: invoiceId }).first('open_fen')) as { open_fen: number | string };
  const open = int(row.open_fen);
  await trx('invoices')
    .where({ id: invoiceId })
    .update({ settled_on: open === 0 ? settledOn : null });
  return open;
}

/** The money still to allocate on a receipt: amount less live allocations. */
async function moveUnapplied(trx: Knex.Transaction, receiptId: number, delta: number): Promise<void> {
  await trx('receipts')
    .where({ id: receiptId })
    .update({
      unapplied_fen: trx.raw('unapplied_fen + ?', [delta]),
      lock_version: trx.raw('lock_version + 1'),
      updated_at: nowIso(),
    });
}

const itemError = (i: number, field: 'invoiceId' | 'amount', key: string, vars: Record<string, string> = {}) =>
  new AppError('VALIDATION', `receiptMsg.errors.${key}`, vars, [
    { path: `items.${i}.${field}`, message: `receiptMsg.errors.${key}Short` },
  ]);

export interface AllocatedItem {
  allocationId: number;
  invoiceId: number;
  invoiceNumber: string;
  amount: number;
  date: string;
}

/**
 * 核销: each item at most the invoice's open amount, all of them at most the receipt's unapplied money;
 * only the receipt customer's blue invoices with money open. Dated the later of the receipt's and the
 * invoice's date. Any refusal throws before or inside the caller's transaction: nothing is written.
 */
export async function allocate(
  trx: Knex.Transaction,
  receiptId: number,
  items: { invoiceId: number; amount: number }[],
  userId: number | null,
): Promise<AllocatedItem[]> {
  const receipt = (await trx('receipts').where({ id: receiptId }).first()) as ReceiptMoney | undefined;
  if (!receipt) throw notFound('receipt', receiptId);
  if (receipt.cancelled_at)
    throw new AppError('CONFLICT', 'receiptMsg.errors.receiptCancelled', { number: receipt.number });
  const invoices = (await trx('invoices').whereIn(
    'id',
    items.map((i) => i.invoiceId),
  )) as InvoiceDbRow[];
  const seen = new Set<number>();
  items.forEach((item, i) => {
    if (seen.has(item.invoiceId)) throw itemError(i, 'invoiceId', 'duplicateInvoice');
    seen.add(item.invoiceId);
    const inv = invoices.find((x) => x.id === item.invoiceId);
    if (!inv || inv.customer_id !== receipt.customer_id) throw itemError(i, 'invoiceId', 'notCustomersInvoice');
    const open = int(inv.open_fen);
    if (inv.red_of_id !== null || int(inv.gross_fen) <= 0 || open <= 0)
      throw itemError(i, 'invoiceId', 'invoiceNotOpen', { number: inv.number });
    if (item.amount > open) throw itemError(i, 'amount', 'overOpen', { number: inv.number, open: formatFen(open) });
  });
  const sum = items.reduce((s, i) => s + i.amount, 0);
  const unapplied = int(receipt.unapplied_fen);
  if (sum > unapplied)
    throw new AppError(
      'VALIDATION',
      'receiptMsg.errors.overUnapplied',
      { sum: formatFen(sum), unapplied: formatFen(unapplied), number: receipt.number },
      [{ path: 'items', message: 'receiptMsg.errors.overUnappliedShort' }],
    );

  const at = nowIso();
  const done: AllocatedItem[] = [];
  for (const item of items) {
    const inv = invoices.find((x) => x.id === item.invoiceId)!;
    const date = later(receipt.date, inv.issue_date);
    const [row] = (await trx('allocations')
      .insert({
        receipt_id: receiptId,
        invoice_id: inv.id,
        amount_fen: item.amount,
        date,
        created_by: userId,
        created_at: at,
      })
      .returning('id')) as { id: number }[];
    await adjustInvoiceOpen(trx, inv.id, -item.amount, await lastLiveAllocationDate(trx, inv.id, date));
    done.push({ allocationId: row!.id, invoiceId: inv.id, invoiceNumber: inv.number, amount: item.amount, date });
  }
  await moveUnapplied(trx, receiptId, -sum);
  return done;
}

/** An invoice paid by several receipts is settled on the latest of their dates. */
async function lastLiveAllocationDate(trx: Knex.Transaction, invoiceId: number, fallback: string): Promise<string> {
  const row = (await trx('allocations')
    .where({ invoice_id: invoiceId })
    .whereNull('undone_on')
    .max({ d: 'date' })
    .first()) as { d: string | null } | undefined;
  return row?.d ?? fallback;
}

export interface UndoneAllocation {
  allocationId: number;
  receiptId: number;
  invoiceId: number;
  invoiceNumber: string;
  amount: number;
  reason: string;
}

/** Takes an allocation back: the invoice is open again by its amount, the receipt has it unapplied again. */
export async function undoAllocation(
  trx: Knex.Transaction,
  allocationId: number,
  reason: string,
  userId: number | null,
): Promise<UndoneAllocation> {
  const a = (await trx('allocations')
    .join('invoices', 'invoices.id', 'allocations.invoice_id')
    .where('allocations.id', allocationId)
    .first('allocations.*', 'invoices.number as invoice_number')) as
    | {
        id: number;
        receipt_id: number;
        invoice_id: number;
        invoice_number: string;
        amount_fen: number | string;
        undone_on: string | null;
      }
    | undefined;
  if (!a) throw notFound('allocation', allocationId);
  if (a.undone_on)
    throw new AppError('CONFLICT', 'receiptMsg.errors.alreadyUndone', { number: a.invoice_number, date: a.undone_on });
  const amount = int(a.amount_fen);
  await trx('allocations')
    .where({ id: allocationId })
    .update({ undone_on: today(), undone_at: nowIso(), undone_by: userId, undo_reason: reason });
  await adjustInvoiceOpen(trx, a.invoice_id, amount, today());
  await moveUnapplied(trx, a.receipt_id, amount);
  return {
    allocationId,
    receiptId: a.receipt_id,
    invoiceId: a.invoice_id,
    invoiceNumber: a.invoice_number,
    amount,
    reason,
  };
}

/** The customer's blue invoices with money open, in the order FIFO allocates: due date, issue date, id. */
export async function openInvoicesOf(db: Db, customerId: number): Promise<OpenInvoice[]> {
  const rows = (await db('invoices')
    .where({ customer_id: customerId })
    .whereNull('red_of_id')
    .where('open_fen', '>', 0)
    .orderBy([
      { column: 'due_date', order: 'asc' },
      { column: 'issue_date', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .select('id', 'code', 'number', 'issue_date', 'due_date', 'gross_fen', 'open_fen')) as InvoiceDbRow[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    gross: int(r.gross_fen),
    open: int(r.open_fen),
  }));
}

/** FIFO: whole invoices, oldest first, while the money lasts; the last one takes what is left. */
export function fifo(
  open: OpenInvoice[],
  amount: number,
): { items: (OpenInvoice & { amount: number })[]; rest: number } {
  const items: (OpenInvoice & { amount: number })[] = [];
  let rest = amount;
  for (const inv of open) {
    if (rest <= 0) break;
    const take = Math.min(rest, inv.open);
    items.push({ ...inv, amount: take });
    rest -= take;
  }
  return { items, rest };
}
