import type { Knex } from 'knex';
import type { NoteDetail, NoteRow, NoteStatus } from '../../shared/deliveries/contract';
import { amountInWords, Dec } from '../../shared/money';
import { documentFiles } from '../attachments/document-files';
import { bool, int } from '../db/rows';
import { AppError, notFound } from '../rpc/errors';
import { toGoods, type GoodsDbRow } from './goods-lines';
import { LIVE_NOTICE } from './progress';
import { qtyText, sumBy } from './quantities';
import { updateAtLockVersion } from '../db/lock-version';

type Db = Knex | Knex.Transaction;

export interface NoteDbRow {
  id: number;
  number: string;
  notice_id: number;
  notice_number: string;
  order_id: number;
  order_number: string;
  customer_id: number;
  customer_name: string;
  date: string;
  delivery_address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  packages: number;
  weight_kg: string | null;
  volume_m3: string | null;
  show_prices: number | boolean;
  price_includes_tax: number | boolean;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  status: NoteStatus;
  checked_by_name: string | null;
  checked_at: string | null;
  run_id: number | null;
  run_number: string | null;
  consignment_id: number | null;
  consignment_number: string | null;
  waybill_no: string | null;
  delivered_on: string | null;
  receipt_signer: string | null;
  receipt_date: string | null;
  receipt_note: string | null;
  print_count: number;
  cancel_reason: string | null;
  notes: string | null;
  lock_version: number;
  updated_at: string;
}

export function noteQuery(db: Db): Knex.QueryBuilder {
  return db('delivery_notes')
    .join('delivery_notices', 'delivery_notices.id', 'delivery_notes.notice_id')
    .join('sales_orders', 'sales_orders.id', 'delivery_notes.order_id')
    .join('customers', 'customers.id', 'delivery_notes.customer_id')
    .leftJoin('users as checker', 'checker.id', 'delivery_notes.checked_by')
    .leftJoin('dispatch_runs', 'dispatch_runs.id', 'delivery_notes.run_id')
    .leftJoin('consignments', 'consignments.id', 'delivery_notes.consignment_id')
    .select(
      'delivery_notes.*',
      'delivery_notices.number as notice_number',
      'sales_orders.number as order_number',
      'customers.name as customer_name',
      'checker.display_name as checked_by_name',
      'dispatch_runs.number as run_number',
      'consignments.number as consignment_number',
      'consignments.waybill_no as waybill_no',
    );
}

/** Which run or consignment carries the note, as the lists show it. */
const dispatchOf = (r: NoteDbRow): string | null =>
  r.run_number ?? (r.consignment_number ? `${r.consignment_number}${r.waybill_no ? ` / ${r.waybill_no}` : ''}` : null);

export const toNoteRow = (r: NoteDbRow): NoteRow => ({
  id: r.id,
  number: r.number,
  noticeNumber: r.notice_number,
  orderNumber: r.order_number,
  customerId: r.customer_id,
  customerName: r.customer_name,
  date: r.date,
  deliveryAddress: r.delivery_address,
  packages: r.packages,
  gross: int(r.gross_fen),
  status: r.status,
  dispatch: dispatchOf(r),
  printCount: r.print_count,
  receiptDate: r.receipt_date,
  updatedAt: r.updated_at,
});

type NoteLineDbRow = GoodsDbRow & {
  notice_line_id: number;
  code: string | null;
  packages: number | null;
  discrepancy: NoteDetail['lines'][number]['discrepancy'];
  discrepancy_qty: string | null;
  discrepancy_note: string | null;
};

export async function getNote(db: Db, id: number): Promise<NoteDetail> {
  const r = (await noteQuery(db).where('delivery_notes.id', id).first()) as NoteDbRow | undefined;
  if (!r) throw notFound('deliveryNote', id);
  const lines = (await db('delivery_note_lines')
    .leftJoin('products', 'products.id', 'delivery_note_lines.product_id')
    .where('delivery_note_lines.note_id', id)
    .orderBy('delivery_note_lines.position')
    .select('delivery_note_lines.*', 'products.code as code')) as NoteLineDbRow[];
  const returns = (await db('delivery_returns')
    .where({ note_id: id })
    .orderBy('id')
    .select('id', 'number', 'date', 'gross_fen')) as {
    id: number;
    number: string;
    date: string;
    gross_fen: number | string;
  }[];
  const returnedBy = sumBy(
    (await db('delivery_return_lines')
      .whereIn(
        'return_id',
        returns.map((x) => x.id),
      )
      .select('note_line_id', 'quantity')) as { note_line_id: number; quantity: string }[],
    (x) => x.note_line_id,
    (x) => x.quantity,
  );
  const checks = (await db('pick_checks')
    .leftJoin('users', 'users.id', 'pick_checks.checked_by')
    .where('pick_checks.note_id', id)
    .orderBy('pick_checks.id')
    .select('pick_checks.*', 'users.display_name as user_name')) as {
    passed: number | boolean;
    details: string;
    user_name: string | null;
    checked_at: string;
  }[];
  const redeliveries = (await db('delivery_notices')
    .where({ redelivery_of: id })
    .orderBy('id')
    .select('id', 'number', 'status')) as NoteDetail['redeliveries'];
  const carriedBy = sumBy(
    (await db('delivery_notice_lines')
      .whereIn(
        'notice_id',
        redeliveries.filter((x) => (LIVE_NOTICE as readonly string[]).includes(x.status)).map((x) => x.id),
      )
      .select('order_line_id', 'quantity')) as { order_line_id: number; quantity: string }[],
    (x) => x.order_line_id,
    (x) => x.quantity,
  );
  const zero = new Dec(0);
  const gross = int(r.gross_fen);
  return {
    ...toNoteRow(r),
    noticeId: r.notice_id,
    orderId: r.order_id,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    weightKg: r.weight_kg,
    volumeM3: r.volume_m3,
    showPrices: bool(r.show_prices),
    priceIncludesTax: bool(r.price_includes_tax),
    totals: { net: int(r.net_fen), tax: int(r.tax_fen), gross },
    amountInWords: amountInWords(gross),
    checkedBy: r.checked_by_name,
    checkedAt: r.checked_at,
    runId: r.run_id,
    consignmentId: r.consignment_id,
    deliveredOn: r.delivered_on,
    receiptSigner: r.receipt_signer,
    receiptNote: r.receipt_note,
    cancelReason: r.cancel_reason,
    notes: r.notes,
    lockVersion: r.lock_version,
    lines: lines.map((l) => {
      const returned = returnedBy.get(l.id) ?? zero;
      const short = l.discrepancy === 'short' && l.discrepancy_qty ? new Dec(l.discrepancy_qty) : zero;
      const owed = short.plus(returned).minus(carriedBy.get(l.order_line_id) ?? zero);
      return {
        id: l.id,
        noticeLineId: l.notice_line_id,
        ...toGoods(l),
        code: l.code,
        packages: l.packages,
        discrepancy: l.discrepancy,
        discrepancyQty: l.discrepancy_qty,
        discrepancyNote: l.discrepancy_note,
        returned: qtyText(returned),
        redeliverable: qtyText(Dec.max(owed, zero)),
      };
    }),
    checks: checks.map((c) => ({
      passed: bool(c.passed),
      checkedBy: c.user_name,
      checkedAt: c.checked_at,
      mismatches: (JSON.parse(c.details) as { mismatches: NoteDetail['checks'][number]['mismatches'] }).mismatches,
    })),
    attachments: await documentFiles(db, 'delivery', id),
    returns: returns.map((x) => ({ id: x.id, number: x.number, date: x.date, gross: int(x.gross_fen) })),
    redeliveries,
  };
}

/** The moves a note may make; everything else is refused with the note's current status named. */
const NEXT: Record<NoteStatus, readonly NoteStatus[]> = {
  prepared: ['checked', 'cancelled'],
  checked: ['loaded', 'cancelled'],
  loaded: ['in_transit', 'checked'],
  in_transit: ['delivered', 'checked'],
  delivered: ['receipted'],
  receipted: [],
  cancelled: [],
};

export function assertMove(note: { number: string; status: NoteStatus }, to: NoteStatus): void {
  if (!NEXT[note.status].includes(to))
    throw new AppError('CONFLICT', 'errors.noteWrongStatus', {
      number: note.number,
      status: `@noteStatus.${note.status}`,
      to: `@noteStatus.${to}`,
    });
}

/** Moves notes on one status, checking each move; the caller audits. */
export async function moveNotes(
  trx: Knex.Transaction,
  ids: number[],
  to: NoteStatus,
  changes: Record<string, unknown> = {},
): Promise<void> {
  const notes = (await trx('delivery_notes').whereIn('id', ids).select('id', 'number', 'status', 'lock_version')) as {
    id: number;
    number: string;
    status: NoteStatus;
    lock_version: number;
  }[];
  for (const id of ids) if (!notes.some((n) => n.id === id)) throw notFound('deliveryNote', id);
  for (const n of notes) {
    assertMove(n, to);
    await updateAtLockVersion(trx, 'delivery_notes', 'deliveryNote', n.id, n.lock_version, { ...changes, status: to });
  }
}
