import type { Knex } from 'knex';
import type { CreditReason, CreditStanding } from '../../shared/receivables/credit-contract';
import { Dec } from '../../shared/money';
import { addDays, today } from '../dates';
import { int } from '../db/rows';
import { notFound } from '../rpc/errors';
import { ENDED_ORDER } from '../deliveries/progress';
import { readReceivableSettings } from './receivable-settings';

type Db = Knex | Knex.Transaction;

/** Notes whose goods have left: on the road, delivered or signed for. They count as delivered until invoiced. */
export const DELIVERED_NOTE = ['in_transit', 'delivered', 'receipted'] as const;
/** Notices whose goods are promised: confirmed, or wholly on notes (some of which may not have left yet). */
const LIVE_NOTICE = ['confirmed', 'closed'] as const;

const sumOf = async (q: Knex.QueryBuilder, column: string): Promise<number> => {
  const row = (await q.sum({ s: column }).first()) as { s: number | string | null } | undefined;
  return int(row?.s ?? 0);
};

/** What the customer signed as short on each 回单 that has left, valued at the line's price (to the fen, half up). */
async function shortValue(db: Db, customerId: number): Promise<number> {
  const rows = (await db('delivery_note_lines')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_note_lines.note_id')
    .where({ 'delivery_notes.customer_id': customerId, 'delivery_note_lines.discrepancy': 'short' })
    .whereIn('delivery_notes.status', DELIVERED_NOTE)
    .select(
      'delivery_note_lines.quantity',
      'delivery_note_lines.discrepancy_qty',
      'delivery_note_lines.gross_fen',
    )) as {
    quantity: string;
    discrepancy_qty: string | null;
    gross_fen: number | string;
  }[];
  let total = 0;
  for (const r of rows) {
    if (!r.discrepancy_qty || new Dec(r.quantity).isZero()) continue;
    total += new Dec(int(r.gross_fen))
      .times(r.discrepancy_qty)
      .dividedBy(r.quantity)
      .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
      .toNumber();
  }
  return total;
}

/** Goods that left less what came back and what was signed short, less everything invoiced; never below 0. */
async function deliveredNotInvoiced(db: Db, customerId: number, invoicedGross: number): Promise<number> {
  const shipped = await sumOf(
    db('delivery_notes').where({ customer_id: customerId }).whereIn('status', DELIVERED_NOTE),
    'gross_fen',
  );
  const returned = await sumOf(
    db('delivery_returns')
      .join('delivery_notes', 'delivery_notes.id', 'delivery_returns.note_id')
      .where('delivery_notes.customer_id', customerId)
      .whereIn('delivery_notes.status', DELIVERED_NOTE),
    'delivery_returns.gross_fen',
  );
  return Math.max(0, shipped - returned - (await shortValue(db, customerId)) - invoicedGross);
}

/**
 * Each live notice's value less its notes that already left (counted as delivered); each never below 0. A closed
 * (短交结案) or cancelled order promises nothing more, so its notices' unshipped rest is not counted.
 */
async function noticesNotDelivered(db: Db, customerId: number): Promise<number> {
  const rows = (await db('delivery_notices')
    .join('sales_orders', 'sales_orders.id', 'delivery_notices.order_id')
    .leftJoin('delivery_notes', (j) =>
      j.on('delivery_notes.notice_id', 'delivery_notices.id').onIn('delivery_notes.status', [...DELIVERED_NOTE]),
    )
    .where('delivery_notices.customer_id', customerId)
    .whereIn('delivery_notices.status', LIVE_NOTICE)
    .whereNotIn('sales_orders.status', ENDED_ORDER)
    .groupBy('delivery_notices.id', 'delivery_notices.gross_fen')
    .select('delivery_notices.gross_fen')
    .sum({ left: 'delivery_notes.gross_fen' })) as { gross_fen: number | string; left: number | string | null }[];
  return rows.reduce((s, r) => s + Math.max(0, int(r.gross_fen) - int(r.left ?? 0)), 0);
}

/**
 * The customer's credit standing on `on` with `extra` fen more about to be owed (an order, a notice): the one
 * function every credit check point uses. Over the limit when the limit is set and exposure + extra exceeds it
 * (0 is cash only: any exposure); overdue when invoices are open past their due date, which is the invoice date (or
 * its signed delivery, by the receivables setting) plus the customer's payment days.
 */
export async function creditStandingOf(
  db: Db,
  customerId: number,
  extra: number,
  on = today(),
): Promise<CreditStanding> {
  const customer = (await db('customers').where({ id: customerId }).first('credit_limit_fen', 'payment_days')) as
    { credit_limit_fen: number | string | null; payment_days: number } | undefined;
  if (!customer) throw notFound('customer', customerId);
  const settings = await readReceivableSettings(db);
  const invoices = db('invoices').where({ customer_id: customerId });
  const openInvoices = await sumOf(invoices.clone(), 'open_fen');
  const invoicedGross = await sumOf(invoices.clone(), 'gross_fen');
  const unapplied = await sumOf(
    db('receipts').where({ customer_id: customerId }).whereNull('cancelled_at'),
    'unapplied_fen',
  );
  const delivered = await deliveredNotInvoiced(db, customerId, invoicedGross);
  const promised = await noticesNotDelivered(db, customerId);
  const paymentDays = int(customer.payment_days);
  // Due = basis date + payment days; past due when due < on, i.e. basis date < on − payment days.
  const basisColumn = settings.overdueBasis === 'delivery' ? 'delivery_date' : 'issue_date';
  const overdue = Math.max(
    0,
    await sumOf(invoices.clone().where(basisColumn, '<', addDays(on, -paymentDays)), 'open_fen'),
  );
  const creditLimit = customer.credit_limit_fen === null ? null : int(customer.credit_limit_fen);
  const exposure = openInvoices - unapplied + delivered + promised;
  const reasons: CreditReason[] = [];
  if (creditLimit !== null && exposure + extra > creditLimit) reasons.push('overLimit');
  if (overdue > 0) reasons.push('overdue');
  return {
    customerId,
    asOf: on,
    creditLimit,
    paymentDays,
    exposure,
    openInvoices,
    unapplied,
    deliveredNotInvoiced: delivered,
    noticesNotDelivered: promised,
    overdue,
    extra,
    reasons,
  };
}
