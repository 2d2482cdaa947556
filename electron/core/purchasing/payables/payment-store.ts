import type { Knex } from 'knex';
import type {
  PaymentMethod,
  SupplierPaymentDetail,
  SupplierPaymentRow,
} from '../../../shared/purchasing/payables/contract';
import { int } from '../../db/rows';
import { notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface SupplierPaymentDbRow {
  id: number;
  number: string;
  supplier_id: number;
  supplier_name: string;
  pay_date: string;
  amount_fen: number | string;
  method: PaymentMethod;
  reference: string | null;
  bill_id: number | null;
  bill_no: string | null;
  unapplied_fen: number | string;
  status: 'posted' | 'cancelled';
  cancel_reason: string | null;
  notes: string | null;
  created_by_name: string | null;
  lock_version: number;
  created_at: string;
  updated_at: string;
}

/** The payment with its supplier's name, its bill's number and its author. */
export function supplierPaymentQuery(db: Db): Knex.QueryBuilder {
  return db('supplier_payments')
    .join('suppliers', 'suppliers.id', 'supplier_payments.supplier_id')
    .leftJoin('acceptance_bills', 'acceptance_bills.id', 'supplier_payments.bill_id')
    .leftJoin('users', 'users.id', 'supplier_payments.created_by')
    .select(
      'supplier_payments.*',
      'suppliers.name as supplier_name',
      'acceptance_bills.bill_no as bill_no',
      'users.display_name as created_by_name',
    );
}

export function toSupplierPaymentRow(r: SupplierPaymentDbRow): SupplierPaymentRow {
  return {
    id: r.id,
    number: r.number,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    payDate: r.pay_date,
    amount: int(r.amount_fen),
    payMethod: r.method,
    reference: r.reference,
    billId: r.bill_id,
    billNo: r.bill_no,
    unapplied: int(r.unapplied_fen),
    status: r.status,
    updatedAt: r.updated_at,
  };
}

export async function getSupplierPayment(db: Db, id: number): Promise<SupplierPaymentDetail> {
  const r = (await supplierPaymentQuery(db).where('supplier_payments.id', id).first()) as
    SupplierPaymentDbRow | undefined;
  if (!r) throw notFound('supplierPayment', id);
  const allocations = (await db('supplier_payment_allocations')
    .join('supplier_invoices', 'supplier_invoices.id', 'supplier_payment_allocations.invoice_id')
    .where('supplier_payment_allocations.payment_id', id)
    .orderBy('supplier_payment_allocations.id')
    .select(
      'supplier_payment_allocations.id',
      'supplier_payment_allocations.invoice_id',
      'supplier_payment_allocations.amount_fen',
      'supplier_invoices.code',
      'supplier_invoices.number',
      'supplier_invoices.issue_date',
      'supplier_invoices.due_date',
    )) as {
    id: number;
    invoice_id: number;
    amount_fen: number | string;
    code: string;
    number: string;
    issue_date: string;
    due_date: string;
  }[];
  const items = allocations.map((a) => ({
    id: a.id,
    invoiceId: a.invoice_id,
    invoiceCode: a.code,
    invoiceNumber: a.number,
    invoiceDate: a.issue_date,
    dueOn: a.due_date,
    amount: int(a.amount_fen),
  }));
  return {
    ...toSupplierPaymentRow(r),
    notes: r.notes,
    cancelReason: r.cancel_reason,
    allocated: items.reduce((s, a) => s + a.amount, 0),
    allocations: items,
    createdBy: r.created_by_name,
    lockVersion: r.lock_version,
    createdAt: r.created_at,
  };
}
