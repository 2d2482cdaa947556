import type { Knex } from 'knex';
import type { z } from 'zod';
import type { ProductDetail, ProductRow, productInput } from '../../shared/products/contract';
import type { TaxRate } from '../../shared/money';
import { decimalToE4, e4ToDecimal } from '../../shared/scaled';
import { bool, int, nowIso } from '../db/rows';
import { updateAtLockVersion } from '../db/lock-version';
import { claimCode } from '../masterdata/master-record';
import { notFound } from '../rpc/errors';
import { writeSearchKeys } from '../search/search-index';
import { mnemonicOf, searchKeysOf, sortKeyOf } from '../search/search-keys';

type Db = Knex | Knex.Transaction;
export type ProductData = z.output<typeof productInput>;

export interface ProductDbRow {
  id: number;
  code: string;
  name: string;
  mnemonic: string | null;
  brand: string | null;
  spec: string | null;
  unit: string;
  tax_rate: TaxRate;
  list_price_e4: number | string;
  standard_cost_e4: number | string;
  source: 'own' | 'bought';
  category: string | null;
  notes: string | null;
  active: number | boolean;
  non_stock: number | boolean;
  lock_version: number;
  created_at: string;
  updated_at: string;
}

export const PRODUCT_LIST_COLUMNS = [
  'id',
  'code',
  'name',
  'brand',
  'spec',
  'unit',
  'tax_rate',
  'list_price_e4',
  'standard_cost_e4',
  'source',
  'category',
  'active',
  'updated_at',
];

export function toProductRow(r: ProductDbRow): ProductRow {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    brand: r.brand,
    spec: r.spec,
    unit: r.unit,
    taxRate: r.tax_rate,
    listPrice: e4ToDecimal(int(r.list_price_e4)),
    standardCost: e4ToDecimal(int(r.standard_cost_e4)),
    source: r.source,
    category: r.category,
    active: bool(r.active),
    updatedAt: r.updated_at,
  };
}

export async function getProduct(db: Db, id: number): Promise<ProductDetail> {
  const r = (await db('products').where({ id }).first()) as ProductDbRow | undefined;
  if (!r) throw notFound('product', id);
  return {
    ...toProductRow(r),
    nonStock: bool(r.non_stock),
    mnemonic: r.mnemonic,
    notes: r.notes,
    lockVersion: r.lock_version,
    createdAt: r.created_at,
  };
}

function columnsOf(d: ProductData, code: string) {
  const mnemonic = mnemonicOf(d.name);
  return {
    code,
    name: d.name,
    mnemonic,
    brand: d.brand,
    spec: d.spec,
    unit: d.unit,
    tax_rate: d.taxRate,
    list_price_e4: decimalToE4(d.listPrice),
    standard_cost_e4: decimalToE4(d.standardCost),
    source: d.source,
    category: d.category,
    notes: d.notes,
    active: d.active,
    non_stock: d.nonStock,
    name_sort: sortKeyOf(d.name),
  };
}

/** What a search finds this record by (brand and spec too: people ask for "西门子 6ES7"). */
function keysOf(d: ProductData, code: string, mnemonic: string) {
  return searchKeysOf({ code, names: [d.name], mnemonic, extra: [d.brand, d.spec] });
}

export async function createProduct(trx: Knex.Transaction, d: ProductData): Promise<ProductDetail> {
  const code = await claimCode(trx, 'products', 'product', d.code);
  const now = nowIso();
  const cols = columnsOf(d, code);
  const [row] = (await trx('products')
    .insert({ ...cols, lock_version: 1, created_at: now, updated_at: now })
    .returning('id')) as { id: number }[];
  await writeSearchKeys(trx, 'products', row!.id, keysOf(d, code, cols.mnemonic));
  return getProduct(trx, row!.id);
}

export async function updateProduct(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  d: ProductData,
): Promise<void> {
  const current = await getProduct(trx, id);
  const code = await claimCode(trx, 'products', 'product', d.code ?? current.code, id);
  const cols = columnsOf(d, code);
  await updateAtLockVersion(trx, 'products', 'product', id, lockVersion, cols);
  await writeSearchKeys(trx, 'products', id, keysOf(d, code, cols.mnemonic));
}
