import type { z } from 'zod';
import { hasMessage, translate } from '../i18n/translate';
import type { FieldError, Locale } from './envelope';

/**
 * Every problem a channel's schema can find, said in the user's words and naming the field by its label: the core
 * answers bad input with these, and the forms check with the same schema and show the same sentences beside the
 * field. Nothing of zod's own wording, no field keys and no paths reach the user.
 */

type Issue = z.core.$ZodIssue;

/** Path segments that only wrap the record (`{ id, lockVersion, data }`): not shown. */
const WRAPPERS = new Set(['data']);

const isIndex = (s: string) => /^\d+$/.test(s);

/** The label of one field key (`customerId` -> 客户), or null when it has none. */
export function keyLabel(locale: Locale, key: string): string | null {
  return hasMessage(`fields.${key}`) ? translate(locale, `fields.${key}`) : null;
}

/** Names a path's field for the message itself: its last key's label (`lines.0.quantity` -> 数量). */
export function fieldName(locale: Locale, path: string): string {
  const keys = path.split('.').filter((s) => s && !isIndex(s) && !WRAPPERS.has(s));
  const last = keys.at(-1);
  if (!last) return translate(locale, 'validation.wholeInput');
  return keyLabel(locale, last) ?? translate(locale, 'validation.thisField');
}

/** Where the field sits, for a message read away from the form: `lines.0.quantity` -> 明细第 1 行; '' at top. */
export function fieldPlace(locale: Locale, path: string): string {
  const segments = path.split('.').filter((s) => s && !WRAPPERS.has(s));
  // The field's own key (and its own index, for a list of plain values) is named by the message.
  while (segments.length && isIndex(segments.at(-1)!)) segments.pop();
  segments.pop();
  const parts: string[] = [];
  for (const s of segments) {
    if (isIndex(s)) {
      const row = translate(locale, 'validation.row', { n: Number(s) + 1 });
      parts.push(parts.length ? `${parts.pop()}${row}` : row.trim());
    } else parts.push(keyLabel(locale, s) ?? translate(locale, 'validation.thisField'));
  }
  return parts.join(' › ');
}

/** The whole of a path in labels: `contacts.0.phone` -> 联系人第 1 行 › 电话. */
export function fieldLabel(locale: Locale, path: string): string {
  const place = fieldPlace(locale, path);
  const name = fieldName(locale, path);
  return place ? `${place} › ${name}` : name;
}

type Key = { key: string; vars?: Record<string, string | number> };

const num = (v: number | bigint) => Number(v);

const TYPE_KEYS: Record<string, string> = {
  number: 'number',
  bigint: 'number',
  nan: 'number',
  int: 'integer',
  string: 'text',
  boolean: 'yesNo',
  date: 'date',
  array: 'list',
};

/** The message key (and figures) for one issue of zod's. */
function keyOf(issue: Issue): Key {
  // A message the schema itself gives is one of ours (shared/rpc/fields.ts, a capability's messages): it wins, even
  // for a missing value (an amount says "应为大于 0 的金额" whatever is wrong with it).
  if (issue.message && hasMessage(issue.message)) {
    const params = issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined;
    return { key: issue.message, vars: params ?? {} };
  }
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null))
    return { key: 'validation.issue.required' };
  switch (issue.code) {
    case 'invalid_type':
      return { key: `validation.issue.${TYPE_KEYS[issue.expected] ?? 'invalid'}` };
    case 'too_small': {
      const min = num(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { key: 'validation.issue.required' } : { key: 'validation.issue.textShort', vars: { min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 ? { key: 'validation.issue.listEmpty' } : { key: 'validation.issue.listShort', vars: { min } };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        if (Number(min) === 0)
          return { key: issue.inclusive === false ? 'validation.issue.positive' : 'validation.issue.negative' };
        return {
          key: issue.inclusive === false ? 'validation.issue.above' : 'validation.issue.atLeast',
          vars: { min },
        };
      }
      return { key: 'validation.issue.invalid' };
    }
    case 'too_big': {
      const max = num(issue.maximum);
      if (issue.origin === 'string') return { key: 'validation.issue.textLong', vars: { max } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { key: 'validation.issue.listLong', vars: { max } };
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return { key: issue.inclusive === false ? 'validation.issue.below' : 'validation.issue.atMost', vars: { max } };
      return { key: 'validation.issue.tooLarge' };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'validation.email' };
      if (issue.format === 'date' || issue.format === 'datetime') return { key: 'validation.date' };
      return { key: 'validation.issue.format' };
    case 'not_multiple_of':
      return { key: 'validation.issue.multipleOf', vars: { divisor: issue.divisor } };
    case 'invalid_value':
      return { key: 'validation.issue.choice' };
    case 'unrecognized_keys':
      return { key: 'validation.issue.unknownKeys' };
    default:
      return { key: 'validation.issue.invalid' };
  }
}

/** For a union none of whose branches took the value: the branch that came closest speaks for it. */
function unwrap(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const branches = issue.errors.filter((b) => b.length);
  const best =
    branches.find((b) => b.some((i) => i.message && hasMessage(i.message))) ??
    [...branches].sort((a, b) => a.length - b.length)[0];
  const inner = best?.find((i) => i.message && hasMessage(i.message)) ?? best?.[0];
  return inner ? unwrap({ ...inner, path: [...issue.path, ...inner.path] } as Issue) : issue;
}

/** One issue as the field error a form shows beside the field: its path, and a sentence naming the field. */
export function issueFieldError(locale: Locale, raw: Issue): FieldError {
  const issue = unwrap(raw);
  const path = issue.path.map(String).join('.');
  const { key, vars = {} } = keyOf(issue);
  return { path, message: translate(locale, key, { ...vars, field: fieldName(locale, path) }) };
}

/** All of a failed parse's issues as field errors: the first problem of each field (a wrong type says it all). */
export function issueFieldErrors(locale: Locale, issues: readonly Issue[]): FieldError[] {
  const byPath = new Map<string, FieldError>();
  for (const issue of issues) {
    const error = issueFieldError(locale, issue);
    if (!byPath.has(error.path)) byPath.set(error.path, error);
  }
  return [...byPath.values()];
}

/** The one line a notice shows for field errors: each named by its place and label, the first five. */
export function validationSummary(locale: Locale, fields: readonly FieldError[]): string {
  const detail = fields
    .slice(0, 5)
    .map((f) => {
      const name = fieldName(locale, f.path);
      const said = f.message.includes(name)
        ? f.message
        : translate(locale, 'errors.validationField', { field: name, message: f.message });
      const place = f.path ? fieldPlace(locale, f.path) : '';
      return place ? translate(locale, 'errors.validationAt', { place, message: said }) : said;
    })
    .join(translate(locale, 'errors.validationSep'));
  return translate(locale, 'errors.validation', { detail });
}
