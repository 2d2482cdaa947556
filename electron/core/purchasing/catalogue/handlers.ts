import type { Knex } from 'knex';
import type { In } from '../../../shared/contracts';
import type { OFFER_SORTABLE } from '../../../shared/purchasing/catalogue/contract';
import { contains, pageQuery } from '../../db/list-query';
import { updateAtLockVersion } from '../../db/lock-version';
import { nowIso } from '../../db/rows';
import { AppError, notFound } from '../../rpc/errors';
import type { HandlerContext, HandlerMap } from '../../rpc/handler';
import { matchingIds } from '../../search/search-index';
import { getOffer, offerQuery, toOfferRows, type OfferDbRow } from './offer-store';
import { recordSupplierPrice } from './price-history';

type Channel =
  | 'purchasing.catalogue.list'
  | 'purchasing.catalogue.get'
  | 'purchasing.catalogue.create'
  | 'purchasing.catalogue.update'
  | 'purchasing.catalogue.addPrice'
  | 'purchasing.catalogue.attach'
  | 'purchasing.catalogue.detach';

type OfferData = In<'purchasing.catalogue.create'>;

const SORT_COLUMNS: Record<(typeof OFFER_SORTABLE)[number], string> = {
  productCode: 'products.code',
  productName: 'products.name_sort',
  supplierName: 'suppliers.name_sort',
  model: 'supplier_products.model',
  updatedAt: 'supplier_products.updated_at',
};

/**
 * "Who sells this model": offers whose product is found by code, name or pinyin, whose supplier is found by name
 * or pinyin, or whose own model or maker contains the text.
 */
function offerSearch(db: Knex | Knex.Transaction, q: string): Knex.QueryBuilder {
  return db('supplier_products')
    .select('id')
    .whereIn('product_id', matchingIds(db, 'products', q))
    .orWhereIn('supplier_id', matchingIds(db, 'suppliers', q))
    .orWhereRaw(...contains('supplier_products.model', q))
    .orWhereRaw(...contains('supplier_products.maker', q));
}

function listBase(db: Knex | Knex.Transaction, filters: In<'purchasing.catalogue.list'>['filters'] = {}) {
  const base = db('supplier_products')
    .join('suppliers', 'suppliers.id', 'supplier_products.supplier_id')
    .join('products', 'products.id', 'supplier_products.product_id');
  if (filters.supplierId) base.where('supplier_products.supplier_id', filters.supplierId);
  if (filters.productId) base.where('supplier_products.product_id', filters.productId);
  if (filters.active !== undefined) base.where('supplier_products.active', filters.active);
  return base;
}

/** Refuses an offer of a supplier or product that is not there, or a second offer of the same pair, at the field. */
async function checkOffer(trx: Knex.Transaction, d: { supplierId: number; productId: number }, self?: number) {
  if (!(await trx('suppliers').where({ id: d.supplierId }).first('id')))
    throw new AppError('VALIDATION', 'catalogueMsg.errors.noSupplier', {}, [
      { path: 'supplierId', message: 'catalogueMsg.errors.noSupplier' },
    ]);
  if (!(await trx('products').where({ id: d.productId }).first('id')))
    throw new AppError('VALIDATION', 'catalogueMsg.errors.noProduct', {}, [
      { path: 'productId', message: 'catalogueMsg.errors.noProduct' },
    ]);
  const twin = (await trx('supplier_products')
    .where({ supplier_id: d.supplierId, product_id: d.productId })
    .whereNot('id', self ?? 0)
    .first('id')) as { id: number } | undefined;
  if (twin)
    throw new AppError('CONFLICT', 'catalogueMsg.errors.duplicate', {}, [
      { path: 'productId', message: 'catalogueMsg.errors.duplicate' },
    ]);
}

const columnsOf = (d: ReturnType<typeof normalised>) => ({
  supplier_id: d.supplierId,
  product_id: d.productId,
  model: d.model,
  maker: d.maker,
  params: JSON.stringify(d.params),
  notes: d.notes,
  active: d.active,
});

const normalised = (d: OfferData) => ({
  supplierId: d.supplierId,
  productId: d.productId,
  model: d.model ?? null,
  maker: d.maker ?? null,
  params: d.params ?? [],
  notes: d.notes ?? null,
  active: d.active ?? true,
});

/** One write to an offer: read before, change, read after, audit both in the same transaction. */
async function changeOffer(
  ctx: HandlerContext,
  id: number,
  action: string,
  change: (trx: Knex.Transaction) => Promise<unknown>,
) {
  const trx = ctx.tx();
  const before = await getOffer(trx, id);
  const extra = await change(trx);
  await trx('supplier_products').where({ id }).update({ updated_at: nowIso() });
  const after = await getOffer(trx, id);
  await ctx.audit({
    entity: 'supplierProduct',
    entityId: id,
    action,
    before: action === 'update' ? before : undefined,
    after: action === 'update' ? after : extra,
  });
  return after;
}

export const catalogueHandlers: HandlerMap<Channel> = {
  'purchasing.catalogue.list': async (input, { db }) =>
    pageQuery(
      listBase(db, input.filters),
      input,
      {
        sortColumns: SORT_COLUMNS,
        defaultSort: { column: 'products.code', dir: 'asc' },
        idColumn: 'supplier_products.id',
        search: (q) => offerSearch(db, q),
        read: offerQuery(db),
      },
      (r: OfferDbRow) => r,
    ).then(async (page) => ({ ...page, rows: await toOfferRows(db, page.rows) })),
  'purchasing.catalogue.get': async ({ id }, { db }) => getOffer(db, id),
  'purchasing.catalogue.create': async (data, ctx) => {
    const trx = ctx.tx();
    const d = normalised(data);
    await checkOffer(trx, d);
    const now = nowIso();
    const [row] = (await trx('supplier_products')
      .insert({ ...columnsOf(d), lock_version: 1, created_by: ctx.user?.id ?? null, created_at: now, updated_at: now })
      .returning('id')) as { id: number }[];
    const after = await getOffer(trx, row!.id);
    await ctx.audit({ entity: 'supplierProduct', entityId: row!.id, action: 'create', after });
    return after;
  },
  'purchasing.catalogue.update': async ({ id, lockVersion, data }, ctx) => {
    const d = normalised(data);
    return changeOffer(ctx, id, 'update', async (trx) => {
      await checkOffer(trx, d, id);
      await updateAtLockVersion(trx, 'supplier_products', 'supplierProduct', id, lockVersion, columnsOf(d));
    });
  },
  'purchasing.catalogue.addPrice': async (p, ctx) =>
    changeOffer(ctx, p.id, 'addPrice', async (trx) => {
      const offer = (await trx('supplier_products').where({ id: p.id }).first()) as
        { supplier_id: number; product_id: number } | undefined;
      if (!offer) throw notFound('supplierProduct', p.id);
      const price = {
        supplierId: offer.supplier_id,
        productId: offer.product_id,
        priceDate: p.priceDate,
        unitPrice: p.unitPrice,
        priceIncludesTax: p.priceIncludesTax,
        taxRate: p.taxRate,
        minQuantity: p.minQuantity,
        leadDays: p.leadDays,
        source: 'manual' as const,
      };
      await recordSupplierPrice(trx, price, ctx.user?.id ?? null);
      return price;
    }),
  'purchasing.catalogue.attach': async ({ id, attachmentId, kind, title }, ctx) =>
    changeOffer(ctx, id, 'attach', async (trx) => {
      const file = (await trx('attachments').where({ id: attachmentId }).first('filename')) as
        { filename: string } | undefined;
      if (!file)
        throw new AppError('VALIDATION', 'catalogueMsg.errors.noFile', {}, [
          { path: 'attachmentId', message: 'catalogueMsg.errors.noFile' },
        ]);
      await trx('supplier_product_files').insert({
        supplier_product_id: id,
        attachment_id: attachmentId,
        kind,
        title,
        created_at: nowIso(),
      });
      return { attachmentId, kind, title, filename: file.filename };
    }),
  'purchasing.catalogue.detach': async ({ id, fileId }, ctx) =>
    changeOffer(ctx, id, 'detach', async (trx) => {
      const file = (await trx('supplier_product_files')
        .join('attachments', 'attachments.id', 'supplier_product_files.attachment_id')
        .where({ 'supplier_product_files.id': fileId, 'supplier_product_files.supplier_product_id': id })
        .first('supplier_product_files.kind', 'attachments.filename')) as
        { kind: string; filename: string } | undefined;
      if (!file) throw notFound('supplierProductFile', fileId);
      await trx('supplier_product_files').where({ id: fileId }).delete();
      return { kind: file.kind, filename: file.filename };
    }),
};
