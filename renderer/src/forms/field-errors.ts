import type { FormInstance } from 'antd/es/form';
import i18next from 'i18next';
import type { FieldError } from '@shared/rpc/envelope';
import { RpcError } from '../rpc/client';
import { revealField } from './reveal-field';

// Kept apart from zod-form so showing an error does not load zod into the first screen's chunk.

/** A field error's path as the form's name path; `data.` (how update channels wrap the record) is the form itself. */
export function toNamePath(path: string): (string | number)[] {
  return path
    .replace(/^data\./, '')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function messageOf(message: string): string {
  return i18next.exists(message) ? i18next.t(message) : message;
}

/**
 * Puts field errors (from the same zod schema the server uses, or from the server) on the form's fields, and takes
 * the user to the first of them (its tab, scrolled to, focused).
 */
export function showFieldErrors(form: FormInstance, fields: FieldError[]): void {
  const shown = fields.filter((f) => f.path);
  form.setFields(shown.map((f) => ({ name: toNamePath(f.path), errors: [messageOf(f.message)] })));
  if (shown[0]) revealField(form, toNamePath(shown[0].path));
}

/** After a failed save: field errors go on the fields; the message is returned for a notice. */
export function handleSaveError(form: FormInstance, err: unknown): string {
  if (err instanceof RpcError && err.fields.length) showFieldErrors(form, err.fields);
  return (err as Error).message;
}

/** The leaf paths (and their parents) a change touched: `{ lines: [, { quantity }] }` -> lines, lines.1, lines.1.quantity. */
function touchedPaths(changed: unknown, prefix: string[] = [], out = new Set<string>()): Set<string> {
  if (prefix.length) out.add(prefix.join('.'));
  if (changed !== null && typeof changed === 'object' && !(changed instanceof Date) && !('$d' in changed))
    for (const [k, v] of Object.entries(changed as Record<string, unknown>)) touchedPaths(v, [...prefix, k], out);
  return out;
}

/**
 * As the user corrects a form (give it the Form's onValuesChange `changed`), a field showing an error that the
 * change touched (it, or the row or list holding it) is brought up to date: with `now` (the errors the schema finds
 * in the values now) it keeps what is still wrong and drops what is right; without, the error goes and the next
 * save checks again. Fields without an error are left alone until saved.
 */
export function refreshShownErrors(form: FormInstance, changed: unknown, now?: FieldError[]): void {
  const touched = touchedPaths(changed);
  const within = (a: string, b: string) => a === b || a.startsWith(`${b}.`);
  const shown = form.getFieldsError().filter((f) => {
    const name = f.name.join('.');
    return f.errors.length && [...touched].some((t) => within(name, t) || within(t, name));
  });
  if (!shown.length) return;
  const still = new Map((now ?? []).map((f) => [toNamePath(f.path).join('.'), messageOf(f.message)]));
  form.setFields(
    shown.map((f) => {
      const message = still.get(f.name.join('.'));
      return { name: f.name, errors: message ? [message] : [] };
    }),
  );
}
