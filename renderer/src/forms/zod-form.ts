import type { FormInstance } from 'antd';
import i18next from 'i18next';
import { z } from 'zod';
import type { FieldError } from '@shared/rpc/envelope';
import { RpcError } from '../rpc/client';

const localeErrors = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

function toNamePath(path: string): (string | number)[] {
  return path
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function messageOf(message: string): string {
  return i18next.exists(message) ? i18next.t(message) : message;
}

/** Puts field errors (from the same zod schema the server uses, or from the server) on the form's fields. */
export function showFieldErrors(form: FormInstance, fields: FieldError[]): void {
  form.setFields(
    fields.filter((f) => f.path).map((f) => ({ name: toNamePath(f.path), errors: [messageOf(f.message)] })),
  );
}

/**
 * Checks the values with the channel's own input schema before sending, so the
 * user sees the same rule, in the same words, as the server would give.
 */
export function validateWith<S extends z.ZodType>(form: FormInstance, schema: S, values: unknown): z.output<S> | null {
  const lang = i18next.language === 'en' ? 'en' : 'zh-CN';
  const result = schema.safeParse(values, { error: localeErrors[lang] });
  if (result.success) return result.data;
  showFieldErrors(
    form,
    result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  );
  return null;
}

/** After a failed save: field errors go on the fields; the message is returned for a notice. */
export function handleSaveError(form: FormInstance, err: unknown): string {
  if (err instanceof RpcError && err.fields.length) showFieldErrors(form, err.fields);
  return (err as Error).message;
}
