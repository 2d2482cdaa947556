import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { fen, id, optMeasure, optText, plainDate, text } from '../rpc/fields';
import { listInput, pageOf, queueLimit, queueOf } from '../rpc/list';
import { FREIGHT_BASES } from '../carriers/contract';

/** 现付, 到付, 回单付, 月结. */
export const FREIGHT_PAYMENTS = ['cash', 'collect', 'on_receipt', 'monthly'] as const;
export const HANDOVERS = ['pickup', 'door'] as const;
export const NOTIFY_WAYS = ['phone', 'sms', 'wechat', 'email'] as const;
export const RUN_STATUSES = ['planned', 'on_road', 'returned', 'cancelled'] as const;
export const CONSIGNMENT_STATUSES = ['booked', 'shipped', 'arrived', 'cancelled'] as const;
/** What we pay the carrier ourselves (现付, 回单付, 月结); 到付 is the consignee's and never settled. */
export const SETTLED_PAYMENTS = ['cash', 'on_receipt', 'monthly'] as const;

export const runRow = z.object({
  id,
  number: z.string(),
  date: z.string(),
  vehicle: z.string(),
  driver: z.string(),
  escort: z.string().nullable(),
  status: z.enum(RUN_STATUSES),
  stops: z.number().int(),
  departedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
});
export const runStop = z.object({
  noteId: id,
  stopNo: z.number().int(),
  number: z.string(),
  customerName: z.string(),
  deliveryAddress: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  packages: z.number().int(),
  status: z.string(),
});
export const runDetail = runRow.extend({
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  stopList: z.array(runStop),
});

export const consignmentInput = z.object({
  carrierId: id,
  noteIds: z.array(id).min(1).max(100),
  date: plainDate,
  fromStation: optText(60),
  toStation: text(60),
  consigneeName: text(100),
  consigneePhone: optText(40),
  consigneeAddress: optText(200),
  goods: text(200),
  packing: optText(40),
  packages: z.number().int().min(1).max(100_000),
  weightKg: optMeasure,
  volumeM3: optMeasure,
  basis: z.enum(FREIGHT_BASES).optional(),
  /** Agreed freight in fen; computed from the carrier's rate when absent. */
  freight: fen.optional(),
  insuredValue: fen.default(0),
  insuranceFee: fen.default(0),
  cod: fen.default(0),
  handover: z.enum(HANDOVERS).default('door'),
  receiptRequired: z.boolean().default(true),
  payment: z.enum(FREIGHT_PAYMENTS).default('monthly'),
});

export const consignmentRow = z.object({
  id,
  number: z.string(),
  carrierId: id,
  carrierName: z.string(),
  waybillNo: z.string().nullable(),
  date: z.string(),
  toStation: z.string(),
  consigneeName: z.string(),
  packages: z.number().int(),
  freight: z.number().int(),
  insuranceFee: z.number().int(),
  payment: z.enum(FREIGHT_PAYMENTS),
  status: z.enum(CONSIGNMENT_STATUSES),
  notifiedAt: z.string().nullable(),
  /** Every note on it has its 回单 back. */
  receiptsBack: z.boolean(),
  settlementNumber: z.string().nullable(),
});
export type ConsignmentRow = z.output<typeof consignmentRow>;
export const consignmentDetail = consignmentRow.extend({
  fromStation: z.string().nullable(),
  consigneePhone: z.string().nullable(),
  consigneeAddress: z.string().nullable(),
  goods: z.string(),
  packing: z.string().nullable(),
  weightKg: z.string().nullable(),
  volumeM3: z.string().nullable(),
  basis: z.enum(FREIGHT_BASES),
  insuredValue: z.number().int(),
  cod: z.number().int(),
  handover: z.enum(HANDOVERS),
  receiptRequired: z.boolean(),
  notifiedVia: z.enum(NOTIFY_WAYS).nullable(),
  notifiedNote: z.string().nullable(),
  lockVersion: z.number().int(),
  notes: z.array(
    z.object({
      id,
      number: z.string(),
      customerName: z.string(),
      status: z.string(),
      receiptDate: z.string().nullable(),
    }),
  ),
});

export const boardNote = z.object({
  id,
  number: z.string(),
  customerName: z.string(),
  deliveryAddress: z.string().nullable(),
  date: z.string(),
  status: z.string(),
  dispatch: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  daysWaiting: z.number().int().nullable(),
});

export const settlementRow = z.object({
  id,
  number: z.string(),
  carrierId: id,
  carrierName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  freight: z.number().int(),
  /** The consignments' insurance fees, paid with the freight. */
  insurance: z.number().int(),
  adjustment: z.number().int(),
  adjustmentNote: z.string().nullable(),
  total: z.number().int(),
  paymentRef: z.string(),
  settledOn: z.string(),
  consignments: z.array(consignmentRow),
});

export const dispatchChannels = {
  'dispatch.runs.list': query(
    'deliveries.read',
    listInput(['number', 'date'] as const, { status: z.enum(RUN_STATUSES), date: plainDate }),
    pageOf(runRow),
  ),
  'dispatch.runs.get': query('deliveries.read', z.object({ id }), runDetail),
  /** A local run (市内): vehicle, driver, escort and the checked notes in stop order; they are loaded. */
  'dispatch.runs.create': mutation(
    'deliveries.write',
    z.object({
      date: plainDate,
      vehicle: text(40),
      driver: text(40),
      escort: optText(40),
      notes: optText(500),
      noteIds: z.array(id).min(1).max(100),
    }),
    runDetail,
  ),
  'dispatch.runs.depart': mutation('deliveries.write', z.object({ id }), runDetail),
  /** A planned run called off before it leaves: its notes come off it, checked, free for another run. */
  'dispatch.runs.cancel': mutation('deliveries.write', z.object({ id, reason: text(500) }), runDetail),
  /** Back from the run: the notes handed over are delivered; the rest come back to the warehouse, checked. */
  'dispatch.runs.return': mutation(
    'deliveries.write',
    z.object({ id, delivered: z.array(id).max(100), date: plainDate }),
    runDetail,
  ),
  'dispatch.runs.sheet': query(
    'deliveries.read',
    z.object({ id }),
    z.object({ filename: z.string(), dataBase64: z.string() }),
  ),

  'dispatch.consignments.list': query(
    'deliveries.read',
    listInput(['number', 'date', 'freight'] as const, {
      status: z.enum(CONSIGNMENT_STATUSES),
      carrierId: id,
      unsettled: z.boolean(),
    }),
    pageOf(consignmentRow),
  ),
  'dispatch.consignments.get': query('deliveries.read', z.object({ id }), consignmentDetail),
  'dispatch.consignments.create': mutation('deliveries.write', consignmentInput, consignmentDetail),
  /** Handed to the carrier under its waybill number: the notes are on the road. */
  'dispatch.consignments.ship': mutation('deliveries.write', z.object({ id, waybillNo: text(40) }), consignmentDetail),
  /** The consignee was told the goods are coming: when and how. */
  'dispatch.consignments.notify': mutation(
    'deliveries.write',
    z.object({ id, via: z.enum(NOTIFY_WAYS), note: optText(200) }),
    consignmentDetail,
  ),
  'dispatch.consignments.arrive': mutation('deliveries.write', z.object({ id, date: plainDate }), consignmentDetail),
  /** A booked consignment called off before the carrier takes it: its notes come off it, checked. */
  'dispatch.consignments.cancel': mutation('deliveries.write', z.object({ id, reason: text(500) }), consignmentDetail),
  /** 托运单: shipper (our letterhead), consignee, goods, freight and the notes carried, as booked. */
  'dispatch.consignments.pdf': query(
    'deliveries.read',
    z.object({ id }),
    z.object({ filename: z.string(), dataBase64: z.string() }),
  ),

  /**
   * The day's board: going out, on the road, and signed receipts still missing after the configured
   * days; each section its count and first `limit` notes by number.
   */
  'dispatch.board': query(
    'deliveries.read',
    z.object({ date: plainDate, limit: queueLimit }),
    z.object({
      goingOut: queueOf(boardNote),
      onTheRoad: queueOf(boardNote),
      missingReceipts: queueOf(boardNote),
      receiptDays: z.number().int(),
    }),
  ),

  /**
   * Consignments of a carrier in a period that we pay (not 到付), with every 回单 back and not yet settled,
   * with the freight and insurance due.
   */
  'dispatch.freight.open': query(
    'deliveries.read',
    z.object({ carrierId: id, from: plainDate, to: plainDate }),
    z.object({
      consignments: z.array(consignmentRow),
      freight: z.number().int(),
      insurance: z.number().int(),
    }),
  ),
  'dispatch.freight.settle': mutation(
    'deliveries.write',
    z.object({
      carrierId: id,
      from: plainDate,
      to: plainDate,
      consignmentIds: z.array(id).min(1).max(1000),
      /** Deductions (damage, delay) negative, extras positive, in fen. */
      adjustment: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).default(0),
      adjustmentNote: optText(200),
      paymentRef: text(60),
      settledOn: plainDate,
    }),
    settlementRow,
  ),
  'dispatch.freight.list': query(
    'deliveries.read',
    listInput(['number', 'settledOn'] as const, { carrierId: id }),
    pageOf(settlementRow.omit({ consignments: true })),
  ),
  'dispatch.freight.statement': query(
    'deliveries.read',
    z.object({ id }),
    z.object({ filename: z.string(), dataBase64: z.string() }),
  ),
};
