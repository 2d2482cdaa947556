import { pinyin, polyphonic } from 'pinyin-pro';

/** Past this many reading combinations a name keeps only the first ones (long names with many polyphones). */
const MAX_INITIAL_VARIANTS = 32;

const keep = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** 助记码: the pinyin initials in context (北京华联 -> bjhl), letters and digits kept as typed. */
export function mnemonicOf(name: string): string {
  return keep(pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')).slice(
    0,
    40,
  );
}

/** Every initials string a reader might type: each polyphonic character in all its readings (重庆 -> cq, zq). */
export function initialVariants(name: string): string[] {
  const perChar = polyphonic(name, { pattern: 'first', toneType: 'none', type: 'array' }).map((readings) =>
    Array.from(new Set(readings.map(keep).filter(Boolean))),
  );
  let variants = [''];
  for (const readings of perChar) {
    if (readings.length === 0) continue;
    const next: string[] = [];
    for (const v of variants) for (const r of readings) if (next.length < MAX_INITIAL_VARIANTS) next.push(v + r);
    variants = next;
  }
  return variants.filter(Boolean);
}

/** Full pinyin, spaced, for sorting Chinese names the way a reader expects. */
export function sortKeyOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase().slice(0, 400);
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;

export interface SearchKeys {
  /** Keys of plain ASCII (codes, pinyin, model numbers), and the ASCII runs inside mixed keys. */
  ascii: string;
  /** Keys holding Chinese (names, mixed specs). */
  cjk: string;
}

/**
 * The lower-case keys one LIKE '%q%' runs against: codes, names, the mnemonic, every
 * initials variant and the full pinyin. They are split in two short columns because an
 * ASCII query can only match ASCII text and a Chinese one only Chinese: each search
 * scans half as much. '|' keeps keys from running together.
 */
export function searchKeysOf(parts: {
  code: string;
  names: (string | null | undefined)[];
  mnemonic?: string | null;
  extra?: (string | null | undefined)[];
}): SearchKeys {
  const keys = new Set<string>();
  keys.add(parts.code.toLowerCase());
  for (const name of parts.names) {
    if (!name) continue;
    keys.add(name.toLowerCase());
    for (const v of initialVariants(name)) keys.add(v);
    keys.add(keep(pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')));
  }
  if (parts.mnemonic) keys.add(parts.mnemonic.toLowerCase());
  for (const e of parts.extra ?? []) if (e) keys.add(e.toLowerCase());
  keys.delete('');
  const ascii = new Set<string>();
  const cjk: string[] = [];
  for (const key of keys) {
    if (ASCII_ONLY.test(key)) ascii.add(key);
    else {
      cjk.push(key);
      for (const run of key.match(/[\x20-\x7e]+/g) ?? []) if (run.trim()) ascii.add(run.trim());
    }
  }
  return { ascii: `|${Array.from(ascii).join('|')}|`, cjk: `|${cjk.join('|')}|` };
}

/** Which key column a query can match in. */
export function searchColumnFor(q: string): keyof SearchKeys {
  return ASCII_ONLY.test(q) ? 'ascii' : 'cjk';
}
