import { attachToDocument } from '../attachments/document-files';
import { contains, pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { assertExists } from '../db/references';
import { nowIso } from '../db/rows';
import type { HandlerContext, HandlerMap } from '../rpc/handler';
import type { RegisterData } from '../../shared/register/contract';
import {
  createEntry,
  getEntry,
  registerColumns,
  registerQuery,
  toRegisterRow,
  type RegisterDbRow,
} from './register-store';
import { updateAtLockVersion } from '../db/lock-version';

type Channel =
  'register.list' | 'register.get' | 'register.create' | 'register.update' | 'register.attach' | 'register.forward';

async function checkReferences(ctx: HandlerContext, d: RegisterData): Promise<void> {
  const trx = ctx.tx();
  await assertExists(trx, 'customers', 'customer', d.customerId);
  await assertExists(trx, 'suppliers', 'supplier', d.supplierId);
  await assertExists(trx, 'sales_orders', 'order', d.orderId);
  await assertExists(trx, 'quotes', 'quote', d.quoteId);
}

/** Moves the entry on one version; a stale version means someone else saved first. */
async function touch(
  ctx: HandlerContext,
  id: number,
  lockVersion: number,
  changes: Record<string, unknown> = {},
): Promise<void> {
  await updateAtLockVersion(ctx.tx(), 'register_entries', 'registerEntry', id, lockVersion, changes);
}

export const registerHandlers: HandlerMap<Channel> = {
  'register.list': async (input, { db }) => {
    const base = db('register_entries');
    const f = input.filters;
    if (f.kind) base.where('register_entries.kind', f.kind);
    if (f.direction) base.where('register_entries.direction', f.direction);
    if (f.customerId) base.where('register_entries.customer_id', f.customerId);
    if (f.supplierId) base.where('register_entries.supplier_id', f.supplierId);
    if (f.orderId) base.where('register_entries.order_id', f.orderId);
    return pageQuery(
      base,
      input,
      {
        search: (term) => {
          // The parties' mnemonics through their ids, so the page is found before any join.
          return documentMatchIds(db, 'register_entries', term, {
            also: [
              [
                'customer_id',
                db('customers')
                  .select('id')
                  .whereRaw(...contains('mnemonic', term)),
              ],
              [
                'supplier_id',
                db('suppliers')
                  .select('id')
                  .whereRaw(...contains('mnemonic', term)),
              ],
            ],
          });
        },
        sortColumns: {
          number: 'register_entries.number',
          date: 'register_entries.date',
          kind: 'register_entries.kind',
        },
        defaultSort: { column: 'register_entries.date', dir: 'desc' },
        idColumn: 'register_entries.id',
        read: registerQuery(db),
      },
      (r: RegisterDbRow) => toRegisterRow(r),
    );
  },
  'register.get': async ({ id }, { db }) => getEntry(db, id),
  'register.create': async (data, ctx) => {
    const trx = ctx.tx();
    await checkReferences(ctx, data);
    const created = await createEntry(trx, data, ctx.user?.id ?? null);
    await ctx.audit({ entity: 'register', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'register.update': async ({ id, lockVersion, data }, ctx) => {
    const trx = ctx.tx();
    const before = await getEntry(trx, id);
    await checkReferences(ctx, data);
    await touch(ctx, id, lockVersion, await registerColumns(trx, data));
    const after = await getEntry(trx, id);
    await ctx.audit({ entity: 'register', entityId: id, action: 'update', before, after });
    return after;
  },
  'register.attach': async ({ id, attachmentId, label }, ctx) => {
    const before = await getEntry(ctx.tx(), id);
    await attachToDocument(ctx.tx(), 'register', id, attachmentId, label);
    await touch(ctx, id, before.lockVersion);
    const after = await getEntry(ctx.tx(), id);
    await ctx.audit({ entity: 'register', entityId: id, action: 'attach', after: { attachmentId, label } });
    return after;
  },
  'register.forward': async ({ id, toWhom, via, date, note }, ctx) => {
    const before = await getEntry(ctx.tx(), id);
    await ctx
      .tx()('register_forwards')
      .insert({ entry_id: id, to_whom: toWhom, via, date, note, user_id: ctx.user?.id ?? null, created_at: nowIso() });
    await touch(ctx, id, before.lockVersion);
    const after = await getEntry(ctx.tx(), id);
    await ctx.audit({ entity: 'register', entityId: id, action: 'forward', after: { toWhom, via, date, note } });
    return after;
  },
};
