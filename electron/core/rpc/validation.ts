import { z } from 'zod';
import { hasMessage, translate } from '../../shared/i18n/translate';
import type { FieldError, Locale } from '../../shared/rpc/envelope';

const ZOD_LOCALES: Record<Locale, z.core.$ZodErrorMap> = {
  'zh-CN': z.locales.zhCN().localeError,
  en: z.locales.en().localeError,
};

/** Translates a message key, and `@group.key` placeholders inside its variables. */
export function tr(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const resolved = Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [
      k,
      typeof v === 'string' && v.startsWith('@') ? translate(locale, v.slice(1)) : v,
    ]),
  );
  return translate(locale, key, resolved);
}

/** `contacts.0.phone` -> 联系人 › 电话. */
export function fieldLabel(locale: Locale, path: string): string {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  const labels = segments.map((s) => (hasMessage(`fields.${s}`) ? translate(locale, `fields.${s}`) : s));
  return labels.join(' › ') || path;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldError[] };

/** Parses with the schema, answering each problem in the user's language, by field. */
export function parseIn<S extends z.ZodType>(schema: S, value: unknown, locale: Locale): Parsed<z.output<S>> {
  const result = schema.safeParse(value, { error: ZOD_LOCALES[locale] });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    fields: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: hasMessage(issue.message) ? translate(locale, issue.message) : issue.message,
    })),
  };
}
