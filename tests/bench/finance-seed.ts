import type { Knex } from 'knex';
import { addDays } from '../../electron/core/dates';
import { SEARCH_TABLES } from '../../electron/core/search/search-index';
import { mnemonicOf, searchKeysOf, sortKeyOf } from '../../electron/core/search/search-keys';

export const INVOICES = 1_000_000;
export const CUSTOMERS = 2_000;
/** Invoices of one customer paid by one receipt: i, i+2000, ... within a block of GROUP × CUSTOMERS ids. */
const GROUP = 5;
export const FIRST_DAY = '2024-01-01';
export const DAYS = 3 * 365;
export const LAST_DAY = addDays(FIRST_DAY, DAYS);
const CITIES = ['北京', '上海', '重庆', '杭州', '苏州', '南京', '武汉', '长沙', '成都', '西安', '宁波', '无锡'];
const TRADES = ['机电', '化工', '钢铁', '电气', '自动化', '阀门', '泵业', '仪表', '建设', '物流'];
const SALES = ['张丽', '陈经理', '王芳', '刘洋', '赵敏'];

export const customerOf = (i: number) => (i % CUSTOMERS) + 1;
/** Spread over three years in id order, a little out of step. */
export const dayOf = (i: number) => addDays(FIRST_DAY, Math.min(DAYS, Math.floor((i * DAYS) / INVOICES) + (i % 7)));
const grossOf = (i: number) => ((i % 9973) + 27) * 1130;
/**
 * About a quarter open: everything of the last five months, and one in twenty older ones (the overdue tail).
 * Open invoices are unpaid or (one in three) part paid.
 */
const isOpen = (i: number) => i >= INVOICES * 0.86 || i % 20 === 0;

export interface SeedReport {
  table: string;
  rows: number;
  ms: number;
}

/** Multi-row inserts, 400 a statement (under SQLite's variable limit for ~20 columns), 20,000 a transaction. */
async function bulk(
  db: Knex,
  seeded: SeedReport[],
  table: string,
  n: number,
  rowOf: (i: number) => Record<string, unknown> | null,
): Promise<void> {
  const start = Date.now();
  let count = 0;
  for (let from = 0; from < n; from += 20_000)
    await db.transaction(async (trx) => {
      for (let s = from; s < Math.min(from + 20_000, n); s += 400) {
        const rows: Record<string, unknown>[] = [];
        for (let i = s; i < Math.min(s + 400, n); i++) {
          const row = rowOf(i);
          if (row) rows.push(row);
        }
        count += rows.length;
        if (rows.length) await trx(table).insert(rows);
      }
    });
  seeded.push({ table, rows: count, ms: Date.now() - start });
}

/**
 * A distributor's three years of invoices straight into the tables the services keep (0011's columns, with
 * open_fen, settled_on and unapplied_fen consistent with the allocations), for the receivables benchmarks.
 */
export async function seedFinance(db: Knex): Promise<SeedReport[]> {
  const seeded: SeedReport[] = [];
  // Row-by-row trigram triggers would dominate a million inserts: lifted for the load, the index rebuilt once after.
  const triggers = (await db('sqlite_master')
    .where({ type: 'trigger' })
    .whereIn('tbl_name', ['invoices', 'receipts'])
    .select('name', 'sql')) as { name: string; sql: string }[];
  for (const tr of triggers) await db.raw(`DROP TRIGGER ${tr.name}`);
  const now = `${LAST_DAY}T08:00:00.000Z`;
  const stamp = { lock_version: 1, created_at: now, updated_at: now };
  const names = Array.from(
    { length: CUSTOMERS },
    (_, i) => `${CITIES[i % CITIES.length]}${TRADES[(i >> 3) % TRADES.length]}${i}号有限公司`,
  );
  const codeOf = (i: number) => `KH${String(i).padStart(6, '0')}`;
  await bulk(db, seeded, 'customers', CUSTOMERS, (i) => ({
    id: i + 1,
    code: codeOf(i),
    name: names[i],
    mnemonic: mnemonicOf(names[i]!),
    name_sort: sortKeyOf(names[i]!),
    active: true,
    payment_days: [30, 60, 90][i % 3],
    credit_limit_fen: i % 4 ? 500_000_00 : null,
    salesperson: SALES[i % SALES.length],
    ...stamp,
  }));
  await bulk(db, seeded, SEARCH_TABLES.customers, CUSTOMERS, (i) => ({
    id: i + 1,
    ...searchKeysOf({ code: codeOf(i), names: [names[i]!], mnemonic: mnemonicOf(names[i]!) }),
  }));

  // What each invoice has had paid: all of it when settled, a third when part paid, nothing otherwise.
  const paidOf = (i: number) => (!isOpen(i) ? grossOf(i) : i % 3 === 0 ? Math.floor(grossOf(i) / 3) : 0);
  // One receipt per customer per block of GROUP invoices, paying what those invoices had paid (plus, now and
  // then, a little left over as unapplied credit); each paid invoice one allocation from it.
  const blocks = Math.ceil(INVOICES / (GROUP * CUSTOMERS));
  const receiptCount = blocks * CUSTOMERS;
  const memberOf = (r: number, k: number) =>
    Math.floor(r / CUSTOMERS) * GROUP * CUSTOMERS + k * CUSTOMERS + (r % CUSTOMERS);
  const members = (r: number) =>
    Array.from({ length: GROUP }, (_, k) => memberOf(r, k)).filter((i) => i < INVOICES && paidOf(i) > 0);
  const extraOf = (r: number) => (r % 11 === 0 ? 50_000 : 0);
  const receiptOf = (i: number) => Math.floor(i / (GROUP * CUSTOMERS)) * CUSTOMERS + (i % CUSTOMERS);
  // Twenty days after the block's last invoice, never after the last day: allocations and settled_on use it too.
  const receiptDay = (r: number) => {
    const day = addDays(dayOf(Math.min(memberOf(r, GROUP - 1), INVOICES - 1)), 20);
    return day < LAST_DAY ? day : LAST_DAY;
  };
  await bulk(db, seeded, 'invoices', INVOICES, (i) => {
    const gross = grossOf(i);
    const net = Math.floor((gross * 100) / 113);
    const day = dayOf(i);
    const days = [30, 60, 90][(customerOf(i) - 1) % 3]!;
    return {
      id: i + 1,
      type: 'digital_special',
      code: '',
      number: `26${String(i).padStart(18, '0')}`,
      issue_date: day,
      customer_id: customerOf(i),
      buyer_name: names[customerOf(i) - 1],
      net_fen: net,
      tax_fen: gross - net,
      gross_fen: gross,
      open_fen: gross - paidOf(i),
      settled_on: isOpen(i) ? null : receiptDay(receiptOf(i)),
      due_date: addDays(day, days),
      delivery_date: addDays(day, -(i % 5)),
      delivery_state: 'acknowledged',
      ...stamp,
    };
  });

  await bulk(db, seeded, 'receipts', receiptCount, (r) => {
    const paid = members(r);
    if (paid.length === 0 && extraOf(r) === 0) return null;
    const amount = paid.reduce((s, i) => s + paidOf(i), 0) + extraOf(r);
    return {
      id: r + 1,
      number: `HK${String(r + 1).padStart(8, '0')}`,
      date: receiptDay(r),
      customer_id: (r % CUSTOMERS) + 1,
      payer_name: names[r % CUSTOMERS],
      amount_fen: amount,
      fee_fen: 0,
      method: r % 9 === 0 ? 'bank_bill' : 'transfer',
      bank_ref: `B${r}`,
      unapplied_fen: extraOf(r),
      ...stamp,
    };
  });
  await bulk(db, seeded, 'allocations', INVOICES, (i) => {
    if (paidOf(i) === 0) return null;
    const r = receiptOf(i);
    return {
      receipt_id: r + 1,
      invoice_id: i + 1,
      amount_fen: paidOf(i),
      date: receiptDay(r),
      created_at: now,
    };
  });
  const start = Date.now();
  for (const table of ['invoices', 'receipts'])
    await db.raw(`INSERT INTO ${table}_fts(${table}_fts) VALUES ('rebuild')`);
  for (const tr of triggers) await db.raw(tr.sql);
  await db.raw('ANALYZE');
  seeded.push({ table: 'search index rebuilt, ANALYZE', rows: 0, ms: Date.now() - start });
  return seeded;
}
