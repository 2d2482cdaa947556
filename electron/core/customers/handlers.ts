import type { Knex } from 'knex';
import type { In } from '../../shared/contracts';
import { type CUSTOMER_SORTABLE } from '../../shared/customers/contract';
import { pageQuery } from '../db/list-query';
import { matchingIds } from '../search/search-index';
import { masterWrites } from '../masterdata/master-record';
import type { HandlerMap } from '../rpc/handler';
import { assertCreditTerms } from '../receivables/credit-terms';
import { CUSTOMER_LIST_COLUMNS, createCustomer, getCustomer, toCustomerRow, updateCustomer } from './customer-store';

type Channel = 'customers.list' | 'customers.get' | 'customers.create' | 'customers.update' | 'customers.setActive';

const SORT_COLUMNS: Record<(typeof CUSTOMER_SORTABLE)[number], string> = {
  code: 'code',
  name: 'name_sort',
  shortName: 'short_name',
  creditLimit: 'credit_limit_fen',
  paymentDays: 'payment_days',
  salesperson: 'salesperson',
  updatedAt: 'updated_at',
};

/** The customers a list or an export shows: filtered in SQL. */
export function customerQuery(
  db: Knex | Knex.Transaction,
  filters: In<'customers.list'>['filters'] = {},
): Knex.QueryBuilder {
  const base = db('customers').select(CUSTOMER_LIST_COLUMNS);
  if (filters.active !== undefined) base.where({ active: filters.active });
  if (filters.salesperson) base.where({ salesperson: filters.salesperson });
  return base;
}

const writes = masterWrites('customer', 'customers', {
  get: getCustomer,
  create: createCustomer,
  update: updateCustomer,
});

export const customerHandlers: HandlerMap<Channel> = {
  'customers.list': async (input, { db }) =>
    pageQuery(
      customerQuery(db, input.filters),
      input,
      {
        sortColumns: SORT_COLUMNS,
        defaultSort: { column: 'code', dir: 'asc' },
        search: (q) => matchingIds(db, 'customers', q),
      },
      toCustomerRow,
    ),
  'customers.get': async ({ id }, { db }) => getCustomer(db, id),
  // Credit limit and payment days: only a manager sets or changes them (unchanged values pass for everyone).
  'customers.create': async (data, ctx) => {
    assertCreditTerms(ctx.user, data, null);
    return writes.create(data, ctx);
  },
  'customers.update': async (input, ctx) => {
    assertCreditTerms(ctx.user, input.data, await getCustomer(ctx.tx(), input.id));
    return writes.update(input, ctx);
  },
  'customers.setActive': writes.setActive,
};
