import type { Knex } from 'knex';
import { getCarrier } from '../carriers/carrier-store';
import { addDays, daysBetween } from '../dates';
import { pageQuery } from '../db/list-query';
import { nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { AppError, notFound } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { SETTLED_PAYMENTS } from '../../shared/dispatch/contract';
import { readDeliverySettings } from '../settings/delivery-settings';
import { renderFreightStatement } from './dispatch-documents';
import {
  consignmentQuery,
  getSettlement,
  settlementQuery,
  toConsignmentRow,
  toSettlement,
  type ConsignmentDbRow,
  type SettlementDbRow,
} from './dispatch-store';

type Channel =
  | 'dispatch.board'
  | 'dispatch.freight.open'
  | 'dispatch.freight.settle'
  | 'dispatch.freight.list'
  | 'dispatch.freight.statement';

/** The day board, and freight settled per carrier and period with a statement. */
export const freightHandlers: HandlerMap<Channel> = {
  'dispatch.board': async ({ date, limit }, { db }) => {
    const { receiptDays } = await readDeliverySettings(db);
    const read = (ids: Knex.QueryBuilder) =>
      db('delivery_notes')
        .whereIn('delivery_notes.id', ids)
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
    // Each section counted and its first notes found on the notes' own columns, then only those read with names.
    const section = async (notes: Knex.QueryBuilder) => {
      const counted = (await notes.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
      const ids = notes
        .select('id')
        .orderBy([{ column: 'number' }, { column: 'id' }])
        .limit(limit);
      return { rows: ((await read(ids)) as Row[]).map(toBoard), total: Number(counted?.n ?? 0) };
    };
    const notes = () => db('delivery_notes');
    const goingOut = await section(
      notes().whereIn('status', ['prepared', 'checked', 'loaded']).where('date', '<=', date),
    );
    const onTheRoad = await section(notes().where('status', 'in_transit'));
    const missingReceipts = await section(
      notes().where('status', 'delivered').where('delivered_on', '<=', addDays(date, -receiptDays)),
    );
    return { goingOut, onTheRoad, missingReceipts, receiptDays };
  },
  'dispatch.freight.open': async ({ carrierId, from, to }, { db }) => {
    await getCarrier(db, carrierId);
    const rows = (
      (await consignmentQuery(db)
        .where('consignments.carrier_id', carrierId)
        .whereBetween('consignments.date', [from, to])
        .whereNull('consignments.settlement_id')
        .whereIn('consignments.payment', [...SETTLED_PAYMENTS])
        .orderBy('consignments.date')) as ConsignmentDbRow[]
    )
      .map(toConsignmentRow)
      .filter((c) => c.receiptsBack);
    return {
      consignments: rows,
      freight: rows.reduce((s, c) => s + c.freight, 0),
      insurance: rows.reduce((s, c) => s + c.insuranceFee, 0),
    };
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
      if (c.payment === 'collect')
        throw new AppError('VALIDATION', 'errors.consignmentCollect', { number: c.number }, [
          { path: 'consignmentIds', message: 'errors.consignmentCollectShort' },
        ]);
      if (!c.receiptsBack) throw new AppError('CONFLICT', 'errors.consignmentNoReceipt', { number: c.number });
    }
    const freight = chosen.reduce((s, c) => s + c.freight, 0);
    const insurance = chosen.reduce((s, c) => s + c.insuranceFee, 0);
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
        total_fen: freight + insurance + input.adjustment,
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
    const base = db('freight_settlements');
    if (input.filters.carrierId) base.where('freight_settlements.carrier_id', input.filters.carrierId);
    return pageQuery(
      base,
      { ...input, q: undefined },
      {
        sortColumns: { number: 'freight_settlements.number', settledOn: 'freight_settlements.settled_on' },
        defaultSort: { column: 'freight_settlements.settled_on', dir: 'desc' },
        idColumn: 'freight_settlements.id',
        read: settlementQuery(db),
      },
      (r: SettlementDbRow) => toSettlement(r),
    );
  },
  'dispatch.freight.statement': async ({ id }, { services, locale }) => {
    const { filename, pdf } = await renderFreightStatement(services.db(), services, id, locale);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64') };
  },
};
