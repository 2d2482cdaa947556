import type { Knex } from 'knex';
import type { In } from '../../shared/contracts';
import { matchingIds } from '../search/search-index';

type Db = Knex | Knex.Transaction;
type Filters = In<'orders.list'>['filters'];

/** The orders a list's filters leave, in SQL: statuses, customer (by id, or name and pinyin), salesperson, dates. */
export function orderListBase(db: Db, f: Filters = {}): Knex.QueryBuilder {
  const base = db('sales_orders');
  if (f.status) base.whereIn('sales_orders.status', Array.isArray(f.status) ? f.status : [f.status]);
  if (f.customerId) base.where('sales_orders.customer_id', f.customerId);
  if (f.customer) base.whereIn('sales_orders.customer_id', matchingIds(db, 'customers', f.customer));
  if (f.salespersonId) base.where('sales_orders.salesperson_id', f.salespersonId);
  if (f.from) base.where('sales_orders.order_date', '>=', f.from);
  if (f.to) base.where('sales_orders.order_date', '<=', f.to);
  return base;
}
