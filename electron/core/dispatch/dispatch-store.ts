import type { Knex } from 'knex';
import type { z } from 'zod';
import type {
  consignmentDetail,
  ConsignmentRow,
  runDetail,
  runRow,
  settlementRow,
} from '../../shared/dispatch/contract';
import { bool, int } from '../db/rows';
import { getNote, moveNotes } from '../deliveries/note-store';
import { AppError, notFound } from '../rpc/errors';
import type { HandlerContext } from '../rpc/handler';
import { checkNoteLoad } from '../receivables/credit-checkpoints';

type Db = Knex | Knex.Transaction;

export interface RunDbRow {
  id: number;
  number: string;
  date: string;
  vehicle: string;
  driver: string;
  escort: string | null;
  status: z.output<typeof runRow>['status'];
  departed_at: string | null;
  returned_at: string | null;
  notes: string | null;
  lock_version: number;
  stops: number | string;
}

export function runQuery(db: Db): Knex.QueryBuilder {
  const stops = db('delivery_notes').count('*').whereRaw('delivery_notes.run_id = dispatch_runs.id');
  return db('dispatch_runs').select('dispatch_runs.*', stops.as('stops'));
}

export const toRunRow = (r: RunDbRow): z.output<typeof runRow> => ({
  id: r.id,
  number: r.number,
  date: r.date,
  vehicle: r.vehicle,
  driver: r.driver,
  escort: r.escort,
  status: r.status,
  stops: int(r.stops),
  departedAt: r.departed_at,
  returnedAt: r.returned_at,
});

export async function getRun(db: Db, id: number): Promise<z.output<typeof runDetail>> {
  const r = (await runQuery(db).where('dispatch_runs.id', id).first()) as RunDbRow | undefined;
  if (!r) throw notFound('dispatchRun', id);
  const stops = (await db('delivery_notes')
    .join('customers', 'customers.id', 'delivery_notes.customer_id')
    .where('delivery_notes.run_id', id)
    .orderBy('delivery_notes.stop_no')
    .select(
      'delivery_notes.id',
      'delivery_notes.stop_no',
      'delivery_notes.number',
      'customers.name as customer_name',
      'delivery_notes.delivery_address',
      'delivery_notes.contact_name',
      'delivery_notes.contact_phone',
      'delivery_notes.packages',
      'delivery_notes.status',
    )) as {
    id: number;
    stop_no: number;
    number: string;
    customer_name: string;
    delivery_address: string | null;
    contact_name: string | null;
    contact_phone: string | null;
    packages: number;
    status: string;
  }[];
  return {
    ...toRunRow(r),
    notes: r.notes,
    lockVersion: r.lock_version,
    stopList: stops.map((s) => ({
      noteId: s.id,
      stopNo: s.stop_no,
      number: s.number,
      customerName: s.customer_name,
      deliveryAddress: s.delivery_address,
      contactName: s.contact_name,
      contactPhone: s.contact_phone,
      packages: s.packages,
      status: s.status,
    })),
  };
}

export interface ConsignmentDbRow {
  id: number;
  number: string;
  carrier_id: number;
  carrier_name: string;
  waybill_no: string | null;
  date: string;
  from_station: string | null;
  to_station: string;
  consignee_name: string;
  consignee_phone: string | null;
  consignee_address: string | null;
  goods: string;
  packing: string | null;
  packages: number;
  weight_kg: string | null;
  volume_m3: string | null;
  basis: 'piece' | 'weight' | 'volume';
  freight_fen: number | string;
  insured_value_fen: number | string;
  insurance_fee_fen: number | string;
  cod_fen: number | string;
  handover: 'pickup' | 'door';
  receipt_required: number | boolean;
  payment: ConsignmentRow['payment'];
  status: ConsignmentRow['status'];
  notified_at: string | null;
  notified_via: z.output<typeof consignmentDetail>['notifiedVia'];
  notified_note: string | null;
  settlement_number: string | null;
  lock_version: number;
  open_receipts: number | string;
  note_count: number | string;
}

/** Consignments with their carrier, settlement, and whether every note on them has its 回单 back. */
export function consignmentQuery(db: Db): Knex.QueryBuilder {
  const open = db('delivery_notes')
    .count('*')
    .whereRaw('delivery_notes.consignment_id = consignments.id')
    .whereNot('delivery_notes.status', 'receipted');
  const count = db('delivery_notes').count('*').whereRaw('delivery_notes.consignment_id = consignments.id');
  return db('consignments')
    .join('carriers', 'carriers.id', 'consignments.carrier_id')
    .leftJoin('freight_settlements', 'freight_settlements.id', 'consignments.settlement_id')
    .select(
      'consignments.*',
      'carriers.name as carrier_name',
      'freight_settlements.number as settlement_number',
      open.as('open_receipts'),
      count.as('note_count'),
    );
}

export const toConsignmentRow = (r: ConsignmentDbRow): ConsignmentRow => ({
  id: r.id,
  number: r.number,
  carrierId: r.carrier_id,
  carrierName: r.carrier_name,
  waybillNo: r.waybill_no,
  date: r.date,
  toStation: r.to_station,
  consigneeName: r.consignee_name,
  packages: r.packages,
  freight: int(r.freight_fen),
  insuranceFee: int(r.insurance_fee_fen),
  payment: r.payment,
  status: r.status,
  notifiedAt: r.notified_at,
  receiptsBack: int(r.note_count) > 0 && int(r.open_receipts) === 0,
  settlementNumber: r.settlement_number,
});

export async function getConsignment(db: Db, id: number): Promise<z.output<typeof consignmentDetail>> {
  const r = (await consignmentQuery(db).where('consignments.id', id).first()) as ConsignmentDbRow | undefined;
  if (!r) throw notFound('consignment', id);
  const notes = (await db('delivery_notes')
    .join('customers', 'customers.id', 'delivery_notes.customer_id')
    .where('delivery_notes.consignment_id', id)
    .orderBy('delivery_notes.id')
    .select(
      'delivery_notes.id',
      'delivery_notes.number',
      'customers.name as customer_name',
      'delivery_notes.status',
      'delivery_notes.receipt_date',
    )) as { id: number; number: string; customer_name: string; status: string; receipt_date: string | null }[];
  return {
    ...toConsignmentRow(r),
    fromStation: r.from_station,
    consigneePhone: r.consignee_phone,
    consigneeAddress: r.consignee_address,
    goods: r.goods,
    packing: r.packing,
    weightKg: r.weight_kg,
    volumeM3: r.volume_m3,
    basis: r.basis,
    insuredValue: int(r.insured_value_fen),
    cod: int(r.cod_fen),
    handover: r.handover,
    receiptRequired: bool(r.receipt_required),
    notifiedVia: r.notified_via,
    notifiedNote: r.notified_note,
    lockVersion: r.lock_version,
    notes: notes.map((n) => ({
      id: n.id,
      number: n.number,
      customerName: n.customer_name,
      status: n.status,
      receiptDate: n.receipt_date,
    })),
  };
}

export interface SettlementDbRow {
  id: number;
  number: string;
  carrier_id: number;
  carrier_name: string;
  period_from: string;
  period_to: string;
  freight_fen: number | string;
  insurance_fen: number | string | null;
  adjustment_fen: number | string;
  adjustment_note: string | null;
  total_fen: number | string;
  payment_ref: string;
  settled_on: string;
}

/** Settlements with their carrier and the insurance fees of the consignments they settled. */
export function settlementQuery(db: Db): Knex.QueryBuilder {
  const insurance = db('consignments')
    .sum('consignments.insurance_fee_fen')
    .whereRaw('consignments.settlement_id = freight_settlements.id');
  return db('freight_settlements')
    .join('carriers', 'carriers.id', 'freight_settlements.carrier_id')
    .select('freight_settlements.*', 'carriers.name as carrier_name', insurance.as('insurance_fen'));
}

export const toSettlement = (r: SettlementDbRow): Omit<z.output<typeof settlementRow>, 'consignments'> => ({
  id: r.id,
  number: r.number,
  carrierId: r.carrier_id,
  carrierName: r.carrier_name,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  freight: int(r.freight_fen),
  insurance: int(r.insurance_fen ?? 0),
  adjustment: int(r.adjustment_fen),
  adjustmentNote: r.adjustment_note,
  total: int(r.total_fen),
  paymentRef: r.payment_ref,
  settledOn: r.settled_on,
});

export async function getSettlement(db: Db, id: number): Promise<z.output<typeof settlementRow>> {
  const r = (await settlementQuery(db).where('freight_settlements.id', id).first()) as SettlementDbRow | undefined;
  if (!r) throw notFound('freightSettlement', id);
  const consignments = (
    (await consignmentQuery(db)
      .where('consignments.settlement_id', id)
      .orderBy('consignments.date')) as ConsignmentDbRow[]
  ).map(toConsignmentRow);
  return { ...toSettlement(r), consignments };
}

/** Notes put on a run or a consignment must be checked (pick check passed), on neither yet, and pass the credit check. */
export async function loadNotes(
  ctx: HandlerContext,
  noteIds: number[],
  changes: (id: number, i: number) => Record<string, unknown>,
): Promise<void> {
  const trx = ctx.tx();
  if (new Set(noteIds).size !== noteIds.length)
    throw new AppError('VALIDATION', 'errors.noteTwice', {}, [{ path: 'noteIds', message: 'errors.noteTwice' }]);
  for (const [i, id] of noteIds.entries()) {
    const note = await getNote(trx, id);
    if (note.runId !== null || note.consignmentId !== null)
      throw new AppError('CONFLICT', 'errors.noteDispatched', { number: note.number });
    await checkNoteLoad(ctx, id);
    await moveNotes(trx, [id], 'loaded', changes(id, i));
  }
}

/** Notes taken off a run or consignment that never left: back to checked, on neither, free to load again. */
export async function freeNotes(trx: Knex.Transaction, noteIds: number[]): Promise<void> {
  if (noteIds.length) await moveNotes(trx, noteIds, 'checked', { run_id: null, stop_no: null, consignment_id: null });
}
