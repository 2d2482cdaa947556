import type { Knex } from 'knex';
import type { z } from 'zod';
import type { creditStanding } from '../../shared/deliveries/contract';
import { Dec } from '../../shared/money';
import { addDays, today } from '../dates';
import { int } from '../db/rows';
import { notFound } from '../rpc/errors';

type Db = Knex | Knex.Transaction;

/** Goods that left and are not yet paid for. Until receivables exist, every one of them. */
const OPEN_NOTE = ['in_transit', 'delivered', 'receipted'];

/** What the customer signed as short on each 回单, valued at the line's price (to the fen, half up). */
async function shortValueByNote(db: Db, customerId: number): Promise<Map<number, number>> {
  const rows = (await db('delivery_note_lines')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_note_lines.note_id')
    .where({ 'delivery_notes.customer_id': customerId, 'delivery_note_lines.discrepancy': 'short' })
    .whereIn('delivery_notes.status', OPEN_NOTE)
    .select(
      'delivery_note_lines.note_id',
      'delivery_note_lines.quantity',
      'delivery_note_lines.discrepancy_qty',
      'delivery_note_lines.gross_fen',
    )) as { note_id: number; quantity: string; discrepancy_qty: string | null; gross_fen: number | string }[];
  const out = new Map<number, number>();
  for (const r of rows) {
    if (!r.discrepancy_qty || new Dec(r.quantity).isZero()) continue;
    const value = new Dec(int(r.gross_fen))
      .times(r.discrepancy_qty)
      .dividedBy(r.quantity)
      .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
      .toNumber();
    out.set(r.note_id, (out.get(r.note_id) ?? 0) + value);
  }
  return out;
}

/**
 * The customer's credit standing: open delivered value (less what was short and what came back), the part of it past
 * the payment days, and whether `extra` more would go over the limit. A limit of 0 means none set.
 */
export async function creditStandingOf(
  db: Db,
  customerId: number,
  extra: number,
  on = today(),
): Promise<z.output<typeof creditStanding>> {
  const customer = (await db('customers').where({ id: customerId }).first('credit_limit_fen', 'payment_days')) as
    { credit_limit_fen: number | string; payment_days: number } | undefined;
  if (!customer) throw notFound('customer', customerId);
  const notes = (await db('delivery_notes')
    .leftJoin('delivery_returns', 'delivery_returns.note_id', 'delivery_notes.id')
    .where('delivery_notes.customer_id', customerId)
    .whereIn('delivery_notes.status', OPEN_NOTE)
    .groupBy('delivery_notes.id', 'delivery_notes.gross_fen', 'delivery_notes.date', 'delivery_notes.delivered_on')
    .select('delivery_notes.id', 'delivery_notes.gross_fen', 'delivery_notes.date', 'delivery_notes.delivered_on')
    .sum({ returned: 'delivery_returns.gross_fen' })) as {
    id: number;
    gross_fen: number | string;
    date: string;
    delivered_on: string | null;
    returned: number | string | null;
  }[];
  const shortBy = await shortValueByNote(db, customerId);
  const limit = int(customer.credit_limit_fen);
  let open = 0;
  let overdue = 0;
  for (const n of notes) {
    const owed = int(n.gross_fen) - int(n.returned ?? 0) - (shortBy.get(n.id) ?? 0);
    open += owed;
    if (addDays(n.delivered_on ?? n.date, customer.payment_days) < on) overdue += owed;
  }
  const reasons: ('overLimit' | 'overdue')[] = [];
  if (limit > 0 && open + extra > limit) reasons.push('overLimit');
  if (overdue > 0) reasons.push('overdue');
  return { customerId, creditLimit: limit, openDelivered: open, overdue, thisNotice: extra, reasons };
}
