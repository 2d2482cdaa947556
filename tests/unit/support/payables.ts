import { addDays } from '../../../electron/core/dates';
import type { In, Out } from '../../../electron/shared/contracts';
import { taxFromGross } from '../../../electron/shared/money';
import type { TestCore } from './test-core';

/**
 * The payables half of a purchasing story. Purchase orders are written straight into purchase_orders (the orders
 * module is built beside this one on the same schema); invoices, payments and bills go through the real services.
 */

let serial = 0;
/** A 20-digit 数电 number, new each time. */
export const supplierInvoiceNumber = () => `2644${String(++serial).padStart(16, '0')}`;

export function supplier(t: TestCore, name = '上海光华仪表有限公司') {
  return t.ok('suppliers.create', { name });
}

/** A purchase order of the supplier's for `gross` fen, in the status given (sent unless told). */
export async function purchaseOrder(
  t: TestCore,
  supplierId: number,
  gross: number,
  opts: { status?: string; date?: string } = {},
): Promise<{ id: number; number: string }> {
  const db = t.core.services.db();
  const s = (await db('suppliers').where({ id: supplierId }).first('name')) as { name: string };
  const number = `CG2026-${String(++serial).padStart(5, '0')}`;
  const { net, tax } = taxFromGross(gross, '0.13');
  const now = new Date().toISOString();
  const [row] = (await db('purchase_orders')
    .insert({
      number,
      supplier_id: supplierId,
      supplier_name: s.name,
      order_date: opts.date ?? '2026-03-01',
      status: opts.status ?? 'sent',
      price_includes_tax: true,
      net_fen: net,
      tax_fen: tax,
      gross_fen: gross,
      lock_version: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  return { id: row!.id, number };
}

/** A 数电专票 from the supplier of `gross` fen at 13%, due `paymentDays` after its date (30 unless told). */
export function supplierInvoice(
  t: TestCore,
  opts: {
    supplierId: number;
    invoiceDate: string;
    gross: number;
    paymentDays?: number | null;
    dueOn?: string;
    orders?: { poId: number; amount: number }[];
  },
): Promise<Out<'purchasing.payables.invoices.create'>> {
  return t.ok('purchasing.payables.invoices.create', invoiceInput(opts));
}

export function invoiceInput(opts: {
  supplierId: number;
  invoiceDate: string;
  gross: number;
  paymentDays?: number | null;
  dueOn?: string;
  orders?: { poId: number; amount: number }[];
}): In<'purchasing.payables.invoices.create'> {
  const { net, tax } = taxFromGross(opts.gross, '0.13');
  return {
    supplierId: opts.supplierId,
    type: 'digital_special',
    invoiceNumber: supplierInvoiceNumber(),
    invoiceDate: opts.invoiceDate,
    net,
    tax,
    gross: opts.gross,
    paymentDays: opts.dueOn ? null : (opts.paymentDays ?? 30),
    dueOn: opts.dueOn ?? null,
    orders: opts.orders ?? [],
  };
}

/** A transfer to the supplier, allocated as told (FIFO when `allocations` is left out, nothing when []). */
export function paidSupplier(
  t: TestCore,
  supplierId: number,
  payDate: string,
  amount: number,
  allocations: { invoiceId: number; amount: number }[] | null = null,
): Promise<Out<'purchasing.payables.payments.create'>> {
  return t.ok('purchasing.payables.payments.create', {
    supplierId,
    payDate,
    amount,
    payMethod: 'transfer',
    reference: `HZ${payDate.replace(/-/g, '')}${++serial}`,
    allocations,
  });
}

/** One of our bank acceptance bills on hand: received from a customer with a receipt, held. */
export async function heldBill(
  t: TestCore,
  amount: number,
  issueDate = '2026-02-01',
): Promise<{ id: number; billNo: string }> {
  const c = await t.ok('customers.create', { name: `苏州清源水务有限公司${++serial}`, paymentDays: 30 });
  const r = await t.ok('receipts.create', {
    date: issueDate,
    customerId: c.id,
    amount,
    method: 'bank_bill',
    bill: {
      billNo: `1305331000028${String(++serial).padStart(17, '0')}`,
      acceptor: '中国工商银行苏州工业园区支行',
      issueDate,
      maturityDate: addDays(issueDate, 150),
    },
  });
  return { id: r.bill!.id, billNo: r.bill!.billNo };
}

/** The invoice's open amount and settled date, as the payables show them. */
export async function invoiceOpen(t: TestCore, id: number): Promise<{ open: number; settledOn: string | null }> {
  const i = await t.ok('purchasing.payables.invoices.get', { id });
  return { open: i.open, settledOn: i.settledOn };
}
