import type { Knex } from 'knex';
import type { z } from 'zod';
import { formatFen } from '../../../shared/money';
import type { supplierInvoiceInput } from '../../../shared/purchasing/payables/contract';
import { addDays } from '../../dates';
import { Problems } from '../../invoices/invoice-checks';
import { AppError } from '../../rpc/errors';
import { halfWidth, numberProblems } from '../../invoices/invoice-numbers';
import { shownInvoiceNumber } from './invoice-store';

type Db = Knex | Knex.Transaction;
export type SupplierInvoiceIn = z.output<typeof supplierInvoiceInput>;

/** Purchase orders no invoice may bill: not yet sent to the supplier, or called off. */
const NOT_BILLABLE = ['draft', 'cancelled'];

/** The checked columns of a supplier invoice, and the orders it bills. */
export interface PreparedInvoice {
  row: {
    supplier_id: number;
    type: SupplierInvoiceIn['type'];
    code: string;
    number: string;
    issue_date: string;
    due_date: string;
    net_fen: number;
    tax_fen: number;
    gross_fen: number;
    attachment_id: number | null;
    notes: string | null;
  };
  orders: { poId: number; poNumber: string; amount: number }[];
}

const msg = (key: string) => `payablesMsg.errors.${key}`;

/**
 * Checks a supplier invoice as typed from the paper or the PDF and answers the row to write, or throws every problem
 * beside its field, writing nothing: the number as the tax system prints it and once per supplier, net + tax = gross,
 * a due date (from payment days or typed, not before the invoice date), the supplier's own purchase orders, linked
 * once each, their amounts at most the gross. `exceptId`: the invoice being corrected.
 */
export async function prepareSupplierInvoice(
  db: Db,
  input: SupplierInvoiceIn,
  exceptId: number | null = null,
): Promise<PreparedInvoice> {
  const problems = new Problems();
  // The message says the first problem in full, with its own figures (a later one's must not replace them).
  let firstVars = null as Record<string, string> | null;
  const add = (path: string, key: string, vars: Record<string, string> = {}) => {
    firstVars ??= vars;
    problems.add(path, key);
  };
  const supplier = (await db('suppliers').where({ id: input.supplierId }).first('id')) as { id: number } | undefined;
  if (!supplier) add('supplierId', msg('noSupplier'));

  const code = halfWidth(input.invoiceCode);
  const number = halfWidth(input.invoiceNumber);
  const numberIssues = numberProblems(input.type, code, number);
  for (const p of numberIssues) add(p.path === 'code' ? 'invoiceCode' : 'invoiceNumber', p.key);
  if (supplier && !numberIssues.length) {
    const twin = db('supplier_invoices').where({ supplier_id: supplier.id, code, number }).first('id');
    if (exceptId !== null) twin.whereNot({ id: exceptId });
    if (await twin) add('invoiceNumber', msg('duplicateShort'), { number: shownInvoiceNumber(code, number) });
  }

  if (input.net + input.tax !== input.gross) add('gross', msg('sumShort'));

  let dueDate = input.dueOn;
  if (input.paymentDays !== null) dueDate = addDays(input.invoiceDate, input.paymentDays);
  if (dueDate === null) add('dueOn', msg('dueNeededShort'));
  else if (dueDate < input.invoiceDate) add('dueOn', msg('dueBeforeInvoiceShort'));

  if (input.attachmentId !== null && !(await db('attachments').where({ id: input.attachmentId }).first('id')))
    add('attachmentId', msg('noAttachment'));

  const pos = input.orders.length
    ? ((await db('purchase_orders')
        .whereIn(
          'id',
          input.orders.map((o) => o.poId),
        )
        .select('id', 'number', 'supplier_id', 'status')) as {
        id: number;
        number: string;
        supplier_id: number;
        status: string;
      }[])
    : [];
  const seen = new Set<number>();
  const orders: PreparedInvoice['orders'] = [];
  input.orders.forEach((o, i) => {
    const po = pos.find((p) => p.id === o.poId);
    if (seen.has(o.poId)) return add(`orders.${i}.poId`, msg('orderTwiceShort'));
    seen.add(o.poId);
    if (!po || po.supplier_id !== input.supplierId)
      return add(`orders.${i}.poId`, msg('orderOtherSupplierShort'), { po: po?.number ?? '' });
    if (NOT_BILLABLE.includes(po.status))
      return add(`orders.${i}.poId`, msg('orderNotBillableShort'), { po: po.number });
    orders.push({ poId: po.id, poNumber: po.number, amount: o.amount });
  });
  const linked = input.orders.reduce((s, o) => s + o.amount, 0);
  if (linked > input.gross)
    add('orders', msg('ordersOverGrossShort'), { sum: formatFen(linked), gross: formatFen(input.gross) });

  if (problems.any) {
    // The message is the first problem said in full; the short form of each stands beside its field.
    const first = problems.fields[0]!.message;
    const vars = { number: shownInvoiceNumber(code, number), ...firstVars };
    throw new AppError('VALIDATION', first.replace(/Short$/, ''), vars, problems.fields);
  }
  return {
    row: {
      supplier_id: input.supplierId,
      type: input.type,
      code,
      number,
      issue_date: input.invoiceDate,
      due_date: dueDate!,
      net_fen: input.net,
      tax_fen: input.tax,
      gross_fen: input.gross,
      attachment_id: input.attachmentId,
      notes: input.notes,
    },
    orders,
  };
}

/** Writes the invoice's links to the orders it bills (the caller has removed any earlier ones). */
export async function writeInvoiceOrders(
  trx: Knex.Transaction,
  invoiceId: number,
  orders: PreparedInvoice['orders'],
): Promise<void> {
  if (orders.length)
    await trx('supplier_invoice_orders').insert(
      orders.map((o) => ({ invoice_id: invoiceId, po_id: o.poId, amount_fen: o.amount })),
    );
}
