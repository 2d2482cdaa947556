import { describe, expect, it } from 'vitest';
import { AUDITED_ENTITIES } from '../../../electron/shared/audit/contract';
import { en } from '../../../electron/shared/i18n/en';
import { zhCN } from '../../../electron/shared/i18n/zh-CN';
import { uiEn } from '../../../renderer/src/i18n/ui-en';
import { uiZhCN } from '../../../renderer/src/i18n/ui-zh-CN';
import fs from 'node:fs';
import path from 'node:path';
import { changedFields, show } from '../../../renderer/src/audit/audit-values';
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
        show(f.before, label, f.field);
        show(f.after, label, f.field);
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
