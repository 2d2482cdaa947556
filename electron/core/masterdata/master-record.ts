import type { Knex } from 'knex';
import { nowIso } from '../db/rows';
import { nextFreeCode } from '../numbering/numbering';
import type { HandlerContext } from '../rpc/handler';
import { duplicate, staleVersion } from '../rpc/errors';

type MasterTable = 'customers' | 'products' | 'suppliers';
type MasterEntity = 'customer' | 'product' | 'supplier';

/** The user's code, or the next free one from the numbering service; never one already used. */
export async function claimCode(
  trx: Knex.Transaction,
  table: MasterTable,
  entity: MasterEntity,
  code: string | null,
  exceptId?: number,
): Promise<string> {
  if (code === null) return nextFreeCode(trx, entity, table);
  const q = trx(table).where({ code });
  if (exceptId) q.whereNot({ id: exceptId });
  if (await q.first('id')) throw duplicate('code', code);
  return code;
}

/** Updates a row only at the version the user edited; a concurrent edit answers CONFLICT. */
export async function updateAtVersion(
  trx: Knex.Transaction,
  table: MasterTable,
  entity: MasterEntity,
  id: number,
  version: number,
  columns: Record<string, unknown>,
): Promise<void> {
  const n = await trx(table)
    .where({ id, version })
    .update({ ...columns, version: version + 1, updated_at: nowIso() });
  if (n !== 1) throw staleVersion(entity);
}

interface Store<Data, Detail extends { id: number; version: number }> {
  get(db: Knex | Knex.Transaction, id: number): Promise<Detail>;
  create(trx: Knex.Transaction, data: Data): Promise<Detail>;
  update(trx: Knex.Transaction, id: number, version: number, data: Data): Promise<void>;
}

/** create / update / setActive handlers for a master record: the same audit story for all three kinds. */
export function masterWrites<Data, Detail extends { id: number; version: number }>(
  entity: MasterEntity,
  table: MasterTable,
  store: Store<Data, Detail>,
) {
  return {
    async create(data: Data, ctx: HandlerContext): Promise<Detail> {
      const created = await store.create(ctx.tx(), data);
      await ctx.audit({ entity, entityId: created.id, action: 'create', after: created });
      return created;
    },
    async update(
      { id, version, data }: { id: number; version: number; data: Data },
      ctx: HandlerContext,
    ): Promise<Detail> {
      const trx = ctx.tx();
      const before = await store.get(trx, id);
      await store.update(trx, id, version, data);
      const after = await store.get(trx, id);
      await ctx.audit({ entity, entityId: id, action: 'update', before, after });
      return after;
    },
    async setActive({ id, active }: { id: number; active: boolean }, ctx: HandlerContext): Promise<Detail> {
      const trx = ctx.tx();
      const before = await store.get(trx, id);
      await updateAtVersion(trx, table, entity, id, before.version, { active });
      const after = await store.get(trx, id);
      await ctx.audit({ entity, entityId: id, action: active ? 'activate' : 'deactivate', before, after });
      return after;
    },
  };
}
