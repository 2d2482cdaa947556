import { afterAll, beforeAll, describe, it } from 'vitest';
import { gramToken, matchingIds, SEARCH_TABLES } from '../../electron/core/search/search-index';
import { mnemonicOf, searchKeysOf, sortKeyOf } from '../../electron/core/search/search-keys';
import { openTestCore, type TestCore } from '../unit/support/test-core';
import { medianMs, report, type BenchRow } from './measure';

const N = 100_000;
const CITIES = ['北京', '上海', '重庆', '杭州', '苏州', '南京', '武汉', '长沙', '成都', '西安', '宁波', '无锡'];
const TRADES = ['机电', '化工', '钢铁', '电气', '自动化', '阀门', '泵业', '仪表', '建设', '物流'];
const BRANDS = ['西门子', '施耐德', '正泰', '德力西', '欧姆龙', '丹佛斯', '格兰富', 'ABB'];
const ITEMS = ['球阀', '闸阀', '截止阀', '离心泵', '压力表', '变频器', '接触器', '断路器', '电缆', '传感器'];

let t: TestCore;

async function seed(): Promise<void> {
  const db = t.core.services.db();
  const now = new Date().toISOString();
  const batch = 500;
  for (let start = 0; start < N; start += batch) {
    const customers: Record<string, unknown>[] = [];
    const products: Record<string, unknown>[] = [];
    const customerKeys: Record<string, unknown>[] = [];
    const productKeys: Record<string, unknown>[] = [];
    for (let i = start; i < start + batch; i++) {
      const name = `${CITIES[i % CITIES.length]}${TRADES[(i >> 3) % TRADES.length]}${i}号有限公司`;
      const code = `KH${String(i).padStart(6, '0')}`;
      const mnemonic = mnemonicOf(name);
      customers.push({
        id: i + 1,
        code,
        name,
        mnemonic,
        name_sort: sortKeyOf(name),
        active: true,
        lock_version: 1,
        created_at: now,
        updated_at: now,
        payment_days: i % 90,
        credit_limit_fen: i * 100,
      });
      customerKeys.push({ id: i + 1, ...searchKeysOf({ code, names: [name], mnemonic }) });
      const pname = `${ITEMS[i % ITEMS.length]} ${i}`;
      const pcode = `CP${String(i).padStart(6, '0')}`;
      const brand = BRANDS[i % BRANDS.length]!;
      const spec = `M-${i % 997}-${i}`;
      products.push({
        id: i + 1,
        code: pcode,
        name: pname,
        mnemonic: mnemonicOf(pname),
        brand,
        spec,
        unit: '台',
        tax_rate: '0.13',
        list_price_e4: (i % 5000) * 10000,
        standard_cost_e4: (i % 4000) * 10000,
        source: i % 3 ? 'own' : 'bought',
        name_sort: sortKeyOf(pname),
        active: true,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      });
      productKeys.push({ id: i + 1, ...searchKeysOf({ code: pcode, names: [pname], extra: [brand, spec] }) });
    }
    await db.transaction(async (trx) => {
      await trx('customers').insert(customers);
      await trx('products').insert(products);
      await trx(SEARCH_TABLES.customers).insert(customerKeys);
      await trx(SEARCH_TABLES.products).insert(productKeys);
    });
  }
  await db.raw('ANALYZE');
}

describe(`master lists over ${N.toLocaleString()} customers and products`, () => {
  beforeAll(async () => {
    t = await openTestCore();
    await seed();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports list and search timings against raw SQL on the same file', async () => {
    const db = t.core.services.db();
    const rawPage = async (table: string, order: string, page: number) => {
      await db.raw(`SELECT count(*) AS n FROM ${table} WHERE active = 1`);
      await db.raw(`SELECT * FROM ${table} WHERE active = 1 ORDER BY ${order}, id LIMIT 50 OFFSET ${(page - 1) * 50}`);
    };
    // The same search written by hand: the page of matches with their count, from the trigram
    // index for three characters or more, from the gram index (one or two) for fewer.
    const rawSearch = async (table: 'customers' | 'products', column: 'ascii' | 'cjk', q: string) => {
      const keys = SEARCH_TABLES[table];
      const [where, param] =
        Array.from(q).length >= 3
          ? [`id IN (SELECT rowid FROM ${keys}_fts WHERE ${column} MATCH ?)`, `"${q}"`]
          : [`id IN (SELECT rowid FROM ${keys}_grams WHERE ${keys}_grams MATCH ?)`, `"${gramToken(q)}"`];
      await db.raw(`SELECT id, count(*) OVER () AS n FROM ${table} WHERE ${where} ORDER BY code, id LIMIT 50`, [param]);
      await db.raw(`SELECT * FROM ${table} WHERE ${where} ORDER BY code, id LIMIT 50`, [param]);
    };
    const rows: BenchRow[] = [
      {
        case: 'customers: first page of 50, by name',
        neiqinMs: await medianMs(() =>
          t.ok('customers.list', {
            page: 1,
            pageSize: 50,
            sort: { field: 'name', dir: 'asc' },
            filters: { active: true },
          }),
        ),
        rawSqlMs: await medianMs(() => rawPage('customers', 'name_sort', 1)),
        targetMs: 30,
      },
      {
        case: 'customers: page 1000 of 50, by name',
        neiqinMs: await medianMs(() =>
          t.ok('customers.list', {
            page: 1000,
            pageSize: 50,
            sort: { field: 'name', dir: 'asc' },
            filters: { active: true },
          }),
        ),
        rawSqlMs: await medianMs(() => rawPage('customers', 'name_sort', 1000)),
        targetMs: 30,
      },
      {
        case: 'products: page 1000 of 50, by list price',
        neiqinMs: await medianMs(() =>
          t.ok('products.list', {
            page: 1000,
            pageSize: 50,
            sort: { field: 'listPrice', dir: 'desc' },
            filters: { active: true },
          }),
        ),
        rawSqlMs: await medianMs(() => rawPage('products', 'list_price_e4 DESC', 1000)),
        targetMs: 30,
      },
      {
        case: 'customers: search "cqgt" (pinyin initials)',
        neiqinMs: await medianMs(() => t.ok('customers.list', { q: 'cqgt' })),
        rawSqlMs: await medianMs(() => rawSearch('customers', 'ascii', 'cqgt')),
        targetMs: 20,
      },
      {
        case: 'products: search "西门子"',
        neiqinMs: await medianMs(() => t.ok('products.list', { q: '西门子' })),
        rawSqlMs: await medianMs(() => rawSearch('products', 'cjk', '西门子')),
        targetMs: 20,
      },
      {
        case: 'products: search "西门" (two characters: the gram index)',
        neiqinMs: await medianMs(() => t.ok('products.list', { q: '西门' })),
        rawSqlMs: await medianMs(() => rawSearch('products', 'cjk', '西门')),
        targetMs: 20,
      },
      {
        // The index's own part, beside the scan of the keys it replaced (before migration 0007).
        case: 'products: the 12,500 ids containing "西门" (raw SQL: the key scan it replaced)',
        neiqinMs: await medianMs(() => matchingIds(db, 'products', '西门')),
        rawSqlMs: await medianMs(() => db.raw(`SELECT id FROM ${SEARCH_TABLES.products} WHERE cjk LIKE '%西门%'`)),
        targetMs: 20,
      },
      {
        case: 'products: search "z" (one character)',
        neiqinMs: await medianMs(() => t.ok('products.list', { q: 'z' })),
        rawSqlMs: await medianMs(() => rawSearch('products', 'ascii', 'z')),
        targetMs: 20,
      },
      {
        case: 'products: search "cp012345" (one match)',
        neiqinMs: await medianMs(() => t.ok('products.list', { q: 'cp012345' })),
        rawSqlMs: await medianMs(() => rawSearch('products', 'ascii', 'cp012345')),
        targetMs: 20,
      },
    ];
    report('Neiqin list bench (median of 30 runs)', rows);
  });
});
