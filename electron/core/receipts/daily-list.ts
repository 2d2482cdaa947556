import type { Knex } from 'knex';
import { RECEIPT_METHODS, type DailyList, type ReceiptMethod } from '../../shared/receipts/contract';
import { int } from '../db/rows';

/** The notes that count as shipped on their date: on the road, delivered, or signed for. */
export const SHIPPED_STATUSES = ['in_transit', 'delivered', 'receipted'] as const;

/** 每日资金: the day's shipped delivery notes (header gross) and its receipts (cancelled ones count nowhere). */
export async function dailyList(db: Knex | Knex.Transaction, date: string): Promise<DailyList> {
  const notes = (await db('delivery_notes')
    .join('customers', 'customers.id', 'delivery_notes.customer_id')
    .where('delivery_notes.date', date)
    .whereIn('delivery_notes.status', SHIPPED_STATUSES)
    .orderBy('delivery_notes.number')
    .select(
      'delivery_notes.id',
      'delivery_notes.number',
      'customers.name as customer_name',
      'delivery_notes.status',
      'delivery_notes.gross_fen',
    )) as { id: number; number: string; customer_name: string; status: string; gross_fen: number | string }[];
  const receipts = (await db('receipts')
    .join('customers', 'customers.id', 'receipts.customer_id')
    .leftJoin('acceptance_bills', 'acceptance_bills.receipt_id', 'receipts.id')
    .where('receipts.date', date)
    .whereNull('receipts.cancelled_at')
    .orderBy('receipts.number')
    .select(
      'receipts.id',
      'receipts.number',
      'customers.name as customer_name',
      'receipts.payer_name',
      'receipts.method',
      'receipts.bank_ref',
      'acceptance_bills.bill_no',
      'receipts.amount_fen',
      'receipts.fee_fen',
    )) as {
    id: number;
    number: string;
    customer_name: string;
    payer_name: string;
    method: ReceiptMethod;
    bank_ref: string | null;
    bill_no: string | null;
    amount_fen: number | string;
    fee_fen: number | string;
  }[];
  const shipped = notes.map((n) => ({
    id: n.id,
    number: n.number,
    customerName: n.customer_name,
    status: n.status,
    gross: int(n.gross_fen),
  }));
  const received = receipts.map((r) => ({
    id: r.id,
    number: r.number,
    customerName: r.customer_name,
    payerName: r.payer_name,
    method: r.method,
    bankRef: r.bank_ref,
    billNo: r.bill_no,
    amount: int(r.amount_fen),
    fee: int(r.fee_fen),
  }));
  const byMethod = RECEIPT_METHODS.map((method) => {
    const of = received.filter((r) => r.method === method);
    return { method, amount: of.reduce((s, r) => s + r.amount, 0), count: of.length };
  }).filter((m) => m.count > 0);
  return {
    date,
    shipped,
    shippedTotal: shipped.reduce((s, n) => s + n.gross, 0),
    received,
    receivedTotal: received.reduce((s, r) => s + r.amount, 0),
    feeTotal: received.reduce((s, r) => s + r.fee, 0),
    byMethod,
  };
}
