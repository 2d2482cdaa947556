import type { Knex } from 'knex';
import type { InvoiceType } from '../../../shared/invoices/contract';
import type {
  PaymentMethod,
  SupplierInvoiceDetail,
  SupplierInvoiceRow,
} from '../../../shared/purchasing/payables/contract';
import { int } from '../../db/rows';
import { notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface SupplierInvoiceDbRow {
  id: number;
  supplier_id: number;
  supplier_name: string;
  type: InvoiceType;
  code: string;
  number: string;
  issue_date: string;
  due_date: string;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  open_fen: number | string;
  settled_on: string | null;
  attachment_id: number | null;
  notes: string | null;
  created_by_name: string | null;
  lock_version: number;
  created_at: string;
  updated_at: string;
}

/** The invoice with its supplier's name and its author: the list's and the detail's read. */
export function supplierInvoiceQuery(db: Db): Knex.QueryBuilder {
  return db('supplier_invoices')
    .join('suppliers', 'suppliers.id', 'supplier_invoices.supplier_id')
    .leftJoin('users', 'users.id', 'supplier_invoices.created_by')
    .select('supplier_invoices.*', 'suppliers.name as supplier_name', 'users.display_name as created_by_name');
}

/** The purchase orders each invoice bills, by number, in the order they were linked. */
export async function poNumbersOf(db: Db, invoiceIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (!invoiceIds.length) return out;
  const rows = (await db('supplier_invoice_orders')
    .join('purchase_orders', 'purchase_orders.id', 'supplier_invoice_orders.po_id')
    .whereIn('supplier_invoice_orders.invoice_id', invoiceIds)
    .orderBy('supplier_invoice_orders.id')
    .select('supplier_invoice_orders.invoice_id', 'purchase_orders.number')) as {
    invoice_id: number;
    number: string;
  }[];
  for (const r of rows) out.set(r.invoice_id, [...(out.get(r.invoice_id) ?? []), r.number]);
  return out;
}

export function toSupplierInvoiceRow(r: SupplierInvoiceDbRow, poNumbers: string[]): SupplierInvoiceRow {
  return {
    id: r.id,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    type: r.type,
    invoiceCode: r.code,
    invoiceNumber: r.number,
    invoiceDate: r.issue_date,
    dueOn: r.due_date,
    net: int(r.net_fen),
    tax: int(r.tax_fen),
    gross: int(r.gross_fen),
    open: int(r.open_fen),
    settledOn: r.settled_on,
    poNumbers,
    updatedAt: r.updated_at,
  };
}

/** How a supplier invoice's number reads in messages: the code before it on paper invoices. */
export const shownInvoiceNumber = (code: string, number: string) => (code ? `${code}-${number}` : number);

export async function getSupplierInvoice(db: Db, id: number): Promise<SupplierInvoiceDetail> {
  const r = (await supplierInvoiceQuery(db).where('supplier_invoices.id', id).first()) as
    SupplierInvoiceDbRow | undefined;
  if (!r) throw notFound('supplierInvoice', id);
  const orders = (await db('supplier_invoice_orders')
    .join('purchase_orders', 'purchase_orders.id', 'supplier_invoice_orders.po_id')
    .where('supplier_invoice_orders.invoice_id', id)
    .orderBy('supplier_invoice_orders.id')
    .select(
      'supplier_invoice_orders.po_id',
      'purchase_orders.number',
      'purchase_orders.order_date',
      'supplier_invoice_orders.amount_fen',
    )) as { po_id: number; number: string; order_date: string; amount_fen: number | string }[];
  const allocations = (await db('supplier_payment_allocations')
    .join('supplier_payments', 'supplier_payments.id', 'supplier_payment_allocations.payment_id')
    .where('supplier_payment_allocations.invoice_id', id)
    .orderBy('supplier_payment_allocations.id')
    .select(
      'supplier_payment_allocations.id',
      'supplier_payment_allocations.payment_id',
      'supplier_payments.number',
      'supplier_payments.pay_date',
      'supplier_payments.method',
      'supplier_payment_allocations.amount_fen',
    )) as {
    id: number;
    payment_id: number;
    number: string;
    pay_date: string;
    method: PaymentMethod;
    amount_fen: number | string;
  }[];
  const file = r.attachment_id
    ? ((await db('attachments').where({ id: r.attachment_id }).first('id', 'filename', 'mime')) as
        { id: number; filename: string; mime: string } | undefined)
    : undefined;
  return {
    ...toSupplierInvoiceRow(
      r,
      orders.map((o) => o.number),
    ),
    attachmentId: r.attachment_id,
    file: file ? { attachmentId: file.id, filename: file.filename, mime: file.mime } : null,
    notes: r.notes,
    orders: orders.map((o) => ({
      poId: o.po_id,
      poNumber: o.number,
      orderDate: o.order_date,
      amount: int(o.amount_fen),
    })),
    allocations: allocations.map((a) => ({
      id: a.id,
      paymentId: a.payment_id,
      paymentNumber: a.number,
      payDate: a.pay_date,
      payMethod: a.method,
      amount: int(a.amount_fen),
    })),
    createdBy: r.created_by_name,
    lockVersion: r.lock_version,
    createdAt: r.created_at,
  };
}
