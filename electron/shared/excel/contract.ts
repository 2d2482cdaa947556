import { z } from 'zod';
import { TAX_RATES } from '../money';
import { PRODUCT_SOURCES } from '../products/contract';
import { mutation, query } from '../rpc/channel';
import { binaryFile } from '../rpc/fields';

export const EXCEL_KINDS = ['customers', 'products', 'suppliers'] as const;
export type ExcelKind = (typeof EXCEL_KINDS)[number];

const q = z.string().trim().max(100).optional();
export const exportRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('customers'),
    q,
    filters: z
      .object({ active: z.boolean(), salesperson: z.string().max(40) })
      .partial()
      .strict()
      .default({}),
  }),
  z.object({
    kind: z.literal('products'),
    q,
    filters: z
      .object({
        active: z.boolean(),
        brand: z.string().max(60),
        category: z.string().max(40),
        source: z.enum(PRODUCT_SOURCES),
        taxRate: z.enum(TAX_RATES),
      })
      .partial()
      .strict()
      .default({}),
  }),
  z.object({
    kind: z.literal('suppliers'),
    q,
    filters: z
      .object({ active: z.boolean(), category: z.string().max(40) })
      .partial()
      .strict()
      .default({}),
  }),
]);

const file = z.object({ filename: z.string(), dataBase64: z.string() });

export const importRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.output<typeof importRowError>;

export const importPreview = z.object({
  importId: z.string(),
  kind: z.enum(EXCEL_KINDS),
  total: z.number().int(),
  valid: z.number().int(),
  errors: z.array(importRowError),
  /** Column headers and the first rows as read, for the user to check before committing. */
  columns: z.array(z.string()),
  sample: z.array(z.record(z.string(), z.string())),
});
export type ImportPreview = z.output<typeof importPreview>;

export const importProgress = z.object({
  state: z.enum(['pending', 'running', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
});

export const excelChannels = {
  'excel.template': query('masterdata.read', z.object({ kind: z.enum(EXCEL_KINDS) }), file),
  'excel.export': query('masterdata.read', exportRequest, file.extend({ rows: z.number().int() })),
  'excel.preview': query('session', binaryFile.extend({ kind: z.enum(EXCEL_KINDS) }), importPreview),
  'excel.commit': mutation(
    'session',
    z.object({ importId: z.string().uuid() }),
    z.object({ kind: z.enum(EXCEL_KINDS), created: z.number().int(), updated: z.number().int() }),
  ),
  'excel.progress': query('session', z.object({ importId: z.string().uuid() }), importProgress),
};
