import type { FormInstance } from 'antd/es/form';
import i18next from 'i18next';
import type { z } from 'zod';
import type { Locale } from '@shared/rpc/envelope';
import { issueFieldErrors } from '@shared/rpc/issue-messages';
import { refreshShownErrors, showFieldErrors } from './field-errors';

const locale = (): Locale => (i18next.language === 'en' ? 'en' : 'zh-CN');

/**
 * Checks the values with the channel's own input schema before sending, so the user sees the same rule, in the
 * same words, as the server would give; the first field in error is shown (its tab switched to, focused).
 */
export function validateWith<S extends z.ZodType>(form: FormInstance, schema: S, values: unknown): z.output<S> | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  showFieldErrors(form, issueFieldErrors(locale(), result.error.issues));
  return null;
}

/**
 * As the user corrects a form, a field showing an error is checked again with the schema when the change touches
 * it: the error goes as soon as the value is right, or says what is still wrong (field-errors.ts).
 */
export function recheckShownErrors<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  changed: unknown,
  values: unknown,
): void {
  if (!form.getFieldsError().some((f) => f.errors.length)) return;
  const result = schema.safeParse(values);
  refreshShownErrors(form, changed, result.success ? [] : issueFieldErrors(locale(), result.error.issues));
}
