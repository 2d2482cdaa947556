import type { Knex } from 'knex';
import type { NoteDetail, NoteRow, NoteStatus } from '../../shared/deliveries/contract';
import { amountInWords, Dec } from '../../shared/money';
import { documentFilesOf } from '../attachments/document-files';
import { freezeNotes } from '../docs/issued-snapshot';
import { bool, int } from '../db/rows';
import { AppError, notFound } from '../rpc/errors';
import { toGoods, type GoodsDbRow } from './goods-lines';
import { storedCharges } from './note-charges';
import { LIVE_NOTICE } from './progress';
import { qtyText, sumBy } from './quantities';
import { updateAtLockVersion } from '../db/lock-version';
import { settleOrdersOfNotes } from '../orders/delivery-status';

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
  return (await getNotes(db, [id]))[0]!;
}

/** Rows grouped under a key, each group in the rows' order. */
function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Notes in full, in the order asked (a batch print): each kind of row is read once for the
 * whole batch, so a batch costs the same few queries as one note.
 */
export async function getNotes(db: Db, ids: number[]): Promise<NoteDetail[]> {
  const wanted = Array.from(new Set(ids));
  const heads = new Map(
    ((await noteQuery(db).whereIn('delivery_notes.id', wanted)) as NoteDbRow[]).map((r) => [r.id, r]),
  );
  const missing = ids.find((id) => !heads.has(id));
  if (missing !== undefined) throw notFound('deliveryNote', missing);
  const linesOf = groupBy(
    (await db('delivery_note_lines')
      .leftJoin('products', 'products.id', 'delivery_note_lines.product_id')
      .whereIn('delivery_note_lines.note_id', wanted)
      .orderBy(['delivery_note_lines.note_id', 'delivery_note_lines.position', 'delivery_note_lines.id'])
      .select('delivery_note_lines.*', 'products.code as code')) as (NoteLineDbRow & { note_id: number })[],
    (l) => l.note_id,
  );
  const returnsOf = groupBy(
    (await db('delivery_returns')
      .whereIn('note_id', wanted)
      .orderBy('id')
      .select('id', 'note_id', 'number', 'date', 'gross_fen')) as {
      id: number;
      note_id: number;
      number: string;
      date: string;
      gross_fen: number | string;
    }[],
    (x) => x.note_id,
  );
  // Note line ids are unique across notes: one map serves the whole batch.
  const returnedBy = sumBy(
    (await db('delivery_return_lines')
      .whereIn(
        'return_id',
        Array.from(returnsOf.values()).flatMap((rs) => rs.map((x) => x.id)),
      )
      .select('note_line_id', 'quantity')) as { note_line_id: number; quantity: string }[],
    (x) => x.note_line_id,
    (x) => x.quantity,
  );
  const checksOf = groupBy(
    (await db('pick_checks')
      .leftJoin('users', 'users.id', 'pick_checks.checked_by')
      .whereIn('pick_checks.note_id', wanted)
      .orderBy('pick_checks.id')
      .select('pick_checks.*', 'users.display_name as user_name')) as {
      note_id: number;
      passed: number | boolean;
      details: string;
      user_name: string | null;
      checked_at: string;
    }[],
    (c) => c.note_id,
  );
  const redeliveries = (await db('delivery_notices')
    .whereIn('redelivery_of', wanted)
    .orderBy('id')
    .select('id', 'number', 'status', 'redelivery_of')) as (NoteDetail['redeliveries'][number] & {
    redelivery_of: number;
  })[];
  const redeliveriesOf = groupBy(redeliveries, (x) => x.redelivery_of);
  // What each note's live re-deliveries carry, per order line: order lines are shared between notes, so kept per note.
  const liveNoteOf = new Map(
    redeliveries
      .filter((x) => (LIVE_NOTICE as readonly string[]).includes(x.status))
      .map((x) => [x.id, x.redelivery_of]),
  );
  const carriedOf = new Map(
    Array.from(
      groupBy(
        (await db('delivery_notice_lines')
          .whereIn('notice_id', Array.from(liveNoteOf.keys()))
          .select('notice_id', 'order_line_id', 'quantity')) as {
          notice_id: number;
          order_line_id: number;
          quantity: string;
        }[],
        (x) => liveNoteOf.get(x.notice_id)!,
      ),
      ([noteId, rows]) => [
        noteId,
        sumBy(
          rows,
          (x) => x.order_line_id,
          (x) => x.quantity,
        ),
      ],
    ),
  );
  const attachmentsOf = await documentFilesOf(db, 'delivery', wanted);
  const chargesOf = await storedCharges(db, 'delivery_note_charges', wanted);

  const zero = new Dec(0);
  return ids.map((id) => {
    const r = heads.get(id)!;
    const carriedBy = carriedOf.get(id);
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
      lines: (linesOf.get(id) ?? []).map((l) => {
        const returned = returnedBy.get(l.id) ?? zero;
        const short = l.discrepancy === 'short' && l.discrepancy_qty ? new Dec(l.discrepancy_qty) : zero;
        const owed = short.plus(returned).minus(carriedBy?.get(l.order_line_id) ?? zero);
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
      charges: chargesOf.get(id) ?? [],
      checks: (checksOf.get(id) ?? []).map((c) => ({
        passed: bool(c.passed),
        checkedBy: c.user_name,
        checkedAt: c.checked_at,
        mismatches: (JSON.parse(c.details) as { mismatches: NoteDetail['checks'][number]['mismatches'] }).mismatches,
      })),
      attachments: attachmentsOf.get(id) ?? [],
      returns: (returnsOf.get(id) ?? []).map((x) => ({
        id: x.id,
        number: x.number,
        date: x.date,
        gross: int(x.gross_fen),
      })),
      redeliveries: (redeliveriesOf.get(id) ?? []).map((x) => ({ id: x.id, number: x.number, status: x.status })),
    };
  });
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

/** A note is issued once it leaves (or is cancelled): from then on it prints as it was then. */
const ISSUING: readonly NoteStatus[] = ['loaded', 'in_transit', 'delivered', 'receipted', 'cancelled'];

/** Moves notes on one status, checking each move, freezing them as they are issued; the caller audits. */
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
  if (ISSUING.includes(to)) await freezeNotes(trx, ids);
  // Delivered, signed for or cancelled: the orders' statuses follow.
  if (to === 'delivered' || to === 'receipted' || to === 'cancelled') await settleOrdersOfNotes(trx, ids);
}
