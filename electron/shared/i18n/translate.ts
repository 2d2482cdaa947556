import type { Locale } from '../rpc/envelope';
import { en } from './en';
import { zhCN } from './zh-CN';

export type Messages = typeof zhCN;
export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Looks up a dotted key (`errors.notFound`) and fills `{{name}}` placeholders. */
export function translate(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const found = lookup(MESSAGES[locale], key) ?? lookup(MESSAGES['zh-CN'], key);
  if (typeof found !== 'string') return key;
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export function hasMessage(key: string): boolean {
  return typeof lookup(MESSAGES['zh-CN'], key) === 'string';
}

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
