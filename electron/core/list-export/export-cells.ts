import type { z } from 'zod';
import type { exportColumn } from '../../shared/list-export/contract';
import { translate } from '../../shared/i18n/translate';
import { fenToYuan } from '../../shared/money';
import type { Locale } from '../../shared/rpc/envelope';

export type Column = z.output<typeof exportColumn>;
export type CellOut = string | number | null;

/** A field of a row, nested fields by their dotted path. */
function fieldOf(row: unknown, path: string): unknown {
  let value = row;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored UTC timestamp as the user's wall-clock time (minutes east of UTC). */
function localTime(iso: string, utcOffset: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + utcOffset * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const asNumber = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** Turns a row's value into the cell a column writes: the same thing the list shows, in a form Excel can sum. */
export function cellOf(column: Column, row: unknown, locale: Locale, utcOffset: number): CellOut {
  const v = fieldOf(row, column.field);
  if (v === null || v === undefined || v === '') return null;
  switch (column.kind) {
    case 'money':
      // Integer fen to yuan through exact decimals; Excel then holds 1234.5 and shows 1,234.50.
      return typeof v === 'number' && Number.isSafeInteger(v) ? Number(fenToYuan(v)) : asNumber(v);
    case 'number':
    case 'percent':
      return asNumber(v);
    case 'timestamp':
      return localTime(String(v), utcOffset);
    case 'bool':
      return translate(locale, v ? 'exportMsg.yes' : 'exportMsg.no');
    case 'enum':
      return column.values?.[String(v)] ?? String(v);
    case 'date':
      return String(v);
    case 'text':
      if (typeof v === 'boolean') return translate(locale, v ? 'exportMsg.yes' : 'exportMsg.no');
      if (Array.isArray(v)) return v.map(String).join('、');
      if (typeof v === 'number') return v;
      return String(v);
  }
}
