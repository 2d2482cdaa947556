import { addDays, daysBetween } from '../dates';
import { contains, pageQuery } from '../db/list-query';
import { nowIso } from '../db/rows';
import { getNote, moveNotes } from '../deliveries/note-store';
import { readDeliverySettings } from '../settings/delivery-settings';
import { nextNumber } from '../numbering/numbering';
import { AppError, notFound } from '../rpc/errors';
import type { HandlerContext, HandlerMap } from '../rpc/handler';
import { carrierColumns, getCarrier, toCarrier, type CarrierDbRow } from './carriers';
import { renderFreightStatement, renderRunSheet } from './dispatch-documents';
import {
  consignmentQuery,
  getConsignment,
  getRun,
  getSettlement,
  runQuery,
  settlementQuery,
  toConsignmentRow,
  toRunRow,
  toSettlement,
  type ConsignmentDbRow,
  type RunDbRow,
  type SettlementDbRow,
} from './dispatch-store';
import { freightFor } from './freight';
import { updateAtLockVersion } from '../db/lock-version';

type Channel =
  | 'carriers.list'
  | 'carriers.create'
  | 'carriers.update'
  | 'dispatch.runs.list'
  | 'dispatch.runs.get'
  | 'dispatch.runs.create'
  | 'dispatch.runs.depart'
  | 'dispatch.runs.return'
  | 'dispatch.runs.sheet'
  | 'dispatch.consignments.list'
  | 'dispatch.consignments.get'
  | 'dispatch.consignments.create'
  | 'dispatch.consignments.ship'
  | 'dispatch.consignments.notify'
  | 'dispatch.consignments.arrive'
  | 'dispatch.board'
  | 'dispatch.freight.open'
  | 'dispatch.freight.settle'
  | 'dispatch.freight.list'
  | 'dispatch.freight.statement';

/** Notes put on a run or a consignment must be checked (pick check passed) and on neither yet. */
async function loadNotes(
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
    await moveNotes(trx, [id], 'loaded', changes(id, i));
  }
}

async function bump(
  ctx: HandlerContext,
  table: 'dispatch_runs' | 'consignments',
  entity: string,
  id: number,
  lockVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  await updateAtLockVersion(ctx.tx(), table, entity, id, lockVersion, changes);
}

function expectRun(run: { number: string; status: string }, status: string, action: string): void {
  if (run.status !== status)
    throw new AppError('CONFLICT', 'errors.runWrongStatus', {
      number: run.number,
      status: `@runStatus.${run.status}`,
      action: `@deliveryAction.${action}`,
    });
}

export const dispatchHandlers: HandlerMap<Channel> = {
  'carriers.list': async (input, { db }) => {
    const base = db('carriers').select('*');
    if (input.filters.active !== undefined) base.where({ active: input.filters.active });
    const term = input.q;
    if (term) {
      base.where((w) => w.whereRaw(...contains('name', term)).orWhereRaw(...contains('routes', term)));
    }
    return pageQuery(
      base,
      { ...input, q: undefined },
      { sortColumns: { name: 'name' }, defaultSort: { column: 'name', dir: 'asc' }, idColumn: 'id' },
      (r: CarrierDbRow) => toCarrier(r),
    );
  },
  'carriers.create': async (data, ctx) => {
    const now = nowIso();
    const [row] = (await ctx
      .tx()('carriers')
      .insert({ ...carrierColumns(data), lock_version: 1, created_by: ctx.user?.id ?? null, created_at: now })
      .returning('id')) as { id: number }[];
    const created = await getCarrier(ctx.tx(), row!.id);
    await ctx.audit({ entity: 'carrier', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'carriers.update': async ({ id, lockVersion, data }, ctx) => {
    const before = await getCarrier(ctx.tx(), id);
    await updateAtLockVersion(ctx.tx(), 'carriers', 'carrier', id, lockVersion, carrierColumns(data));
    const after = await getCarrier(ctx.tx(), id);
    await ctx.audit({ entity: 'carrier', entityId: id, action: 'update', before, after });
    return after;
  },

  'dispatch.runs.list': async (input, { db }) => {
    const base = runQuery(db);
    if (input.filters.status) base.where('dispatch_runs.status', input.filters.status);
    if (input.filters.date) base.where('dispatch_runs.date', input.filters.date);
    const term = input.q;
    if (term) {
      base.where((w) =>
        w
          .whereRaw(...contains('dispatch_runs.number', term))
          .orWhereRaw(...contains('dispatch_runs.vehicle', term))
          .orWhereRaw(...contains('dispatch_runs.driver', term)),
      );
    }
    return pageQuery(
      base,
      { ...input, q: undefined },
      {
        sortColumns: { number: 'dispatch_runs.number', date: 'dispatch_runs.date' },
        defaultSort: { column: 'dispatch_runs.date', dir: 'desc' },
        idColumn: 'dispatch_runs.id',
      },
      (r: RunDbRow) => toRunRow(r),
    );
  },
  'dispatch.runs.get': async ({ id }, { db }) => getRun(db, id),
  'dispatch.runs.create': async ({ noteIds, ...run }, ctx) => {
    const trx = ctx.tx();
    const number = await nextNumber(trx, 'dispatch_run', new Date(`${run.date}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('dispatch_runs')
      .insert({
        ...run,
        number,
        status: 'planned',
        lock_version: 1,
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    await loadNotes(ctx, noteIds, (_id, i) => ({ run_id: row!.id, stop_no: i + 1 }));
    const created = await getRun(trx, row!.id);
    await ctx.audit({ entity: 'dispatchRun', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'dispatch.runs.depart': async ({ id }, ctx) => {
    const trx = ctx.tx();
    const run = await getRun(trx, id);
    expectRun(run, 'planned', 'depart');
    await bump(ctx, 'dispatch_runs', 'dispatchRun', id, run.lockVersion, { status: 'on_road', departed_at: nowIso() });
    await moveNotes(
      trx,
      run.stopList.map((s) => s.noteId),
      'in_transit',
    );
    const after = await getRun(trx, id);
    await ctx.audit({
      entity: 'dispatchRun',
      entityId: id,
      action: 'depart',
      after: { status: 'on_road', notes: run.stopList.map((s) => s.number) },
    });
    return after;
  },
  'dispatch.runs.return': async ({ id, delivered, date }, ctx) => {
    const trx = ctx.tx();
    const run = await getRun(trx, id);
    expectRun(run, 'on_road', 'return');
    const onRun = run.stopList.map((s) => s.noteId);
    for (const noteId of delivered)
      if (!onRun.includes(noteId))
        throw new AppError('VALIDATION', 'errors.notOnRun', { number: run.number }, [
          { path: 'delivered', message: 'errors.notOnRun' },
        ]);
    await bump(ctx, 'dispatch_runs', 'dispatchRun', id, run.lockVersion, { status: 'returned', returned_at: nowIso() });
    if (delivered.length) await moveNotes(trx, delivered, 'delivered', { delivered_on: date });
    // What could not be handed over comes back to the warehouse, checked, off the run.
    const back = onRun.filter((n) => !delivered.includes(n));
    if (back.length) await moveNotes(trx, back, 'checked', { run_id: null, stop_no: null });
    const after = await getRun(trx, id);
    await ctx.audit({
      entity: 'dispatchRun',
      entityId: id,
      action: 'return',
      after: { status: 'returned', delivered, back },
    });
    return after;
  },
  'dispatch.runs.sheet': async ({ id }, { services }) => {
    const { filename, pdf } = await renderRunSheet(services.db(), services, id);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64') };
  },

  'dispatch.consignments.list': async (input, { db }) => {
    const base = consignmentQuery(db);
    const f = input.filters;
    if (f.status) base.where('consignments.status', f.status);
    if (f.carrierId) base.where('consignments.carrier_id', f.carrierId);
    if (f.unsettled) base.whereNull('consignments.settlement_id');
    const term = input.q;
    if (term) {
      base.where((w) =>
        w
          .whereRaw(...contains('consignments.number', term))
          .orWhereRaw(...contains('consignments.waybill_no', term))
          .orWhereRaw(...contains('consignments.consignee_name', term)),
      );
    }
    return pageQuery(
      base,
      { ...input, q: undefined },
      {
        sortColumns: { number: 'consignments.number', date: 'consignments.date', freight: 'consignments.freight_fen' },
        defaultSort: { column: 'consignments.date', dir: 'desc' },
        idColumn: 'consignments.id',
      },
      (r: ConsignmentDbRow) => toConsignmentRow(r),
    );
  },
  'dispatch.consignments.get': async ({ id }, { db }) => getConsignment(db, id),
  'dispatch.consignments.create': async ({ noteIds, ...c }, ctx) => {
    const trx = ctx.tx();
    const carrier = await getCarrier(trx, c.carrierId);
    if (!carrier.active) throw new AppError('CONFLICT', 'errors.carrierInactive', { name: carrier.name });
    const basis = c.basis ?? carrier.basis;
    const freight = c.freight ?? freightFor(basis, carrier.rate, carrier.minimum, c);
    const number = await nextNumber(trx, 'consignment', new Date(`${c.date}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('consignments')
      .insert({
        number,
        carrier_id: c.carrierId,
        date: c.date,
        from_station: c.fromStation,
        to_station: c.toStation,
        consignee_name: c.consigneeName,
        consignee_phone: c.consigneePhone,
        consignee_address: c.consigneeAddress,
        goods: c.goods,
        packing: c.packing,
        packages: c.packages,
        weight_kg: c.weightKg,
        volume_m3: c.volumeM3,
        basis,
        freight_fen: freight,
        insured_value_fen: c.insuredValue,
        insurance_fee_fen: c.insuranceFee,
        cod_fen: c.cod,
        handover: c.handover,
        receipt_required: c.receiptRequired,
        payment: c.payment,
        status: 'booked',
        lock_version: 1,
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    await loadNotes(ctx, noteIds, () => ({ consignment_id: row!.id }));
    const created = await getConsignment(trx, row!.id);
    await ctx.audit({ entity: 'consignment', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'dispatch.consignments.ship': async ({ id, waybillNo }, ctx) => {
    const trx = ctx.tx();
    const c = await getConsignment(trx, id);
    if (c.status !== 'booked')
      throw new AppError('CONFLICT', 'errors.consignmentWrongStatus', {
        number: c.number,
        status: `@consignmentStatus.${c.status}`,
      });
    await bump(ctx, 'consignments', 'consignment', id, c.lockVersion, { status: 'shipped', waybill_no: waybillNo });
    await moveNotes(
      trx,
      c.notes.map((n) => n.id),
      'in_transit',
    );
    const after = await getConsignment(trx, id);
    await ctx.audit({ entity: 'consignment', entityId: id, action: 'ship', after: { status: 'shipped', waybillNo } });
    return after;
  },
  'dispatch.consignments.notify': async ({ id, via, note }, ctx) => {
    const c = await getConsignment(ctx.tx(), id);
    const at = nowIso();
    await bump(ctx, 'consignments', 'consignment', id, c.lockVersion, {
      notified_at: at,
      notified_via: via,
      notified_note: note,
    });
    const after = await getConsignment(ctx.tx(), id);
    await ctx.audit({ entity: 'consignment', entityId: id, action: 'notify', after: { at, via, note } });
    return after;
  },
  'dispatch.consignments.arrive': async ({ id, date }, ctx) => {
    const trx = ctx.tx();
    const c = await getConsignment(trx, id);
    if (c.status !== 'shipped')
      throw new AppError('CONFLICT', 'errors.consignmentWrongStatus', {
        number: c.number,
        status: `@consignmentStatus.${c.status}`,
      });
    await bump(ctx, 'consignments', 'consignment', id, c.lockVersion, { status: 'arrived' });
    await moveNotes(
      trx,
      c.notes.map((n) => n.id),
      'delivered',
      { delivered_on: date },
    );
    const after = await getConsignment(trx, id);
    await ctx.audit({ entity: 'consignment', entityId: id, action: 'arrive', after: { status: 'arrived', date } });
    return after;
  },

  'dispatch.board': async ({ date }, { db }) => {
    const { receiptDays } = await readDeliverySettings(db);
    const base = () =>
      db('delivery_notes')
        .join('customers', 'customers.id', 'delivery_notes.customer_id')
        .leftJoin('dispatch_runs', 'dispatch_runs.id', 'delivery_notes.run_id')
        .leftJoin('consignments', 'consignments.id', 'delivery_notes.consignment_id')
        .select(
          'delivery_notes.id',
          'delivery_notes.number',
          'customers.name as customer_name',
          'delivery_notes.delivery_address',
          'delivery_notes.date',
          'delivery_notes.status',
          'delivery_notes.delivered_on',
          'dispatch_runs.number as run_number',
          'consignments.number as consignment_number',
        )
        .orderBy('delivery_notes.number');
    type Row = {
      id: number;
      number: string;
      customer_name: string;
      delivery_address: string | null;
      date: string;
      status: string;
      delivered_on: string | null;
      run_number: string | null;
      consignment_number: string | null;
    };
    const toBoard = (r: Row) => ({
      id: r.id,
      number: r.number,
      customerName: r.customer_name,
      deliveryAddress: r.delivery_address,
      date: r.date,
      status: r.status,
      dispatch: r.run_number ?? r.consignment_number,
      deliveredOn: r.delivered_on,
      daysWaiting: r.delivered_on ? daysBetween(r.delivered_on, date) : null,
    });
    const goingOut = (
      (await base()
        .whereIn('delivery_notes.status', ['prepared', 'checked', 'loaded'])
        .where('delivery_notes.date', '<=', date)) as Row[]
    ).map(toBoard);
    const onTheRoad = ((await base().where('delivery_notes.status', 'in_transit')) as Row[]).map(toBoard);
    const missingReceipts = (
      (await base()
        .where('delivery_notes.status', 'delivered')
        .where('delivery_notes.delivered_on', '<=', addDays(date, -receiptDays))) as Row[]
    ).map(toBoard);
    return { goingOut, onTheRoad, missingReceipts, receiptDays };
  },

  'dispatch.freight.open': async ({ carrierId, from, to }, { db }) => {
    await getCarrier(db, carrierId);
    const rows = (
      (await consignmentQuery(db)
        .where('consignments.carrier_id', carrierId)
        .whereBetween('consignments.date', [from, to])
        .whereNull('consignments.settlement_id')
        .orderBy('consignments.date')) as ConsignmentDbRow[]
    )
      .map(toConsignmentRow)
      .filter((c) => c.receiptsBack);
    return { consignments: rows, freight: rows.reduce((s, c) => s + c.freight, 0) };
  },
  'dispatch.freight.settle': async (input, ctx) => {
    const trx = ctx.tx();
    const carrier = await getCarrier(trx, input.carrierId);
    const chosen = (
      (await consignmentQuery(trx).whereIn('consignments.id', input.consignmentIds)) as ConsignmentDbRow[]
    ).map(toConsignmentRow);
    for (const id of input.consignmentIds) {
      const c = chosen.find((x) => x.id === id);
      if (!c) throw notFound('consignment', id);
      if (c.carrierId !== carrier.id || c.date < input.from || c.date > input.to)
        throw new AppError('VALIDATION', 'errors.consignmentNotInPeriod', { number: c.number }, [
          { path: 'consignmentIds', message: 'errors.consignmentNotInPeriodShort' },
        ]);
      if (c.settlementNumber)
        throw new AppError('CONFLICT', 'errors.consignmentSettled', {
          number: c.number,
          settlement: c.settlementNumber,
        });
      if (!c.receiptsBack) throw new AppError('CONFLICT', 'errors.consignmentNoReceipt', { number: c.number });
    }
    const freight = chosen.reduce((s, c) => s + c.freight, 0);
    const number = await nextNumber(trx, 'freight_settlement', new Date(`${input.settledOn}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('freight_settlements')
      .insert({
        number,
        carrier_id: carrier.id,
        period_from: input.from,
        period_to: input.to,
        freight_fen: freight,
        adjustment_fen: input.adjustment,
        adjustment_note: input.adjustmentNote,
        total_fen: freight + input.adjustment,
        payment_ref: input.paymentRef,
        settled_on: input.settledOn,
        lock_version: 1,
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    await trx('consignments').whereIn('id', input.consignmentIds).update({ settlement_id: row!.id, updated_at: now });
    const created = await getSettlement(trx, row!.id);
    await ctx.audit({ entity: 'freightSettlement', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'dispatch.freight.list': async (input, { db }) => {
    const base = settlementQuery(db);
    if (input.filters.carrierId) base.where('freight_settlements.carrier_id', input.filters.carrierId);
    return pageQuery(
      base,
      { ...input, q: undefined },
      {
        sortColumns: { number: 'freight_settlements.number', settledOn: 'freight_settlements.settled_on' },
        defaultSort: { column: 'freight_settlements.settled_on', dir: 'desc' },
        idColumn: 'freight_settlements.id',
      },
      (r: SettlementDbRow) => toSettlement(r),
    );
  },
  'dispatch.freight.statement': async ({ id }, { services }) => {
    const { filename, pdf } = await renderFreightStatement(services.db(), services, id);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64') };
  },
};
