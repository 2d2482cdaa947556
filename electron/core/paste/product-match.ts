import type { Knex } from 'knex';
import type { z } from 'zod';
import type { LineMatch, lineKey } from '../../shared/paste/contract';
import { halfWidth } from '../../shared/paste/number-text';
import { PRODUCT_LIST_COLUMNS, toProductRow, type ProductDbRow } from '../products/product-store';

type LineKey = z.output<typeof lineKey>;

const CHUNK = 500;
const CANDIDATES = 5;

/** Specs as customers write them: 'DN80 × 16' is 'dn80x16', full-width or not. */
export function specKey(spec: string | null | undefined): string {
  return halfWidth(spec ?? '')
    .toLowerCase()
    .replace(/[×*]/g, 'x')
    .replace(/\s+/g, '');
}

/** The active products whose `column` is one of `values`, read in chunks (one statement per 500 values). */
async function productsWhere(db: Knex, column: 'code' | 'name', values: string[]): Promise<ProductDbRow[]> {
  const found: ProductDbRow[] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    found.push(
      ...((await db('products')
        .select(PRODUCT_LIST_COLUMNS)
        .where({ active: true })
        .whereIn(column, values.slice(i, i + CHUNK))
        .orderBy(['code', 'id'])) as ProductDbRow[]),
    );
  }
  return found;
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/**
 * Each row's product: the active product with its code, else the one active product with its name and spec
 * (specs compared without spaces, case or full width), else none, with the products of that name to pick from.
 */
export async function matchLines(db: Knex, rows: LineKey[]): Promise<LineMatch[]> {
  const byCode = new Map((await productsWhere(db, 'code', unique(rows.map((r) => r.code)))).map((p) => [p.code, p]));
  const unmatched = rows.filter((r) => !(r.code && byCode.has(r.code)));
  const byName = new Map<string, ProductDbRow[]>();
  for (const p of await productsWhere(db, 'name', unique(unmatched.map((r) => r.name))))
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);

  return rows.map((r): LineMatch => {
    const coded = r.code ? byCode.get(r.code) : undefined;
    if (coded) return { by: 'code', product: toProductRow(coded), candidates: [] };
    const named = r.name ? (byName.get(r.name) ?? []) : [];
    const same = named.filter((p) => specKey(p.spec) === specKey(r.spec));
    if (same.length === 1) return { by: 'nameSpec', product: toProductRow(same[0]!), candidates: [] };
    return {
      by: null,
      product: null,
      candidates: (same.length ? same : named).slice(0, CANDIDATES).map(toProductRow),
    };
  });
}
