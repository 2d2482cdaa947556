import { describe, expect, it } from 'vitest';
import { AUDITED_ENTITIES } from '../../../electron/shared/audit/contract';
import { en } from '../../../electron/shared/i18n/en';
import { zhCN } from '../../../electron/shared/i18n/zh-CN';
import { uiEn } from '../../../renderer/src/i18n/ui-en';
import { uiZhCN } from '../../../renderer/src/i18n/ui-zh-CN';
import fs from 'node:fs';
import path from 'node:path';
import {
  changedFields,
  codeNameKeys,
  ENUM_NAMES,
  HIDDEN_FIELDS,
  MONEY_FIELDS,
  PRICE_FIELDS,
  QUANTITY_FIELDS,
  show,
  type ValueNames,
} from '../../../renderer/src/audit/audit-values';
import { channels } from '../../../electron/shared/contracts';
import { refKey, refKindOf } from '../../../electron/shared/audit/refs';
import type { AuditRow } from '../../../electron/shared/audit/contract';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** Actions the history shows as they are (create / update are worded by the page itself). */
const PLAIN = new Set(['create', 'update']);

describe('the history speaks the user’s language', () => {
  it('every entity and action the demo year writes has its Chinese and English name', async () => {
    await t.ok('demo.load', {});
    const rows = (await t.core.services
      .db()('audit_log')
      .distinct('entity', 'action')
      .orderBy(['entity', 'action'])) as { entity: string; action: string }[];
    expect(rows.length).toBeGreaterThan(20);

    const entities = [...new Set(rows.map((r) => r.entity))];
    expect(entities.filter((e) => !(AUDITED_ENTITIES as readonly string[]).includes(e))).toEqual([]);
    const named = (tree: { entities: Record<string, string> }) => entities.filter((e) => !tree.entities[e]);
    expect(named(zhCN as never)).toEqual([]);
    expect(named(en as never)).toEqual([]);

    const actions = [...new Set(rows.map((r) => r.action))].filter((a) => !PLAIN.has(a));
    const worded = (tree: { audit: { actions: Record<string, string> } }) =>
      actions.filter((a) => !tree.audit.actions[a]);
    expect(worded(uiZhCN as never)).toEqual([]);
    expect(worded(uiEn as never)).toEqual([]);

    // What changed, as the history lists it: every field (and every field inside a changed value) has a name.
    const changes = (await t.core.services
      .db()('audit_log')
      .whereNotNull('before_json')
      .select('before_json', 'after_json')) as { before_json: string; after_json: string | null }[];
    const unnamed = new Set<string>();
    for (const c of changes)
      for (const f of changedFields(JSON.parse(c.before_json), c.after_json ? JSON.parse(c.after_json) : null)) {
        const label = (name: string) => {
          for (const tree of [zhCN, en]) if (!(tree.fields as Record<string, string>)[name]) unnamed.add(name);
          return name;
        };
        label(f.field);
        show(f.before, { label }, f.field);
        show(f.after, { label }, f.field);
      }
    expect([...unnamed]).toEqual([]);
  });

  it('every action a service records, written or not by the demo, has its name in both languages', () => {
    const core = path.resolve(__dirname, '../../../electron/core');
    const files = fs.readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const actions = new Set<string>();
    for (const f of files)
      for (const m of fs.readFileSync(path.join(core, f), 'utf8').matchAll(/action: '([A-Za-z_]+)'/g))
        actions.add(m[1]!);
    expect(actions.size).toBeGreaterThan(30);
    for (const tree of [uiZhCN, uiEn] as { audit: { actions: Record<string, string> } }[])
      expect([...actions].filter((a) => !PLAIN.has(a) && !tree.audit.actions[a])).toEqual([]);
  });
});

const TREES = { 'zh-CN': { ...zhCN, ...uiZhCN }, en: { ...en, ...uiEn } } as Record<string, Record<string, unknown>>;

/** A message by its dotted key in one language, when it is a message (not a group of them). */
function textIn(tree: Record<string, unknown>, key: string): string | null {
  let node: unknown = tree;
  for (const part of key.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : null;
}

/** What the history page reads a row's values with, in one language. */
function namesFor(row: AuditRow, locale: 'zh-CN' | 'en'): ValueNames {
  const tree = TREES[locale]!;
  return {
    entity: row.entity,
    label: (f) => textIn(tree, `fields.${f}`) ?? f,
    text: (key) => textIn(tree, key),
    refs: row.refs,
    gone: textIn(tree, 'auditText.gone')!,
    punct: locale === 'en' ? { listSep: ', ', colon: ': ', comma: ', ' } : { listSep: '、', colon: '：', comma: '，' },
  };
}

/** Every field a write takes or answers with that holds a code (a zod enum), with the codes it may hold. */
function enumFields(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walking = new Set<unknown>();
  type Def = { type: string; [k: string]: unknown };
  const walk = (schema: unknown, field: string | null) => {
    const def = (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
    if (!def || walking.has(schema)) return;
    if (def.type === 'enum') {
      if (field)
        found.set(field, new Set([...(found.get(field) ?? []), ...Object.values(def.entries as object).map(String)]));
      return;
    }
    walking.add(schema);
    if (def.type === 'object') for (const [k, v] of Object.entries(def.shape as object)) walk(v, k);
    else if (def.type === 'array') walk(def.element, field);
    else if (def.type === 'pipe') {
      walk(def.in, field);
      walk(def.out, field);
    } else if (def.type === 'union') for (const o of def.options as unknown[]) walk(o, field);
    else if (def.type === 'intersection') {
      walk(def.left, field);
      walk(def.right, field);
    } else if (def.type === 'record') walk(def.valueType, field);
    else if ('innerType' in def) walk(def.innerType, field);
    walking.delete(schema);
  };
  // What a write is given and answers is what its service records; reads record nothing.
  for (const c of Object.values(channels as Record<string, { input: unknown; output: unknown; write: boolean }>))
    if (c.write) {
      walk(c.input, null);
      walk(c.output, null);
    }
  return found;
}

/**
 * Codes a history shows otherwise: a login's permissions are not recorded, a file's type (image/png) reads as itself,
 * and a tax rate ('0.13') as a percentage.
 */
const NOT_NAMED = new Set(['permissions', 'mime', 'taxRate']);
/** Numbers that are counts, days or positions, not money. */
const PLAIN_NUMBERS = new Set([
  'paymentDays',
  'validDays',
  'daysLeft',
  'packages',
  'printCount',
  'stops',
  'stopNo',
  'lineNo',
  'position',
  'files',
  'forwards',
  'changeNo',
  'version',
  'belowListLines',
  'receiptDays',
  'customers',
  'products',
  'suppliers',
  'users',
  'quotes',
  'orders',
  'notes',
  'invoices',
  'receipts',
  'round',
  'items',
  'answered',
  'tenders',
  'libraryItems',
  'lineCount',
  'validityDays',
  'originals',
  'copies',
  'remindDays',
  'size',
]);

describe('the history shows labels, not internals', () => {
  it('every code a service can record is named in Chinese and English', () => {
    const fields = enumFields();
    expect(fields.size).toBeGreaterThan(30);
    const unnamed: string[] = [];
    for (const [field, codes] of fields) {
      if (NOT_NAMED.has(field)) continue;
      if (!ENUM_NAMES[field]) {
        unnamed.push(`${field} (no names)`);
        continue;
      }
      for (const code of codes)
        for (const locale of ['zh-CN', 'en'] as const)
          if (!codeNameKeys('', field, code).some((key) => textIn(TREES[locale]!, key) !== null))
            unnamed.push(`${locale} ${field}.${code}`);
    }
    expect(unnamed).toEqual([]);
  });

  it('the demo year’s history, as the page reads it: every code by its name, every id by its record, every amount as money', async () => {
    await t.ok('demo.load', {});
    const rows: AuditRow[] = [];
    for (let page = 1; ; page += 1) {
      const p = await t.ok('audit.list', { page, pageSize: 500 });
      rows.push(...p.rows);
      if (rows.length >= p.total) break;
    }
    expect(rows.length).toBeGreaterThan(500);
    const codes = new Set([...enumFields().values()].flatMap((s) => [...s]));
    const problems = new Set<string>();
    const check = (row: AuditRow, value: unknown, field: string | null) => {
      if (value === null || value === undefined) return;
      const where = `${row.entity}.${row.action} ${field}`;
      const kind = field === null ? null : refKindOf(row.entity, field);
      if (kind) {
        for (const id of Array.isArray(value) ? value : [value])
          if (row.refs[refKey(kind, id as number)] === undefined) problems.add(`${where}: id ${String(id)} not named`);
        return;
      }
      if (Array.isArray(value)) return value.forEach((v) => check(row, v, field));
      if (typeof value === 'object')
        return Object.entries(value as Record<string, unknown>).forEach(([k, v]) => check(row, v, k));
      if (field === null) return;
      if (HIDDEN_FIELDS.has(field)) return;
      if (typeof value === 'number' && !MONEY_FIELDS.has(field) && !PLAIN_NUMBERS.has(field))
        problems.add(`${where}: number neither money nor a count`);
      if (field === 'taxRate') {
        if (!/^\d+%$/.test(show(value, namesFor(row, 'zh-CN'), field))) problems.add(`${where}: rate ${String(value)}`);
        return;
      }
      if (typeof value === 'string' && codes.has(value) && (ENUM_NAMES[field] || !/\s|[^\x00-\x7f]/.test(value)))
        for (const locale of ['zh-CN', 'en'] as const)
          if (
            !PRICE_FIELDS.has(field) &&
            !QUANTITY_FIELDS.has(field) &&
            !codeNameKeys(row.entity, field, value).some((key) => textIn(TREES[locale]!, key) !== null)
          )
            problems.add(`${where}: ${locale} has no name for ${value}`);
    };
    for (const row of rows) {
      check(row, row.before, null);
      check(row, row.after, null);
    }
    expect([...problems]).toEqual([]);
    // A record's own history names it, and the records it mentions, as the list does.
    const history = await t.ok('audit.forEntity', { entity: 'deliveryNotice', entityId: '1' });
    expect(history.map((h) => h.entityName)).toEqual(history.map(() => 'TZ2025-00001'));
    const created = history.find((h) => h.action === 'create')!;
    const text = show(created.after, namesFor(created, 'zh-CN'));
    expect(text).toContain('销售合同：HT2025-00001');
    expect(text).toContain('客户：北京华联机电工程有限公司');
    expect(text).toContain('状态：草稿');
  });

  it('a notice confirmed over the credit limit reads as the manager would say it', () => {
    const row: AuditRow = {
      id: 1,
      at: '2026-05-01T00:00:00.000Z',
      userId: 1,
      userName: '王强',
      channel: 'deliveries.notices.confirm',
      entity: 'deliveryNotice',
      entityId: '7',
      entityName: 'TZ2026-00007',
      action: 'confirm',
      before: { status: 'draft' },
      after: {
        status: 'confirmed',
        credit: { customerId: 10, creditLimit: 20_000_000, overdue: 7_512_000, reasons: ['overLimit', 'overdue'] },
        creditRelease: null,
      },
      refs: { 'customer:10': '杭州西子热电有限公司' },
    };
    const zh = namesFor(row, 'zh-CN');
    const changes = changedFields(row.before, row.after).map(
      (c) => `${zh.label(c.field)}：${show(c.before, zh, c.field)} → ${show(c.after, zh, c.field)}`,
    );
    expect(changes).toEqual([
      '状态：草稿 → 已确认',
      '信用检查：— → 客户：杭州西子热电有限公司，信用额度：200,000.00，逾期未收：75,120.00，原因：超出信用额度、有逾期欠款',
    ]);
    const english = namesFor(row, 'en');
    expect(show(row.after, english)).toContain('Status: confirmed');
    expect(show(row.after, english)).not.toMatch(/overLimit|: 10\b/);
  });
});
