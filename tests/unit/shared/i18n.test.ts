import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { zhCN } from '../../../electron/shared/i18n/zh-CN';
import { uiEn } from '../../../renderer/src/i18n/ui-en';
import { uiZhCN } from '../../../renderer/src/i18n/ui-zh-CN';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'object' && v !== null)
      for (const [kk, vv] of leaves(v as object, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the two languages', () => {
  for (const [name, zh, english] of [
    ['core', zhCN, en],
    ['renderer', uiZhCN, uiEn],
  ] as const) {
    it(`${name}: every Chinese string has its English one, with the same placeholders`, () => {
      const z = leaves(zh);
      const e = leaves(english);
      expect([...e.keys()].filter((k) => !z.has(k))).toEqual([]);
      expect([...z.keys()].filter((k) => !e.has(k))).toEqual([]);
      const mismatched = [...z]
        .filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(e.get(k)!)))
        .map(([k]) => k);
      expect(mismatched).toEqual([]);
      expect([...z].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    });
  }
});
