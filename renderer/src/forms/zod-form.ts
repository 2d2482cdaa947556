import type { FormInstance } from 'antd/es/form';
import i18next from 'i18next';
import { z } from 'zod';
import { showFieldErrors } from './field-errors';

const localeErrors = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

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
