import type { Knex } from 'knex';
import type {
  InvoiceDetail,
  InvoiceRow,
  InvoiceType,
  RED_REASONS,
  DELIVERY_STATES,
} from '../../shared/invoices/contract';
import type { TaxRate } from '../../shared/money';
import { int, nowIso } from '../db/rows';
import { notFound } from '../rpc/errors';
import { sendingsOf } from './sending-store';

type Db = Knex | Knex.Transaction;
type RedReason = (typeof RED_REASONS)[number];

export interface InvoiceDbRow {
  id: number;
  type: InvoiceType;
  code: string;
  number: string;
  issue_date: string;
  customer_id: number;
  customer_name: string;
  buyer_name: string;
  buyer_tax_id: string | null;
  issuer: string | null;
  remarks: string | null;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  open_fen: number | string;
  settled_on: string | null;
  due_date: string;
  delivery_date: string;
  red_of_id: number | null;
  red_reason: RedReason | null;
  over_reason: string | null;
  delivery_state: (typeof DELIVERY_STATES)[number];
  sent_on: string | null;
  acknowledged_on: string | null;
  attachment_id: number | null;
  import_ref: string | null;
  lock_version: number;
  created_at: string;
}

/** The invoices with their customer's name: the list's rows and the detail's header. */
export const invoiceQuery = (db: Db) =>
  db('invoices')
    .join('customers', 'customers.id', 'invoices.customer_id')
    .select('invoices.*', 'customers.name as customer_name');

export function toInvoiceRow(r: InvoiceDbRow): InvoiceRow {
  return {
    id: r.id,
    type: r.type,
    code: r.code,
    number: r.number,
    issueDate: r.issue_date,
    customerId: r.customer_id,
    customerName: r.customer_name,
    buyerName: r.buyer_name,
    gross: int(r.gross_fen),
    open: int(r.open_fen),
    dueDate: r.due_date,
    settledOn: r.settled_on,
    deliveryState: r.delivery_state,
    redOfId: r.red_of_id,
    redReason: r.red_reason,
  };
}

export interface InvoiceLineDbRow {
  id: number;
  position: number;
  order_line_id: number | null;
  tax_class: string | null;
  name: string;
  spec: string | null;
  unit: string | null;
  quantity: string | null;
  unit_price: string | null;
  tax_rate: string;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
}

export async function getInvoice(db: Db, id: number): Promise<InvoiceDetail> {
  const r = (await invoiceQuery(db).where('invoices.id', id).first()) as InvoiceDbRow | undefined;
  if (!r) throw notFound('invoice', id);
  const lines = (await db('invoice_lines').where({ invoice_id: id }).orderBy('position')) as InvoiceLineDbRow[];
  const notes = (await db('invoice_links')
    .join('delivery_notes', 'delivery_notes.id', 'invoice_links.note_id')
    .where('invoice_links.invoice_id', id)
    .orderBy('delivery_notes.number')
    .select('delivery_notes.id', 'delivery_notes.number')) as { id: number; number: string }[];
  const orders = (await db('invoice_links')
    .join('sales_orders', 'sales_orders.id', 'invoice_links.order_id')
    .where('invoice_links.invoice_id', id)
    .orderBy('sales_orders.number')
    .select('sales_orders.id', 'sales_orders.number')) as { id: number; number: string }[];
  const reds = (await db('invoices')
    .where({ red_of_id: id })
    .orderBy(['issue_date', 'id'])
    .select('id', 'number', 'issue_date', 'gross_fen', 'red_reason')) as {
    id: number;
    number: string;
    issue_date: string;
    gross_fen: number | string;
    red_reason: RedReason;
  }[];
  const original = r.red_of_id
    ? ((await db('invoices').where({ id: r.red_of_id }).first('id', 'number', 'code', 'gross_fen')) as {
        id: number;
        number: string;
        code: string;
        gross_fen: number | string;
      })
    : null;
  const sendings = await sendingsOf(db, id);
  const allocations = (await db('allocations')
    .join('receipts', 'receipts.id', 'allocations.receipt_id')
    .where('allocations.invoice_id', id)
    .whereNull('allocations.undone_at')
    .orderBy(['allocations.date', 'allocations.id'])
    .select(
      'allocations.id',
      'allocations.receipt_id',
      'receipts.number',
      'receipts.date as receipt_date',
      'allocations.date',
      'allocations.amount_fen',
    )) as {
    id: number;
    receipt_id: number;
    number: string;
    receipt_date: string;
    date: string;
    amount_fen: number | string;
  }[];
  const file = r.attachment_id
    ? ((await db('attachments').where({ id: r.attachment_id }).first('id', 'filename', 'mime')) as {
        id: number;
        filename: string;
        mime: string;
      })
    : null;
  const gross = int(r.gross_fen);
  return {
    ...toInvoiceRow(r),
    buyerTaxId: r.buyer_tax_id,
    issuer: r.issuer,
    remarks: r.remarks,
    net: int(r.net_fen),
    tax: int(r.tax_fen),
    deliveryDate: r.delivery_date,
    overReason: r.over_reason,
    sentOn: r.sent_on,
    acknowledgedOn: r.acknowledged_on,
    importRef: r.import_ref,
    attachmentId: r.attachment_id,
    file: file ? { attachmentId: file.id, filename: file.filename, mime: file.mime } : null,
    lockVersion: r.lock_version,
    createdAt: r.created_at,
    lines: lines.map((l) => ({
      id: l.id,
      position: l.position,
      orderLineId: l.order_line_id,
      taxClass: l.tax_class,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      taxRate: l.tax_rate as TaxRate,
      net: int(l.net_fen),
      tax: int(l.tax_fen),
      gross: int(l.gross_fen),
    })),
    notes,
    orders,
    reds: reds.map((x) => ({
      id: x.id,
      number: x.number,
      issueDate: x.issue_date,
      gross: int(x.gross_fen),
      reason: x.red_reason,
    })),
    original: original
      ? { id: original.id, number: original.number, code: original.code, gross: int(original.gross_fen) }
      : null,
    redRemaining: r.red_of_id ? 0 : gross + reds.reduce((s, x) => s + int(x.gross_fen), 0),
    sendings,
    allocations: allocations.map((a) => ({
      id: a.id,
      receiptId: a.receipt_id,
      receiptNumber: a.number,
      receiptDate: a.receipt_date,
      date: a.date,
      amount: int(a.amount_fen),
    })),
  };
}

export interface NewInvoiceLine {
  orderLineId: number | null;
  taxClass: string | null;
  name: string;
  spec: string | null;
  unit: string | null;
  quantity: string | null;
  unitPrice: string | null;
  taxRate: string;
  net: number;
  tax: number;
  gross: number;
}

export interface NewInvoice {
  type: InvoiceType;
  code: string;
  number: string;
  issueDate: string;
  customerId: number;
  buyerName: string;
  buyerTaxId: string | null;
  issuer: string | null;
  remarks: string | null;
  lines: NewInvoiceLine[];
  noteIds: number[];
  orderIds: number[];
  overReason: string | null;
  redOfId: number | null;
  redReason: RedReason | null;
  open: number;
  settledOn: string | null;
  dueDate: string;
  deliveryDate: string;
  importRef: string | null;
  createdBy: number | null;
}

/** Whether (code, number) is registered already. */
export async function isRegistered(db: Db, code: string, number: string): Promise<boolean> {
  return Boolean(await db('invoices').where({ code, number }).first('id'));
}

/** Writes an invoice, its lines and its links; totals are the sums of the lines. */
export async function insertInvoice(trx: Knex.Transaction, inv: NewInvoice): Promise<number> {
  const sum = (k: 'net' | 'tax' | 'gross') => inv.lines.reduce((s, l) => s + l[k], 0);
  const now = nowIso();
  const [row] = (await trx('invoices')
    .insert({
      type: inv.type,
      code: inv.code,
      number: inv.number,
      issue_date: inv.issueDate,
      customer_id: inv.customerId,
      buyer_name: inv.buyerName,
      buyer_tax_id: inv.buyerTaxId,
      issuer: inv.issuer,
      remarks: inv.remarks,
      net_fen: sum('net'),
      tax_fen: sum('tax'),
      gross_fen: sum('gross'),
      open_fen: inv.open,
      settled_on: inv.settledOn,
      due_date: inv.dueDate,
      delivery_date: inv.deliveryDate,
      red_of_id: inv.redOfId,
      red_reason: inv.redReason,
      over_reason: inv.overReason,
      delivery_state: 'unsent',
      import_ref: inv.importRef,
      lock_version: 1,
      created_by: inv.createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  const id = row!.id;
  await trx('invoice_lines').insert(
    inv.lines.map((l, i) => ({
      invoice_id: id,
      position: i + 1,
      order_line_id: l.orderLineId,
      tax_class: l.taxClass,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      quantity: l.quantity,
      unit_price: l.unitPrice,
      tax_rate: l.taxRate,
      net_fen: l.net,
      tax_fen: l.tax,
      gross_fen: l.gross,
    })),
  );
  const links = [
    ...inv.noteIds.map((note_id) => ({ invoice_id: id, note_id, order_id: null })),
    ...inv.orderIds.map((order_id) => ({ invoice_id: id, order_id, note_id: null })),
  ];
  if (links.length) await trx('invoice_links').insert(links);
  return id;
}
