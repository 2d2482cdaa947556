import type { Knex } from 'knex';
import type { In } from '../../shared/contracts';
import { type PRODUCT_SORTABLE } from '../../shared/products/contract';
import { pageQuery } from '../db/list-query';
import { matchingIds } from '../search/search-index';
import { masterWrites } from '../masterdata/master-record';
import type { HandlerMap } from '../rpc/handler';
import { PRODUCT_LIST_COLUMNS, createProduct, getProduct, toProductRow, updateProduct } from './product-store';

type Channel = 'products.list' | 'products.get' | 'products.create' | 'products.update' | 'products.setActive';

const SORT_COLUMNS: Record<(typeof PRODUCT_SORTABLE)[number], string> = {
  code: 'code',
  name: 'name_sort',
  brand: 'brand',
  spec: 'spec',
  listPrice: 'list_price_e4',
  standardCost: 'standard_cost_e4',
  category: 'category',
  updatedAt: 'updated_at',
};

/** The products a list or an export shows: filtered in SQL. */
export function productQuery(db: Knex | Knex.Transaction, f: In<'products.list'>['filters'] = {}): Knex.QueryBuilder {
  const base = db('products').select(PRODUCT_LIST_COLUMNS);
  if (f.active !== undefined) base.where({ active: f.active });
  if (f.brand) base.where({ brand: f.brand });
  if (f.category) base.where({ category: f.category });
  if (f.source) base.where({ source: f.source });
  if (f.taxRate) base.where({ tax_rate: f.taxRate });
  return base;
}

const writes = masterWrites('product', 'products', { get: getProduct, create: createProduct, update: updateProduct });

export const productHandlers: HandlerMap<Channel> = {
  'products.list': async (input, { db }) =>
    pageQuery(
      productQuery(db, input.filters),
      input,
      {
        sortColumns: SORT_COLUMNS,
        defaultSort: { column: 'code', dir: 'asc' },
        search: (q) => matchingIds(db, 'products', q),
      },
      toProductRow,
    ),
  'products.get': async ({ id }, { db }) => getProduct(db, id),
  'products.create': writes.create,
  'products.update': writes.update,
  'products.setActive': writes.setActive,
};
