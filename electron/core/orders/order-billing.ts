import type { Knex } from 'knex';
import { int } from '../db/rows';
import { spreadFen } from '../deliveries/charge-shares';

type Db = Knex | Knex.Transaction;

/**
 * Invoiced and paid per order line, in fen. Invoiced: the gross of invoice lines naming the order line (a red-letter
 * line is negative). Paid: each invoice's live allocations spread over all its lines pro rata by gross, the largest
 * line taking the remainder, so an invoice's lines are paid exactly what was allocated to it; a red-letter's offset
 * of its original is not an allocation and so is not payment. Two queries, however many invoices.
 */
export async function billingByOrderLine(
  db: Db,
  orderLineIds: number[],
): Promise<{ invoiced: Map<number, number>; paid: Map<number, number> }> {
  const invoiceIds = db('invoice_lines').whereIn('order_line_id', orderLineIds).distinct('invoice_id');
  const lines = (await db('invoice_lines')
    .whereIn('invoice_id', invoiceIds)
    .orderBy(['invoice_id', 'position', 'id'])
    .select('id', 'invoice_id', 'order_line_id', 'gross_fen')) as {
    id: number;
    invoice_id: number;
    order_line_id: number | null;
    gross_fen: number | string;
  }[];
  const allocated = (await db('allocations')
    .whereIn('invoice_id', invoiceIds)
    .whereNull('undone_at')
    .groupBy('invoice_id')
    .select('invoice_id')
    .sum({ amount: 'amount_fen' })) as { invoice_id: number; amount: number | string | null }[];

  const invoiced = new Map<number, number>();
  const paid = new Map<number, number>();
  const orderLineOf = new Map<number, number | null>();
  const linesOf = new Map<number, { key: number; weight: number }[]>();
  for (const l of lines) {
    orderLineOf.set(l.id, l.order_line_id);
    if (l.order_line_id !== null)
      invoiced.set(l.order_line_id, (invoiced.get(l.order_line_id) ?? 0) + int(l.gross_fen));
    const group = linesOf.get(l.invoice_id) ?? [];
    group.push({ key: l.id, weight: int(l.gross_fen) });
    linesOf.set(l.invoice_id, group);
  }
  for (const a of allocated) {
    const shares = spreadFen(int(a.amount ?? 0), linesOf.get(a.invoice_id) ?? []);
    for (const [lineId, share] of shares) {
      const orderLine = orderLineOf.get(lineId);
      if (orderLine != null) paid.set(orderLine, (paid.get(orderLine) ?? 0) + share);
    }
  }
  return { invoiced, paid };
}
