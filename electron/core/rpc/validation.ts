import type { z } from 'zod';
import { translate } from '../../shared/i18n/translate';
import type { FieldError, Locale } from '../../shared/rpc/envelope';
import { issueFieldErrors } from '../../shared/rpc/issue-messages';

export { fieldLabel } from '../../shared/rpc/issue-messages';

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

export type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldError[] };

/** Parses with the schema, answering each problem in the user's language, by field and naming it. */
export function parseIn<S extends z.ZodType>(schema: S, value: unknown, locale: Locale): Parsed<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, fields: issueFieldErrors(locale, result.error.issues) };
}
