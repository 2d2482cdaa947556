import { z } from 'zod';
import { customerInput } from '../../shared/customers/contract';
import { productInput } from '../../shared/products/contract';
import { supplierInput } from '../../shared/suppliers/contract';
import { carrierInput } from '../../shared/carriers/contract';
import { carrierColumns } from '../carriers/carrier-store';
import { createCustomer } from '../customers/customer-store';
import { nowIso } from '../db/rows';
import { createProduct } from '../products/product-store';
import { AppError } from '../rpc/errors';
import type { HandlerContext, HandlerMap } from '../rpc/handler';
import { COMPANY_KEY } from '../settings/company';
import { readSetting, writeSetting } from '../settings/settings-store';
import { createSupplier } from '../suppliers/supplier-store';
import { loadDemoHistory } from './demo-history-runner';
import { DEMO_CARRIERS, DEMO_COMPANY, DEMO_CUSTOMERS, DEMO_PRODUCTS, DEMO_SUPPLIERS, DEMO_USERS } from './demo-company';

type Channel = 'demo.status' | 'demo.load';

const DEMO_LOADED_KEY = 'demo.loaded';

async function masterDataEmpty(db: HandlerContext['db']): Promise<boolean> {
  for (const table of ['customers', 'products', 'suppliers']) if (await db(table).first('id')) return false;
  return true;
}

export const demoHandlers: HandlerMap<Channel> = {
  'demo.status': async (_input, { db }) => ({
    empty: await masterDataEmpty(db),
    loaded: (await readSetting(db, DEMO_LOADED_KEY, z.string(), '')) !== '',
  }),
  // Only into an empty company: demo records must never mix with real ones.
  'demo.load': async (_input, ctx) => {
    const trx = ctx.tx();
    if (!(await masterDataEmpty(trx))) throw new AppError('CONFLICT', 'errors.demoNotEmpty');
    await writeSetting(trx, COMPANY_KEY, DEMO_COMPANY);
    // Each record gets its own history, as if it had been typed in.
    for (const c of DEMO_CUSTOMERS) {
      const created = await createCustomer(trx, customerInput.parse(c));
      await ctx.audit({ entity: 'customer', entityId: created.id, action: 'create', after: created });
    }
    for (const p of DEMO_PRODUCTS) {
      const created = await createProduct(trx, productInput.parse(p));
      await ctx.audit({ entity: 'product', entityId: created.id, action: 'create', after: created });
    }
    for (const s of DEMO_SUPPLIERS) {
      const created = await createSupplier(trx, supplierInput.parse(s));
      await ctx.audit({ entity: 'supplier', entityId: created.id, action: 'create', after: created });
    }
    for (const c of DEMO_CARRIERS) {
      const [row] = (await trx('carriers')
        .insert({
          ...carrierColumns(carrierInput.parse(c)),
          lock_version: 1,
          created_by: ctx.user?.id ?? null,
          created_at: nowIso(),
        })
        .returning('id')) as { id: number }[];
      await ctx.audit({ entity: 'carrier', entityId: row!.id, action: 'create', after: c });
    }
    let users = 0;
    for (const u of DEMO_USERS) {
      if (await trx('users').where({ username: u.username }).first('id')) continue;
      const now = nowIso();
      await trx('users').insert({
        username: u.username,
        display_name: u.displayName,
        role: u.role,
        password_hash: null,
        active: true,
        locale: 'zh-CN',
        created_at: now,
        updated_at: now,
      });
      users++;
    }
    // A year of business on top, so the dashboard, ageing, statements and lists show real figures at once.
    const history = await loadDemoHistory(ctx);
    await writeSetting(trx, DEMO_LOADED_KEY, nowIso());
    const counts = {
      customers: DEMO_CUSTOMERS.length,
      products: DEMO_PRODUCTS.length,
      suppliers: DEMO_SUPPLIERS.length,
      users,
    };
    await ctx.audit({ entity: 'demo', entityId: null, action: 'load', after: { ...counts, ...history } });
    return counts;
  },
};
