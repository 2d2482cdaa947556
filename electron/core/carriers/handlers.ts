import { contains, pageQuery } from '../db/list-query';
import type { HandlerMap } from '../rpc/handler';
import { createCarrier, getCarrier, toCarrier, updateCarrier, type CarrierDbRow } from './carrier-store';

type Channel = 'carriers.list' | 'carriers.create' | 'carriers.update';

/** 承运商: the freight carriers consignments go with, and how each charges. */
export const carrierHandlers: HandlerMap<Channel> = {
  'carriers.list': async (input, { db }) => {
    const base = db('carriers').select('*');
    if (input.filters.active !== undefined) base.where({ active: input.filters.active });
    const term = input.q;
    if (term) base.where((w) => w.whereRaw(...contains('name', term)).orWhereRaw(...contains('routes', term)));
    return pageQuery(
      base,
      { ...input, q: undefined },
      { sortColumns: { name: 'name' }, defaultSort: { column: 'name', dir: 'asc' }, idColumn: 'id' },
      (r: CarrierDbRow) => toCarrier(r),
    );
  },
  'carriers.create': async (data, ctx) => {
    const created = await createCarrier(ctx.tx(), data, ctx.user?.id ?? null);
    await ctx.audit({ entity: 'carrier', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'carriers.update': async ({ id, lockVersion, data }, ctx) => {
    const before = await getCarrier(ctx.tx(), id);
    const after = await updateCarrier(ctx.tx(), id, lockVersion, data);
    await ctx.audit({ entity: 'carrier', entityId: id, action: 'update', before, after });
    return after;
  },
};
