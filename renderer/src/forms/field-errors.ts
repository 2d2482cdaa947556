import type { FormInstance } from 'antd/es/form';
import i18next from 'i18next';
import type { FieldError } from '@shared/rpc/envelope';
import { RpcError } from '../rpc/client';

// Kept apart from zod-form so showing an error does not load zod into the first screen's chunk.

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

/** After a failed save: field errors go on the fields; the message is returned for a notice. */
export function handleSaveError(form: FormInstance, err: unknown): string {
  if (err instanceof RpcError && err.fields.length) showFieldErrors(form, err.fields);
  return (err as Error).message;
}
