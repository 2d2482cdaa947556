import { z } from 'zod';
import { TAX_RATES } from '../money';
import { mutation, query } from '../rpc/channel';
import { id, optCode, optText, price, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

export const PRODUCT_SOURCES = ['own', 'bought'] as const;

export const productInput = z.object({
  code: optCode,
  name: text(100),
  brand: optText(60),
  spec: optText(200),
  unit: text(10).default('个'),
  taxRate: z.enum(TAX_RATES).default('0.13'),
  listPrice: price.default('0'),
  standardCost: price.default('0'),
  source: z.enum(PRODUCT_SOURCES).default('own'),
  category: optText(40),
  notes: optText(2000),
  active: z.boolean().default(true),
  /** A service or other non-stock item: its order lines go on a delivery notice only when chosen. */
  nonStock: z.boolean().default(false),
});
export type ProductInput = z.input<typeof productInput>;

export const productRow = z.object({
  id,
  code: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  spec: z.string().nullable(),
  unit: z.string(),
  taxRate: z.enum(TAX_RATES),
  listPrice: z.string(),
  standardCost: z.string(),
  source: z.enum(PRODUCT_SOURCES),
  category: z.string().nullable(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type ProductRow = z.output<typeof productRow>;

export const productDetail = productRow.extend({
  nonStock: z.boolean(),
  mnemonic: z.string().nullable(),
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  createdAt: z.string(),
});
export type ProductDetail = z.output<typeof productDetail>;

export const PRODUCT_SORTABLE = [
  'code',
  'name',
  'brand',
  'spec',
  'listPrice',
  'standardCost',
  'category',
  'updatedAt',
] as const;

export const productChannels = {
  'products.list': query(
    'masterdata.read',
    listInput(PRODUCT_SORTABLE, {
      active: z.boolean(),
      brand: z.string().trim().max(60),
      category: z.string().trim().max(40),
      source: z.enum(PRODUCT_SOURCES),
      taxRate: z.enum(TAX_RATES),
    }),
    pageOf(productRow),
  ),
  'products.get': query('masterdata.read', z.object({ id }), productDetail),
  'products.create': mutation('products.write', productInput, productDetail),
  'products.update': mutation(
    'products.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: productInput }),
    productDetail,
  ),
  'products.setActive': mutation('products.write', z.object({ id, active: z.boolean() }), productDetail),
};
