import { pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { updateAtLockVersion } from '../db/lock-version';
import { nowIso } from '../db/rows';
import { getCarrier } from '../carriers/carrier-store';
import { moveNotes } from '../deliveries/note-store';
import { consignmentSnapshotNow, writeSnapshot } from '../docs/issued-snapshot';
import { nextNumber } from '../numbering/numbering';
import { AppError } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import {
  consignmentQuery,
  freeNotes,
  getConsignment,
  loadNotes,
  toConsignmentRow,
  type ConsignmentDbRow,
} from './dispatch-store';
import { freightFor } from './freight';
import { renderConsignmentNote } from './dispatch-documents';

type Channel =
  | 'dispatch.consignments.list'
  | 'dispatch.consignments.get'
  | 'dispatch.consignments.create'
  | 'dispatch.consignments.ship'
  | 'dispatch.consignments.notify'
  | 'dispatch.consignments.arrive'
  | 'dispatch.consignments.cancel'
  | 'dispatch.consignments.pdf';

/** 托运: notes handed to a carrier, the waybill, the consignee told, arrival. */
export const consignmentHandlers: HandlerMap<Channel> = {
  'dispatch.consignments.list': async (input, { db }) => {
    const base = db('consignments');
    const f = input.filters;
    if (f.status) base.where('consignments.status', f.status);
    if (f.carrierId) base.where('consignments.carrier_id', f.carrierId);
    if (f.unsettled) base.whereNull('consignments.settlement_id');
    return pageQuery(
      base,
      input,
      {
        search: (term) => documentMatchIds(db, 'consignments', term),
        sortColumns: { number: 'consignments.number', date: 'consignments.date', freight: 'consignments.freight_fen' },
        defaultSort: { column: 'consignments.date', dir: 'desc' },
        idColumn: 'consignments.id',
        read: consignmentQuery(db),
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
    // Booked is issued: the 托运单 keeps the shipper's letterhead, the consignee and the notes' customers as now.
    await writeSnapshot(trx, 'consignment', row!.id, await consignmentSnapshotNow(trx, row!.id));
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
    await updateAtLockVersion(ctx.tx(), 'consignments', 'consignment', id, c.lockVersion, {
      status: 'shipped',
      waybill_no: waybillNo,
    });
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
    await updateAtLockVersion(ctx.tx(), 'consignments', 'consignment', id, c.lockVersion, {
      notified_at: at,
      notified_via: via,
      notified_note: note,
    });
    const after = await getConsignment(ctx.tx(), id);
    await ctx.audit({ entity: 'consignment', entityId: id, action: 'notify', after: { at, via, note } });
    return after;
  },
  'dispatch.consignments.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const c = await getConsignment(trx, id);
    if (c.status !== 'booked')
      throw new AppError('CONFLICT', 'errors.consignmentNotCancellable', {
        number: c.number,
        status: `@consignmentStatus.${c.status}`,
      });
    await updateAtLockVersion(trx, 'consignments', 'consignment', id, c.lockVersion, { status: 'cancelled' });
    await freeNotes(
      trx,
      c.notes.map((n) => n.id),
    );
    const after = await getConsignment(trx, id);
    await ctx.audit({
      entity: 'consignment',
      entityId: id,
      action: 'cancel',
      before: { status: c.status },
      after: { status: 'cancelled', reason, freed: c.notes.map((n) => n.number) },
    });
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
    await updateAtLockVersion(ctx.tx(), 'consignments', 'consignment', id, c.lockVersion, { status: 'arrived' });
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
  'dispatch.consignments.pdf': async ({ id }, { services, locale }) => {
    const { filename, pdf } = await renderConsignmentNote(services.db(), services, id, locale);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64') };
  },
};
