import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseIn } from '../../../electron/core/rpc/validation';
import { channels, type ChannelName } from '../../../electron/shared/contracts';
import { MESSAGES, translate } from '../../../electron/shared/i18n/translate';
import type { FieldError, Locale } from '../../../electron/shared/rpc/envelope';
import { fieldName, keyLabel, validationSummary } from '../../../electron/shared/rpc/issue-messages';

type Path = (string | number)[];
type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** Every field of a schema, nested objects and list rows included (a row stands as index 0). */
function fieldsOf(schema: unknown, path: Path = [], out: Path[] = [], seen = new Set<unknown>()): Path[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        out.push([...path, key]);
        fieldsOf(child, [...path, key], out, new Set(seen));
      }
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      fieldsOf(def.innerType, path, out, seen);
      break;
    case 'pipe':
      fieldsOf(def.in, path, out, seen);
      break;
    case 'array':
      fieldsOf(def.element, [...path, 0], out, seen);
      break;
    case 'union':
      for (const option of def.options as unknown[]) fieldsOf(option, path, out, new Set(seen));
      break;
    case 'intersection':
      fieldsOf(def.left, path, out, seen);
      fieldsOf(def.right, path, out, seen);
      break;
    case 'lazy':
      fieldsOf((def.getter as () => unknown)(), path, out, seen);
      break;
  }
  return out;
}

/** An input holding `value` at `path`, with the objects and rows around it. */
function inputWith(path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [inputWith(rest, value)] : { [head!]: inputWith(rest, value) };
}

/** The wrong things people (and broken callers) send: missing, wrong type, too long, negative, half-typed. */
const BAD_VALUES: unknown[] = [
  null,
  {},
  [],
  12,
  -1,
  1.5,
  -0.5,
  1e20,
  true,
  '',
  '   ',
  'x'.repeat(5000),
  '1446.4O',
  '-3',
  '1,44',
  '12.345678',
  '2026-02-30',
  'not-an-option',
  ['x'.repeat(300)],
  Array.from({ length: 600 }, () => ({})),
];

const labels = (locale: Locale) => Object.values(MESSAGES[locale].fields as Record<string, string>);
const RAW_ZOD =
  /invalid input|expected|received|too (big|small)|无效|期望|实际接收|应为 ?(string|number|object|array)|\{\{|\bundefined\b|\bNaN\b/i;
const KEY_TEXT = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-zA-Z]+\.[a-zA-Z]+\.[a-zA-Z.]+\b/;

interface Problem {
  channel: string;
  locale: Locale;
  path: string;
  message: string;
  why: string;
}

/** What is wrong with one field error in one language, if anything. */
function problemsOf(channel: string, locale: Locale, f: FieldError, summary: string): Problem[] {
  const out: Problem[] = [];
  const say = (why: string) => out.push({ channel, locale, path: f.path, message: f.message, why });
  if (!f.message.trim()) say('empty message');
  // The notice's own opening (输入有误 / Invalid input) is ours; what follows it is checked.
  const detail = summary.replace(translate(locale, 'errors.validation', { detail: '' }), '');
  if (RAW_ZOD.test(f.message) || RAW_ZOD.test(detail)) say('raw schema text');
  if (KEY_TEXT.test(f.message) || KEY_TEXT.test(detail)) say('a key or message id shown');
  if (f.path.includes('.') && summary.includes(f.path)) say('the path shown');
  for (const key of f.path.split('.').filter((s) => s && !/^\d+$/.test(s) && s !== 'data'))
    if (keyLabel(locale, key) === null) say(`no label for "${key}" in fields`);
  if (!summary.includes(fieldName(locale, f.path))) say('the notice does not name the field by its label');
  // Labels may carry Latin letters (SSL/TLS, ID, kg); the sentence around them may not, in Chinese.
  if (locale === 'zh-CN') {
    const bare = labels(locale)
      .sort((a, b) => b.length - a.length)
      .reduce((text, label) => text.split(label).join(''), summary);
    if (/[A-Za-z]{2,}/.test(bare)) say('English in the Chinese message');
  } else if (/[\u4e00-\u9fff]/.test(summary)) say('Chinese in the English message');
  return out;
}

describe('every channel answers bad input in plain words, naming the field by its label', () => {
  const names = Object.keys(channels) as ChannelName[];

  it('walks every field of every channel with the wrong things people send, in Chinese and in English', () => {
    const problems: Problem[] = [];
    let checked = 0;
    for (const name of names) {
      const schema = channels[name].input as z.ZodType;
      const inputs: unknown[] = [{}, 'hello', [1, 2]];
      for (const path of fieldsOf(schema)) for (const value of BAD_VALUES) inputs.push(inputWith(path, value));
      for (const input of inputs)
        for (const locale of ['zh-CN', 'en'] as const) {
          const parsed = parseIn(schema, input, locale);
          if (parsed.ok) continue;
          const summary = validationSummary(locale, parsed.fields);
          for (const f of parsed.fields) {
            checked++;
            for (const p of problemsOf(name, locale, f, validationSummary(locale, [f]))) problems.push(p);
          }
          if (!summary.trim()) problems.push({ channel: name, locale, path: '', message: summary, why: 'empty' });
        }
    }
    // One line per kind of problem, so a failure reads as a to-do list.
    const distinct = [...new Map(problems.map((p) => [`${p.why} ${p.locale} ${p.message}`, p])).values()];
    expect(distinct.map((p) => `${p.channel} ${p.path} [${p.locale}] ${p.why}: ${p.message}`)).toEqual([]);
    expect(checked).toBeGreaterThan(names.length * 10);
  });

  it('a quote saved without a customer says so by its label, in either language', () => {
    const schema = channels['quotes.create'].input;
    const input = { quoteDate: '2026-05-01', lines: [{ name: '球阀', quantity: '1', unitPrice: '100' }] };
    const zh = parseIn(schema, input, 'zh-CN');
    const en = parseIn(schema, input, 'en');
    expect(zh.ok || zh.fields).toEqual([{ path: 'customerId', message: '客户不能为空' }]);
    expect(en.ok || en.fields).toEqual([{ path: 'customerId', message: 'Customer is required' }]);
    expect(validationSummary('zh-CN', zh.ok ? [] : zh.fields)).toBe('输入有误：客户不能为空');
  });

  it('a line error names the line and the field: a letter in a price, a negative quantity, too many decimals', () => {
    const schema = channels['quotes.create'].input;
    const input = {
      customerId: 1,
      quoteDate: '2026-05-01',
      lines: [
        { name: '球阀', quantity: '1', unitPrice: '100' },
        { name: '闸阀', quantity: '-3', unitPrice: '1446.4O' },
        { name: '止回阀', quantity: '1.23456', unitPrice: '１，４４６．４' },
      ],
    };
    const zh = parseIn(schema, input, 'zh-CN');
    expect(zh.ok || zh.fields).toEqual([
      { path: 'lines.1.quantity', message: '数量须大于 0' },
      { path: 'lines.1.unitPrice', message: '单价只能是数字，如 1446.40' },
      { path: 'lines.2.quantity', message: '数量最多 4 位小数' },
    ]);
    expect(validationSummary('zh-CN', zh.ok ? [] : zh.fields)).toBe(
      '输入有误：明细第 2 行：数量须大于 0；明细第 2 行：单价只能是数字，如 1446.40；明细第 3 行：数量最多 4 位小数',
    );
    const en = parseIn(schema, input, 'en');
    expect(validationSummary('en', en.ok ? [] : en.fields)).toBe(
      'Invalid input: Lines row 2: Quantity must be more than 0; Lines row 2: Unit price must be a number, e.g. 1446.40; Lines row 3: Quantity has at most 4 decimals',
    );
  });

  it('the core takes full-width digits and thousands separators as the forms do', () => {
    const parsed = parseIn(
      channels['quotes.create'].input,
      {
        customerId: 1,
        quoteDate: '2026-05-01',
        lines: [
          { name: '球阀', quantity: '１２', unitPrice: '１４４６．４' },
          { name: '闸阀', quantity: '2', unitPrice: '1,446.40' },
        ],
      },
      'zh-CN',
    );
    expect(parsed.ok && parsed.data.lines.map((l) => [l.quantity, l.unitPrice])).toEqual([
      ['12', '1446.4'],
      ['2', '1446.40'],
    ]);
  });
});
