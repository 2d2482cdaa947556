import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { MIGRATIONS, migrationSource } from '../../../migrations/index';
import { openSqlite } from '../../../electron/core/db/connection';
import { gramToken } from '../../../electron/core/search/search-index';
import { searchKeysOf } from '../../../electron/core/search/search-keys';

it('products saved before the gram index existed are found by one- and two-character terms once it is added', async () => {
  const db = openSqlite(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-grams-')), 'neiqin.db'));
  try {
    const before = MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === '0008_search_bigrams'),
    );
    await db.migrate.latest({ migrationSource: { ...migrationSource, getMigrations: async () => before } });
    const now = new Date().toISOString();
    const products = [
      { id: 1, code: 'CP001', name: '西门子变频器', brand: '西门子', spec: 'G120C' },
      { id: 2, code: 'CP002', name: '闸阀', brand: '苏阀', spec: 'Z41H-16C' },
    ];
    for (const p of products) {
      await db('products').insert({
        ...p,
        unit: '台',
        tax_rate: '0.13',
        source: 'own',
        name_sort: p.code,
        created_at: now,
        updated_at: now,
      });
      await db('product_search').insert({
        id: p.id,
        ...searchKeysOf({ code: p.code, names: [p.name], extra: [p.brand, p.spec] }),
      });
    }
    await db.migrate.latest({ migrationSource });
    const found = async (term: string) =>
      (
        (await db.raw(
          'SELECT rowid AS id FROM product_search_grams WHERE product_search_grams MATCH ? ORDER BY rowid',
          [`"${gramToken(term)}"`],
        )) as { id: number }[]
      ).map((r) => r.id);
    expect(await found('西门')).toEqual([1]);
    expect(await found('阀')).toEqual([2]);
    expect(await found('z4')).toEqual([2]);
    expect(await found('c')).toEqual([1, 2]);
    expect(await found('东')).toEqual([]);
  } finally {
    await db.destroy();
  }
});
