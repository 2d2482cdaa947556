import type { Knex } from 'knex';
import { e4ToDecimal } from '../../shared/scaled';
import { int } from '../db/rows';

export interface ProductPrices {
  /** Net list price, as the product archive keeps it. */
  listPrice: string;
  /** Net standard cost. */
  standardCost: string;
}

/** Today's list price and standard cost of the products some lines name, by product id. */
export async function productPrices(
  db: Knex | Knex.Transaction,
  productIds: readonly (number | null)[],
): Promise<Map<number, ProductPrices>> {
  const ids = [...new Set(productIds.filter((id): id is number => id !== null))];
  if (!ids.length) return new Map();
  const rows = (await db('products').whereIn('id', ids).select('id', 'list_price_e4', 'standard_cost_e4')) as {
    id: number;
    list_price_e4: number | string;
    standard_cost_e4: number | string;
  }[];
  return new Map(
    rows.map((r) => [
      r.id,
      { listPrice: e4ToDecimal(int(r.list_price_e4)), standardCost: e4ToDecimal(int(r.standard_cost_e4)) },
    ]),
  );
}
