import type { Knex } from 'knex';
import type { In } from '../../shared/contracts';
import { type SUPPLIER_SORTABLE } from '../../shared/suppliers/contract';
import { contains, pageQuery } from '../db/list-query';
import { matchingIds } from '../search/search-index';
import { masterWrites } from '../masterdata/master-record';
import type { HandlerMap } from '../rpc/handler';
import { SUPPLIER_LIST_COLUMNS, createSupplier, getSupplier, toSupplierRow, updateSupplier } from './supplier-store';

type Channel = 'suppliers.list' | 'suppliers.get' | 'suppliers.create' | 'suppliers.update' | 'suppliers.setActive';

const SORT_COLUMNS: Record<(typeof SUPPLIER_SORTABLE)[number], string> = {
  code: 'code',
  name: 'name_sort',
  shortName: 'short_name',
  updatedAt: 'updated_at',
};

/** The suppliers a list or an export shows: filtered in SQL. */
export function supplierQuery(
  db: Knex | Knex.Transaction,
  filters: In<'suppliers.list'>['filters'] = {},
): Knex.QueryBuilder {
  const base = db('suppliers').select(SUPPLIER_LIST_COLUMNS);
  if (filters.active !== undefined) base.where({ active: filters.active });
  // Categories are a JSON array: match the quoted name so 阀门 does not find 阀门配件.
  if (filters.category) base.whereRaw(...contains('categories', JSON.stringify(filters.category), false));
  return base;
}

const writes = masterWrites('supplier', 'suppliers', {
  get: getSupplier,
  create: createSupplier,
  update: updateSupplier,
});

export const supplierHandlers: HandlerMap<Channel> = {
  'suppliers.list': async (input, { db }) =>
    pageQuery(
      supplierQuery(db, input.filters),
      input,
      {
        sortColumns: SORT_COLUMNS,
        defaultSort: { column: 'code', dir: 'asc' },
        search: (q) => matchingIds(db, 'suppliers', q),
      },
      toSupplierRow,
    ),
  'suppliers.get': async ({ id }, { db }) => getSupplier(db, id),
  'suppliers.create': writes.create,
  'suppliers.update': writes.update,
  'suppliers.setActive': writes.setActive,
};
