import type { Knex } from 'knex';
import type { z } from 'zod';
import { isSpecial, type invoiceInput } from '../../shared/invoices/contract';
import { Dec, parseDecimal } from '../../shared/money';
import { addDays } from '../dates';
import { DELIVERED_NOTE } from '../deliveries/progress';
import { qtyText } from '../deliveries/quantities';
import { notFound } from '../rpc/errors';
import { checkLineAmounts, Problems } from './invoice-checks';
import { coveredByOrderLine, deliveredParts } from './invoice-coverage';
import { halfWidth, isTaxId, numberProblems, shownNumber, tidyTaxId } from './invoice-numbers';
import { isRegistered, type NewInvoice } from './invoice-store';

type Db = Knex | Knex.Transaction;
export type InvoiceIn = z.output<typeof invoiceInput>;

/** Orders nothing may be invoiced against: not yet agreed (a draft, or one awaiting approval) or called off. */
const NOT_AGREED = ['draft', 'cancelled'];

/** An order line invoiced beyond what was delivered, for the audit trail when a reason let it through. */
export interface OverLine {
  orderLineId: number;
  name: string;
  left: string;
  asked: string;
}

/** The number, code and buyer checks create and import share: problems by field, nothing written. */
export async function checkNumberAndBuyer(
  db: Db,
  input: { type: InvoiceIn['type']; code?: string | null; number: string; buyerTaxId?: string | null },
  problems: Problems,
): Promise<{ code: string; number: string; buyerTaxId: string | null }> {
  const code = halfWidth(input.code);
  const number = halfWidth(input.number);
  const numberIssues = numberProblems(input.type, code, number);
  for (const p of numberIssues) problems.add(p.path, p.key);
  if (!numberIssues.length && (await isRegistered(db, code, number)))
    problems.add('number', 'invoiceMsg.errors.duplicate', { number: shownNumber(code, number) });
  const buyerTaxId = tidyTaxId(input.buyerTaxId);
  if (buyerTaxId && !isTaxId(buyerTaxId)) problems.add('buyerTaxId', 'invoiceMsg.errors.taxIdBad');
  else if (!buyerTaxId && isSpecial(input.type)) problems.add('buyerTaxId', 'invoiceMsg.errors.taxIdNeeded');
  return { code, number, buyerTaxId };
}

/** What may still be invoiced of each order line: delivered (less short and returns) less what invoices cover. */
async function leftToInvoice(db: Db, customerId: number, orderLineIds: number[]) {
  const parts = await deliveredParts(db, { customerId, orderLineIds });
  const covered = await coveredByOrderLine(db, orderLineIds);
  const left = new Map<number, { qty: Dec; gross: number }>();
  for (const id of orderLineIds) {
    const mine = parts.filter((p) => p.orderLineId === id);
    const c = covered.get(id);
    left.set(id, {
      qty: mine.reduce((s, p) => s.plus(p.quantity ?? 0), new Dec(0)).minus(c?.qty ?? 0),
      gross: mine.reduce((s, p) => s + p.gross, 0) - (c?.gross ?? 0),
    });
  }
  return left;
}

/**
 * Validates a blue invoice as the tax system printed it and returns the row to write, or throws every
 * problem beside its field. Goods lines tied to an order line may not exceed what is left to invoice
 * unless the input gives a reason (returned in `over` for the audit).
 */
export async function prepareInvoice(
  db: Db,
  input: InvoiceIn,
): Promise<{ invoice: Omit<NewInvoice, 'importRef' | 'createdBy'>; over: OverLine[] }> {
  const problems = new Problems();
  const customer = (await db('customers').where({ id: input.customerId }).first('id', 'payment_days')) as
    { id: number; payment_days: number } | undefined;
  if (!customer) throw notFound('customer', input.customerId);
  const { code, number, buyerTaxId } = await checkNumberAndBuyer(db, input, problems);
  checkLineAmounts(input.lines, problems);
  const gross = input.lines.reduce((s, l) => s + l.gross, 0);
  if (gross <= 0) problems.add('lines', 'invoiceMsg.errors.totalNotPositive');

  const noteIds = [...new Set(input.noteIds)];
  const notes = (await db('delivery_notes')
    .whereIn('id', noteIds)
    .select('id', 'number', 'customer_id', 'status', 'order_id', 'delivered_on', 'date')) as {
    id: number;
    number: string;
    customer_id: number;
    status: string;
    order_id: number;
    delivered_on: string | null;
    date: string;
  }[];
  for (const id of noteIds) {
    const note = notes.find((n) => n.id === id);
    if (!note || note.customer_id !== input.customerId)
      problems.add('noteIds', 'invoiceMsg.errors.noteOtherCustomer', { note: note?.number ?? String(id) });
    else if (!(DELIVERED_NOTE as readonly string[]).includes(note.status))
      problems.add('noteIds', 'invoiceMsg.errors.noteNotDelivered', { note: note.number });
  }

  const mine = notes.filter((n) => n.customer_id === input.customerId);
  const orderIds = [...new Set([...input.orderIds, ...mine.map((n) => n.order_id)])];
  const orders = (await db('sales_orders').whereIn('id', orderIds).select('id', 'customer_id', 'status')) as {
    id: number;
    customer_id: number;
    status: string;
  }[];
  if (orderIds.some((id) => orders.find((o) => o.id === id)?.customer_id !== input.customerId))
    problems.add('orderIds', 'invoiceMsg.errors.orderOtherCustomer');
  else if (orders.some((o) => NOT_AGREED.includes(o.status)))
    problems.add('orderIds', 'invoiceMsg.errors.orderNotAgreed');

  const lineIds = [...new Set(input.lines.flatMap((l) => (l.orderLineId ? [l.orderLineId] : [])))];
  const orderLines = (await db('sales_order_lines')
    .join('sales_orders', 'sales_orders.id', 'sales_order_lines.order_id')
    .whereIn('sales_order_lines.id', lineIds)
    .select(
      'sales_order_lines.id',
      'sales_order_lines.kind',
      'sales_order_lines.order_id',
      'sales_orders.customer_id',
      'sales_orders.status',
    )) as {
    id: number;
    kind: string;
    order_id: number;
    customer_id: number;
    status: string;
  }[];
  input.lines.forEach((l, i) => {
    const line = l.orderLineId ? orderLines.find((o) => o.id === l.orderLineId) : undefined;
    if (l.orderLineId && line?.customer_id !== input.customerId)
      problems.add(`lines.${i}.orderLineId`, 'invoiceMsg.errors.orderOtherCustomer');
    else if (line && NOT_AGREED.includes(line.status))
      problems.add(`lines.${i}.orderLineId`, 'invoiceMsg.errors.orderNotAgreed');
  });
  problems.throwIfAny();

  // Goods lines only: a discount or freight charge is checked by the charge's own value.
  const itemIds = orderLines.filter((o) => o.kind === 'item').map((o) => o.id);
  const left = await leftToInvoice(db, input.customerId, itemIds);
  const over: OverLine[] = [];
  for (const id of itemIds) {
    const mine = input.lines.map((l, i) => ({ l, i })).filter(({ l }) => l.orderLineId === id);
    const room = left.get(id)!;
    const byQty = mine.every(({ l }) => l.quantity);
    const asked = byQty
      ? mine.reduce((s, { l }) => s.plus(parseDecimal(l.quantity!)), new Dec(0))
      : new Dec(mine.reduce((s, { l }) => s + l.gross, 0));
    const limit = byQty ? room.qty : new Dec(room.gross);
    if (asked.lessThanOrEqualTo(limit)) continue;
    const leftText = byQty ? qtyText(Dec.max(limit, 0)) : (Math.max(room.gross, 0) / 100).toFixed(2);
    over.push({ orderLineId: id, name: mine[0]!.l.name, left: leftText, asked: asked.toString() });
    if (!input.overReason)
      for (const { i } of mine)
        problems.add(`lines.${i}.${byQty ? 'quantity' : 'gross'}`, 'invoiceMsg.errors.overDelivered', {
          left: leftText,
        });
  }
  if (problems.any) problems.add('overReason', 'invoiceMsg.errors.overReasonNeeded');
  problems.throwIfAny();

  const delivered = notes.map((n) => n.delivered_on ?? n.date).sort();
  return {
    invoice: {
      type: input.type,
      code,
      number,
      issueDate: input.issueDate,
      customerId: input.customerId,
      buyerName: input.buyerName,
      buyerTaxId,
      issuer: input.issuer,
      remarks: input.remarks,
      lines: input.lines,
      noteIds,
      orderIds,
      overReason: over.length ? input.overReason : null,
      redOfId: null,
      redReason: null,
      open: gross,
      settledOn: null,
      dueDate: addDays(input.issueDate, customer.payment_days),
      deliveryDate: delivered[0] ?? input.issueDate,
    },
    over,
  };
}
