import type { Knex } from 'knex';
import type { ReceiptDetail, ReceiptMethod, ReceiptRow } from '../../shared/receipts/contract';
import { int } from '../db/rows';
import { notFound } from '../rpc/errors';
import { billQuery, toBillRow, type BillDbRow } from './bill-store';

type Db = Knex | Knex.Transaction;

export interface ReceiptDbRow {
  id: number;
  number: string;
  date: string;
  customer_id: number;
  customer_name: string;
  payer_name: string;
  amount_fen: number | string;
  fee_fen: number | string;
  method: ReceiptMethod;
  bank_ref: string | null;
  unapplied_fen: number | string;
  bill_no: string | null;
  notes: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  created_by_name: string | null;
  lock_version: number;
  updated_at: string;
}

/** The receipt with its customer's name, its bill's number and its author. */
export function receiptQuery(db: Db): Knex.QueryBuilder {
  return db('receipts')
    .join('customers', 'customers.id', 'receipts.customer_id')
    .leftJoin('acceptance_bills', 'acceptance_bills.receipt_id', 'receipts.id')
    .leftJoin('users', 'users.id', 'receipts.created_by')
    .select(
      'receipts.*',
      'customers.name as customer_name',
      'acceptance_bills.bill_no as bill_no',
      'users.display_name as created_by_name',
    );
}

export function toReceiptRow(r: ReceiptDbRow): ReceiptRow {
  return {
    id: r.id,
    number: r.number,
    date: r.date,
    customerId: r.customer_id,
    customerName: r.customer_name,
    payerName: r.payer_name,
    amount: int(r.amount_fen),
    fee: int(r.fee_fen),
    method: r.method,
    bankRef: r.bank_ref,
    unapplied: int(r.unapplied_fen),
    billNo: r.bill_no,
    cancelled: r.cancelled_at !== null,
    updatedAt: r.updated_at,
  };
}

interface AllocationDbRow {
  id: number;
  invoice_id: number;
  invoice_number: string;
  invoice_issue_date: string;
  amount_fen: number | string;
  date: string;
  created_by_name: string | null;
  created_at: string;
  undone_on: string | null;
  undone_by_name: string | null;
  undo_reason: string | null;
}

export async function getReceipt(db: Db, id: number): Promise<ReceiptDetail> {
  const row = (await receiptQuery(db).where('receipts.id', id).first()) as ReceiptDbRow | undefined;
  if (!row) throw notFound('receipt', id);
  const allocations = (await db('allocations')
    .join('invoices', 'invoices.id', 'allocations.invoice_id')
    .leftJoin('users as maker', 'maker.id', 'allocations.created_by')
    .leftJoin('users as undoer', 'undoer.id', 'allocations.undone_by')
    .where('allocations.receipt_id', id)
    .orderBy('allocations.id')
    .select(
      'allocations.*',
      'invoices.number as invoice_number',
      'invoices.issue_date as invoice_issue_date',
      'maker.display_name as created_by_name',
      'undoer.display_name as undone_by_name',
    )) as AllocationDbRow[];
  const bill = (await billQuery(db).where('acceptance_bills.receipt_id', id).first()) as BillDbRow | undefined;
  const allocated = allocations.filter((a) => a.undone_on === null).reduce((s, a) => s + int(a.amount_fen), 0);
  return {
    ...toReceiptRow(row),
    notes: row.notes,
    allocated,
    cancelReason: row.cancel_reason,
    cancelledAt: row.cancelled_at,
    createdBy: row.created_by_name,
    lockVersion: row.lock_version,
    allocations: allocations.map((a) => ({
      id: a.id,
      invoiceId: a.invoice_id,
      invoiceNumber: a.invoice_number,
      invoiceIssueDate: a.invoice_issue_date,
      amount: int(a.amount_fen),
      date: a.date,
      createdBy: a.created_by_name,
      createdAt: a.created_at,
      undoneOn: a.undone_on,
      undoneBy: a.undone_by_name,
      undoReason: a.undo_reason,
    })),
    bill: bill ? toBillRow(bill) : null,
  };
}
