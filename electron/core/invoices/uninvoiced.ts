import type { Knex } from 'knex';
import type { z } from 'zod';
import type { invoiceChannels, InvoiceLineInput, UninvoicedLine } from '../../shared/invoices/contract';
import { Dec, lineAmounts, taxFromGross, type TaxRate } from '../../shared/money';
import { today } from '../dates';
import { notFound } from '../rpc/errors';
import { coveredByOrderLine, deliveredParts, shownQty, uncovered, type DeliveredPart } from './invoice-coverage';

type Db = Knex | Knex.Transaction;
type Out<K extends keyof typeof invoiceChannels> = z.input<(typeof invoiceChannels)[K]['output']>;

/** Delivered, not yet invoiced parts of the customer's (or every customer's) notes, oldest note first. */
async function openParts(db: Db, scope: { customerId?: number | null; noteIds?: number[] }): Promise<DeliveredPart[]> {
  const parts = await deliveredParts(db, scope);
  // What invoices cover is taken from the oldest delivery of each order line, over all of its notes.
  const orderLineIds = [...new Set(parts.map((p) => p.orderLineId))];
  const covered = await coveredByOrderLine(db, orderLineIds);
  const all = scope.noteIds ? await deliveredParts(db, { customerId: scope.customerId, orderLineIds }) : parts;
  const left = uncovered(all, covered);
  return scope.noteIds ? left.filter((p) => scope.noteIds!.includes(p.noteId)) : left;
}

const toLine = ({ customerId: _c, quantity, ...p }: DeliveredPart): UninvoicedLine => ({
  ...p,
  quantity: shownQty(quantity),
});

export async function uninvoicedOf(db: Db, customerId: number | null): Promise<Out<'invoices.uninvoiced'>> {
  const left = await openParts(db, { customerId });
  const byCustomer = new Map<number, { notes: Set<number>; gross: number }>();
  for (const p of left) {
    const c = byCustomer.get(p.customerId) ?? { notes: new Set<number>(), gross: 0 };
    c.notes.add(p.noteId);
    c.gross += p.gross;
    byCustomer.set(p.customerId, c);
  }
  const names = (await db('customers')
    .whereIn('id', [...byCustomer.keys()])
    .select('id', 'name')) as { id: number; name: string }[];
  return {
    customers: [...byCustomer]
      .map(([id, c]) => ({
        customerId: id,
        customerName: names.find((n) => n.id === id)?.name ?? '',
        notes: c.notes.size,
        gross: c.gross,
      }))
      .sort((a, b) => b.gross - a.gross || a.customerId - b.customerId),
    lines: customerId ? left.map(toLine) : [],
  };
}

/** Quantity × the note's price, tax as the note's prices say; a price with tax shows its net unit price. */
function goodsLine(p: DeliveredPart): Omit<InvoiceLineInput, 'taxClass'> {
  const quantity = p.quantity!.toString();
  const amounts = lineAmounts({
    quantity,
    unitPrice: p.unitPrice!,
    taxRate: p.taxRate,
    priceIncludesTax: p.priceIncludesTax,
  });
  const unitPrice = p.priceIncludesTax
    ? new Dec(amounts.net).dividedBy(100).dividedBy(quantity).toDecimalPlaces(6).toString()
    : p.unitPrice;
  return {
    orderLineId: p.orderLineId,
    name: p.name,
    spec: p.spec,
    unit: p.unit,
    quantity,
    unitPrice,
    taxRate: p.taxRate,
    ...amounts,
  };
}

/** The latest tax classification invoiced for each product: the product archive has none of its own yet. */
async function taxClassByProduct(db: Db, productIds: number[]): Promise<Map<number, string>> {
  const rows = (await db('invoice_lines')
    .join('sales_order_lines', 'sales_order_lines.id', 'invoice_lines.order_line_id')
    .whereIn('sales_order_lines.product_id', productIds)
    .whereNotNull('invoice_lines.tax_class')
    .orderBy('invoice_lines.id')
    .select('sales_order_lines.product_id', 'invoice_lines.tax_class')) as { product_id: number; tax_class: string }[];
  return new Map(rows.map((r) => [r.product_id, r.tax_class]));
}

/** A register form prefilled from delivered notes: the buyer from the customer, one line per open part. */
export async function draftFromNotes(
  db: Db,
  customerId: number,
  noteIds: number[],
): Promise<Out<'invoices.draftFromNotes'>> {
  const customer = (await db('customers').where({ id: customerId }).first('name', 'invoice_title', 'tax_id')) as
    { name: string; invoice_title: string | null; tax_id: string | null } | undefined;
  if (!customer) throw notFound('customer', customerId);
  const parts = await openParts(db, { customerId, noteIds });
  const classes = await taxClassByProduct(db, [...new Set(parts.flatMap((p) => (p.productId ? [p.productId] : [])))]);
  const lines: InvoiceLineInput[] = parts.map((p) => ({
    taxClass: (p.productId && classes.get(p.productId)) || null,
    ...(p.kind === 'item' && p.quantity
      ? goodsLine(p)
      : {
          orderLineId: p.orderLineId,
          name: p.name,
          spec: null,
          unit: null,
          quantity: null,
          unitPrice: null,
          taxRate: p.taxRate as TaxRate,
          ...taxFromGross(p.gross, p.taxRate),
        }),
  }));
  const notes = [...new Map(parts.map((p) => [p.noteId, p])).values()];
  return {
    type: customer.tax_id ? 'digital_special' : 'digital_normal',
    code: '',
    number: '',
    issueDate: today(),
    customerId,
    buyerName: customer.invoice_title ?? customer.name,
    buyerTaxId: customer.tax_id,
    issuer: null,
    remarks: notes.map((n) => n.noteNumber).join('、') || null,
    lines,
    noteIds: notes.map((n) => n.noteId),
    orderIds: [...new Set(notes.map((n) => n.orderId))],
    overReason: null,
  };
}
