import type { Knex } from 'knex';
import type { BillDetail, BillRow, BillState } from '../../shared/receipts/contract';
import { int, nowIso } from '../db/rows';
import { notFound } from '../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface BillDbRow {
  id: number;
  bill_no: string;
  kind: 'bank' | 'commercial';
  receipt_id: number | null;
  receipt_number: string | null;
  customer_id: number;
  customer_name: string;
  drawer: string | null;
  acceptor: string;
  amount_fen: number | string;
  issue_date: string;
  maturity_date: string;
  state: BillState;
  state_date: string | null;
  endorsee: string | null;
  discount_bank: string | null;
  discount_interest_fen: number | string | null;
  notes: string | null;
  lock_version: number;
  updated_at: string;
}

/** The bill with its customer's and receipt's names: the list's and the detail's read. */
export function billQuery(db: Db): Knex.QueryBuilder {
  return db('acceptance_bills')
    .join('customers', 'customers.id', 'acceptance_bills.customer_id')
    .leftJoin('receipts', 'receipts.id', 'acceptance_bills.receipt_id')
    .select('acceptance_bills.*', 'customers.name as customer_name', 'receipts.number as receipt_number');
}

export function toBillRow(r: BillDbRow): BillRow {
  return {
    id: r.id,
    billNo: r.bill_no,
    kind: r.kind,
    receiptId: r.receipt_id,
    receiptNumber: r.receipt_number,
    customerId: r.customer_id,
    customerName: r.customer_name,
    drawer: r.drawer,
    acceptor: r.acceptor,
    amount: int(r.amount_fen),
    issueDate: r.issue_date,
    maturityDate: r.maturity_date,
    state: r.state,
    stateDate: r.state_date,
    endorsee: r.endorsee,
    discountBank: r.discount_bank,
    discountInterest: r.discount_interest_fen === null ? null : int(r.discount_interest_fen),
    updatedAt: r.updated_at,
  };
}

export async function getBill(db: Db, id: number): Promise<BillDetail> {
  const row = (await billQuery(db).where('acceptance_bills.id', id).first()) as BillDbRow | undefined;
  if (!row) throw notFound('acceptanceBill', id);
  const events = (await db('acceptance_bill_events')
    .leftJoin('users', 'users.id', 'acceptance_bill_events.user_id')
    .where('acceptance_bill_events.bill_id', id)
    .orderBy('acceptance_bill_events.id')
    .select('acceptance_bill_events.*', 'users.display_name as user_name')) as {
    id: number;
    state: BillState;
    date: string;
    detail: string | null;
    user_name: string | null;
    created_at: string;
  }[];
  return {
    ...toBillRow(row),
    notes: row.notes,
    lockVersion: row.lock_version,
    events: events.map((e) => ({
      id: e.id,
      state: e.state,
      date: e.date,
      detail: e.detail,
      userName: e.user_name,
      createdAt: e.created_at,
    })),
  };
}

/** Moves the bill to `state` on `date` and writes the event that says so. */
export async function moveBill(
  trx: Knex.Transaction,
  id: number,
  state: BillState,
  date: string,
  opts: { detail?: string | null; userId: number | null; set?: Record<string, unknown> },
): Promise<void> {
  const at = nowIso();
  await trx('acceptance_bills')
    .where({ id })
    .update({ ...opts.set, state, state_date: date, updated_at: at, lock_version: trx.raw('lock_version + 1') });
  await trx('acceptance_bill_events').insert({
    bill_id: id,
    state,
    date,
    detail: opts.detail ?? null,
    user_id: opts.userId,
    created_at: at,
  });
}
