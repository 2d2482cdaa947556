import type { Knex } from 'knex';
import { updateAtLockVersion } from '../db/lock-version';
import { nextFreeCode } from '../numbering/numbering';
import type { HandlerContext } from '../rpc/handler';
import { duplicate } from '../rpc/errors';

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

interface Store<Data, Detail extends { id: number; lockVersion: number }> {
  get(db: Knex | Knex.Transaction, id: number): Promise<Detail>;
  create(trx: Knex.Transaction, data: Data): Promise<Detail>;
  update(trx: Knex.Transaction, id: number, lockVersion: number, data: Data): Promise<void>;
}

/** create / update / setActive handlers for a master record: the same audit story for all three kinds. */
export function masterWrites<Data, Detail extends { id: number; lockVersion: number }>(
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
      { id, lockVersion, data }: { id: number; lockVersion: number; data: Data },
      ctx: HandlerContext,
    ): Promise<Detail> {
      const trx = ctx.tx();
      const before = await store.get(trx, id);
      await store.update(trx, id, lockVersion, data);
      const after = await store.get(trx, id);
      await ctx.audit({ entity, entityId: id, action: 'update', before, after });
      return after;
    },
    async setActive({ id, active }: { id: number; active: boolean }, ctx: HandlerContext): Promise<Detail> {
      const trx = ctx.tx();
      const before = await store.get(trx, id);
      await updateAtLockVersion(trx, table, entity, id, before.lockVersion, { active });
      const after = await store.get(trx, id);
      await ctx.audit({ entity, entityId: id, action: active ? 'activate' : 'deactivate', before, after });
      return after;
    },
  };
}
