import { z } from 'zod';
import {
  halfWidth,
  NUMBER_RULES,
  numberProblemMessage,
  readNumberInput,
  type NumberRead,
  type NumberRule,
} from '../number-input';

/**
 * Field schemas shared by the contracts. Custom messages are i18n keys
 * (`validation.*`); the router translates them into the caller's language.
 */
export const id = z.number().int().positive();

export const text = (max: number) => z.string().trim().min(1).max(max);

/** Optional free text: empty strings become null so the database never holds ''. */
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const code = z
  .string()
  .trim()
  .max(32)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'validation.code' });

export const optCode = z
  .union([code, z.literal('')])
  .nullish()
  .transform((v) => (v ? v : null));

export const mnemonic = z
  .string()
  .trim()
  .toLowerCase()
  .max(40)
  .regex(/^[a-z0-9]*$/, { error: 'validation.mnemonic' })
  .nullish()
  .transform((v) => (v ? v : null));

/** 统一社会信用代码 (18), old 税号 (15/20), digits and capitals. */
export const optTaxId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(|[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$/, { error: 'validation.taxId' })
  .nullish()
  .transform((v) => (v ? v : null));

export const optEmail = z
  .union([z.email({ error: 'validation.email' }), z.literal('')])
  .nullish()
  .transform((v) => (v ? v : null));

/** Adds the reason a typed figure is refused, in the words of validation.number.*, as an issue of the field. */
function refuseFigure(read: NumberRead, rule: NumberRule, input: string, ctx: z.RefinementCtx): void {
  if (read.ok) return;
  const { key, vars } = numberProblemMessage(read.problem, rule);
  ctx.addIssue({ code: 'custom', message: key, params: vars, input });
}

/**
 * A figure typed as text, read as the forms read it (shared/number-input.ts: full-width digits and thousands
 * separators taken); refused with the reason, in the user's words, beside the field. The refusal does not stop
 * the record's own checks (a cost line's line number), so every problem is told at once.
 */
export const decimalText = (rule: NumberRule) =>
  z
    .string()
    .superRefine((v, ctx) => refuseFigure(readNumberInput(v, rule), rule, v, ctx))
    .transform((v) => {
      const read = readNumberInput(v, rule);
      return read.ok ? read.value : v;
    });

/** The same, optional: empty is null. */
export const optDecimalText = (rule: NumberRule) =>
  z
    .string()
    .nullish()
    .superRefine((v, ctx) => {
      if (halfWidth(v ?? '').trim()) refuseFigure(readNumberInput(v, rule), rule, v ?? '', ctx);
    })
    .transform((v) => {
      if (!halfWidth(v ?? '').trim()) return null;
      const read = readNumberInput(v, rule);
      return read.ok ? read.value : (v ?? null);
    });

/** A non-negative price or cost with at most 4 decimals, as a string (never a float). */
export const price = decimalText(NUMBER_RULES.price);

/** Integer fen (分), non-negative. */
export const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const isoTimestamp = z.string();

export const contact = z.object({
  id: id.optional(),
  name: text(40),
  title: optText(40),
  phone: optText(40),
  mobile: optText(40),
  email: optEmail,
  isPrimary: z.boolean().default(false),
});
export type ContactInput = z.input<typeof contact>;
export type Contact = z.output<typeof contact>;

export const contactOut = z.object({
  id: id,
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  isPrimary: z.boolean(),
});

export const binaryFile = z.object({
  filename: text(200),
  /** The file's bytes, base64 (JSON-safe on every transport). */
  dataBase64: z
    .string()
    .max(30 * 1024 * 1024)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.base64' }),
});

/** The list row fields customers and suppliers share. */
export const partyRow = z.object({
  id,
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  mnemonic: z.string().nullable(),
  taxId: z.string().nullable(),
  active: z.boolean(),
  primaryContact: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  updatedAt: z.string(),
});

/** A quantity: positive, at most 4 decimals, as a string. */
export const quantity = decimalText(NUMBER_RULES.quantity);

/** A percentage such as a margin: 0 to 99.99. */
export const percent = decimalText(NUMBER_RULES.percent);

/** A business date (开票日期, 报价日期): a plain calendar date, no time zone. */
export const plainDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' })
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    { error: 'validation.date' },
  );

/** An optional non-negative measure such as a weight (kg) or a volume (m³): at most 3 decimals, as text. */
export const optMeasure = optDecimalText(NUMBER_RULES.measure);

/** A field the caller may leave out or send as null: the handler sees null either way. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

/** An optional reference to another record (a format, an inquiry, an attachment). */
export const optId = orNull(id);
