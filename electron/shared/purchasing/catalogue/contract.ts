import { z } from 'zod';
import { TAX_RATES } from '../../money';
import { mutation, query } from '../../rpc/channel';
import { id, optDecimalText, optText, plainDate, price, text } from '../../rpc/fields';
import { listInput, pageOf } from '../../rpc/list';
import { NUMBER_RULES } from '../../number-input';

/** One named parameter of an offer or an item asked for (电压 380V, 功率 7.5kW); compared across suppliers by name. */
export const param = z.object({ name: text(40), value: text(100) });
export type Param = z.output<typeof param>;

/** Parameters as a list: names trimmed, non-empty and unique (a second 电压 would make the comparison ambiguous). */
export const params = z
  .array(param)
  .max(50)
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      const key = p.name.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          message: 'catalogueMsg.errors.paramDuplicate',
          params: { name: p.name },
          path: [i, 'name'],
          input: p.name,
        });
      seen.add(key);
    });
  });

export const PRICE_SOURCES = ['rfq', 'po', 'manual'] as const;
export type PriceSource = (typeof PRICE_SOURCES)[number];

export const FILE_KINDS = ['brochure', 'certificate', 'other'] as const;

/** A days count such as a lead time: a whole number of days, 0 to 3650. */
export const leadDays = z
  .number()
  .int()
  .min(0)
  .max(3650)
  .nullish()
  .transform((v) => v ?? null);

export const optQuantity = optDecimalText(NUMBER_RULES.quantity);

export const offerInput = z.object({
  supplierId: id,
  productId: id,
  model: optText(100),
  maker: optText(100),
  params,
  notes: optText(500),
  active: z.boolean().default(true),
});
export type OfferInput = z.input<typeof offerInput>;

/** A price as the supplier gave it, and the same on both tax bases (4 decimals). */
export const priceOut = z.object({
  id,
  priceDate: z.string(),
  unitPrice: z.string(),
  priceIncludesTax: z.boolean(),
  taxRate: z.enum(TAX_RATES),
  netUnitPrice: z.string(),
  grossUnitPrice: z.string(),
  minQuantity: z.string().nullable(),
  leadDays: z.number().int().nullable(),
  source: z.enum(PRICE_SOURCES),
  /** The RFQ (number) or purchase order (number) it came from. */
  sourceNumber: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type PriceOut = z.output<typeof priceOut>;

export const offerRow = z.object({
  id,
  supplierId: id,
  supplierName: z.string(),
  productId: id,
  productCode: z.string(),
  productName: z.string(),
  productSpec: z.string().nullable(),
  unit: z.string(),
  model: z.string().nullable(),
  maker: z.string().nullable(),
  active: z.boolean(),
  /** The latest price from this supplier for this product, or null when none is on file. */
  lastPrice: priceOut.nullable(),
  updatedAt: z.string(),
});
export type OfferRow = z.output<typeof offerRow>;

export const offerFile = z.object({
  id,
  attachmentId: id,
  kind: z.enum(FILE_KINDS),
  title: z.string().nullable(),
  filename: z.string(),
  mime: z.string(),
});

export const offerDetail = offerRow.extend({
  params: z.array(param),
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  files: z.array(offerFile),
  /** Newest first. */
  prices: z.array(priceOut),
});
export type OfferDetail = z.output<typeof offerDetail>;

export const manualPriceInput = z.object({
  id,
  priceDate: plainDate,
  unitPrice: price,
  priceIncludesTax: z.boolean(),
  taxRate: z.enum(TAX_RATES).default('0.13'),
  minQuantity: optQuantity,
  leadDays,
});

export const OFFER_SORTABLE = ['productCode', 'productName', 'supplierName', 'model', 'updatedAt'] as const;

export const catalogueChannels = {
  'purchasing.catalogue.list': query(
    'purchasing.read',
    listInput(OFFER_SORTABLE, { supplierId: id, productId: id, active: z.boolean() }),
    pageOf(offerRow),
  ),
  'purchasing.catalogue.get': query('purchasing.read', z.object({ id }), offerDetail),
  'purchasing.catalogue.create': mutation('purchasing.write', offerInput, offerDetail),
  'purchasing.catalogue.update': mutation(
    'purchasing.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: offerInput }),
    offerDetail,
  ),
  'purchasing.catalogue.addPrice': mutation('purchasing.write', manualPriceInput, offerDetail),
  'purchasing.catalogue.attach': mutation(
    'purchasing.write',
    z.object({ id, attachmentId: id, kind: z.enum(FILE_KINDS), title: optText(100) }),
    offerDetail,
  ),
  'purchasing.catalogue.detach': mutation('purchasing.write', z.object({ id, fileId: id }), offerDetail),
};
