import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { addDays } from '../../electron/core/dates';
import { SEARCH_TABLES } from '../../electron/core/search/search-index';
import { mnemonicOf, searchKeysOf, sortKeyOf } from '../../electron/core/search/search-keys';
import { openTestCore, type TestCore } from '../unit/support/test-core';
import { medianMs, report, type BenchRow } from './measure';

const N = 100_000;
const CUSTOMERS = 2_000;
const CARRIERS = 10;
const FIRST_DAY = '2022-01-01';
const DAYS = 5 * 365;
const BOARD_DAY = addDays(FIRST_DAY, DAYS);
const CITIES = ['北京', '上海', '重庆', '杭州', '苏州', '南京', '武汉', '长沙', '成都', '西安', '宁波', '无锡'];
const TRADES = ['机电', '化工', '钢铁', '电气', '自动化', '阀门', '泵业', '仪表', '建设', '物流'];
const DRIVERS = ['王师傅', '李师傅', '张师傅', '刘师傅', '陈师傅'];
const QUOTE_STATUSES = ['draft', 'approved', 'sent', 'sent', 'won', 'won', 'lost', 'superseded'];
// Mostly signed for: a few in every open state, as a working business has them.
const noteStatus = (i: number) =>
  (
    ['prepared', 'prepared', 'checked', 'loaded', 'in_transit', 'in_transit', 'delivered', 'delivered', 'cancelled'][
      i % 100
    ] ?? 'receipted'
  ).toString();

let t: TestCore;
const seeded: { table: string; rows: number; ms: number }[] = [];

/** The document's day: spread over five years in id order, a little out of step. */
const dayOf = (i: number) => addDays(FIRST_DAY, Math.min(DAYS, Math.floor((i * DAYS) / N) + (i % 5)));
const numberOf = (prefix: string, i: number) =>
  `${prefix}${2022 + Math.floor((i * 5) / N)}${String((i % (N / 5)) + 1).padStart(5, '0')}`;
const customerOf = (i: number) => (i % CUSTOMERS) + 1;

/** Multi-row inserts of `n` rows, 500 a statement (SQLite's compound-select limit), 20,000 a transaction. */
async function bulk(db: Knex, table: string, n: number, rowOf: (i: number) => Record<string, unknown>) {
  const start = Date.now();
  for (let from = 0; from < n; from += 20_000)
    await db.transaction(async (trx) => {
      for (let s = from; s < Math.min(from + 20_000, n); s += 500) {
        const rows: Record<string, unknown>[] = [];
        for (let i = s; i < Math.min(s + 500, n); i++) rows.push(rowOf(i));
        await trx(table).insert(rows);
      }
    });
  seeded.push({ table, rows: n, ms: Date.now() - start });
}

async function seed(): Promise<void> {
  const db = t.core.services.db();
  const now = `${BOARD_DAY}T08:00:00.000Z`;
  const stamp = { lock_version: 1, created_at: now, updated_at: now };
  const names = Array.from(
    { length: CUSTOMERS },
    (_, i) => `${CITIES[i % CITIES.length]}${TRADES[(i >> 3) % TRADES.length]}${i}号有限公司`,
  );
  await bulk(db, 'customers', CUSTOMERS, (i) => ({
    id: i + 1,
    code: `KH${String(i).padStart(6, '0')}`,
    name: names[i],
    mnemonic: mnemonicOf(names[i]!),
    name_sort: sortKeyOf(names[i]!),
    active: true,
    payment_days: 30,
    credit_limit_fen: 0,
    ...stamp,
  }));
  await bulk(db, SEARCH_TABLES.customers, CUSTOMERS, (i) => ({
    id: i + 1,
    ...searchKeysOf({ code: `KH${String(i).padStart(6, '0')}`, names: [names[i]!], mnemonic: mnemonicOf(names[i]!) }),
  }));
  await bulk(db, 'carriers', CARRIERS, (i) => ({
    id: i + 1,
    name: `${CITIES[i]}物流`,
    basis: 'weight',
    rate: '1.2',
    ...stamp,
  }));
  await bulk(db, 'inquiries', N, (i) => ({
    id: i + 1,
    number: numberOf('XJ', i),
    customer_id: customerOf(i),
    date: dayOf(i),
    channel: 'phone',
    requirement: `求购 DN${(i % 20) * 10 + 15} 球阀 ${i % 50} 台`,
    due_date: addDays(dayOf(i), 7),
    status: ['new', 'quoting', 'quoted', 'closed'][i % 4],
    ...stamp,
  }));
  await bulk(db, 'quotes', N, (i) => ({
    id: i + 1,
    number: numberOf('BJ', i),
    version: 1,
    status: QUOTE_STATUSES[i % QUOTE_STATUSES.length],
    customer_id: customerOf(i),
    project: `${CITIES[i % CITIES.length]}水厂改造`,
    quote_date: dayOf(i),
    valid_days: 30,
    valid_until: addDays(dayOf(i), 30),
    price_includes_tax: true,
    net_fen: (i % 9973) * 1000,
    tax_fen: (i % 9973) * 130,
    gross_fen: (i % 9973) * 1130,
    cost_fen: (i % 9973) * 800,
    ...stamp,
    updated_at: `${dayOf(i)}T09:${String(i % 60).padStart(2, '0')}:00.000Z`,
  }));
  await bulk(db, 'quote_lines', 2 * N, (j) => ({
    quote_id: (j >> 1) + 1,
    position: (j & 1) + 1,
    kind: 'item',
    name: j & 1 ? '法兰球阀' : '电磁流量计',
    unit: '台',
    quantity: '2',
    unit_price: '1000',
    tax_rate: '0.13',
    net_fen: 200_000,
    tax_fen: 26_000,
    gross_fen: 226_000,
  }));
  await bulk(db, 'sales_orders', N, (i) => ({
    id: i + 1,
    number: numberOf('HT', i),
    quote_id: i + 1,
    customer_id: customerOf(i),
    customer_po: `PO-${i}`,
    order_date: dayOf(i),
    due_date: addDays(dayOf(i), 20),
    price_includes_tax: true,
    net_fen: (i % 9973) * 1000,
    tax_fen: (i % 9973) * 130,
    gross_fen: (i % 9973) * 1130,
    status: i % 10 ? 'closed' : 'partial',
    ...stamp,
  }));
  await bulk(db, 'delivery_notices', N, (i) => ({
    id: i + 1,
    number: numberOf('TZ', i),
    order_id: i + 1,
    customer_id: customerOf(i),
    date: dayOf(i),
    status: i % 10 ? 'closed' : 'confirmed',
    price_includes_tax: true,
    gross_fen: (i % 9973) * 1130,
    ...stamp,
  }));
  await bulk(db, 'dispatch_runs', N, (i) => ({
    id: i + 1,
    number: numberOf('PC', i),
    date: dayOf(i),
    vehicle: `沪A${String(i % 1000).padStart(3, '0')}`,
    driver: DRIVERS[i % DRIVERS.length],
    status: i % 50 ? 'returned' : 'planned',
    ...stamp,
  }));
  await bulk(db, 'consignments', N, (i) => ({
    id: i + 1,
    number: numberOf('TY', i),
    carrier_id: (i % CARRIERS) + 1,
    waybill_no: `YD${i}`,
    date: dayOf(i),
    to_station: CITIES[i % CITIES.length],
    consignee_name: names[i % CUSTOMERS],
    goods: '阀门',
    packages: 2,
    basis: 'weight',
    freight_fen: (i % 997) * 100,
    handover: 'door',
    payment: 'monthly',
    status: ['booked', 'shipped', 'arrived'][i % 3],
    ...stamp,
  }));
  await bulk(db, 'delivery_notes', N, (i) => {
    const status = noteStatus(i);
    return {
      id: i + 1,
      number: numberOf('FH', i),
      notice_id: i + 1,
      order_id: i + 1,
      customer_id: customerOf(i),
      date: dayOf(i),
      delivery_address: `${CITIES[i % CITIES.length]}工业园 ${i % 300} 号`,
      packages: 2,
      show_prices: true,
      price_includes_tax: true,
      net_fen: (i % 9973) * 1000,
      tax_fen: (i % 9973) * 130,
      gross_fen: (i % 9973) * 1130,
      status,
      run_id: i % 2 ? i + 1 : null,
      consignment_id: i % 2 ? null : i + 1,
      delivered_on: ['delivered', 'receipted'].includes(status) ? dayOf(i) : null,
      ...stamp,
    };
  });
  await bulk(db, 'register_entries', N, (i) => ({
    id: i + 1,
    number: numberOf('DJ', i),
    kind: ['contract', 'letter', 'fax', 'drawing', 'other'][i % 5],
    direction: i % 2 ? 'received' : 'sent',
    date: dayOf(i),
    customer_id: customerOf(i),
    counterparty: names[i % CUSTOMERS],
    subject: `${['合同', '来函', '传真', '图纸', '其他'][i % 5]} 第 ${i} 号`,
    ...stamp,
  }));
  await bulk(db, 'audit_log', N, (i) => ({
    at: `${dayOf(i)}T10:00:00.000Z`,
    user_id: 1,
    user_name: '管理员',
    channel: ['quotes.update', 'deliveries.notes.advance', 'customers.update'][i % 3],
    entity: ['quote', 'deliveryNote', 'customer'][i % 3],
    entity_id: String(i + 1),
    action: 'update',
    before_json: '{"status":"draft"}',
    after_json: '{"status":"sent"}',
  }));
  const start = Date.now();
  await db.raw('ANALYZE');
  seeded.push({ table: 'ANALYZE', rows: 0, ms: Date.now() - start });
}

describe(`document lists over ${N.toLocaleString()} of each document`, () => {
  beforeAll(async () => {
    t = await openTestCore();
    await seed();
    console.log('\nSeeding (bulk inserts, not the channels)');
    console.table(seeded);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports first page, page 1,000 and a search of each list against raw SQL on the same file, and the board', async () => {
    const db = t.core.services.db();
    const PAGE_1000 = 999 * 50;
    /** The same page written by hand: the count, then the page with its joined names in one statement. */
    const rawPage = async (from: string, count: string, select: string, order: string, offset = 0) => {
      await db.raw(`SELECT count(*) AS n FROM ${count}`);
      await db.raw(`SELECT ${select} FROM ${from} ORDER BY ${order} LIMIT 50 OFFSET ${offset}`);
    };
    /** A search written by hand: the page of matches with their count, then the page itself. */
    const rawSearch = async (from: string, select: string, where: string, order: string, params: string[]) => {
      await db.raw(
        `SELECT count(*) OVER () AS n, ${select} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT 50`,
        params,
      );
    };
    /** The document's own text columns (or those named) through its trigram index (migration 0010), as the channels look them up. */
    const textMatch = (table: string) => `${table}.id IN (SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ?)`;
    const phrase = (q: string, columns?: string) => (columns ? `{${columns}} : "${q}"` : `"${q}"`);
    // Customers whose name holds the term, through the trigram index the channels use.
    const customerMatch = `SELECT rowid FROM ${SEARCH_TABLES.customers}_fts WHERE cjk MATCH ?`;

    const lists: {
      name: string;
      channel: Parameters<TestCore['ok']>[0];
      from: string;
      table: string;
      select: string;
      dateField: string;
      dateColumn: string;
      defaultOrder: string;
      q: string;
      where: string;
      params: string[];
    }[] = [
      {
        name: 'quotes',
        channel: 'quotes.list',
        table: 'quotes',
        from: 'quotes JOIN customers ON customers.id = quotes.customer_id LEFT JOIN users ON users.id = quotes.quoted_by',
        select: 'quotes.*, customers.name AS customer_name, users.display_name AS quoted_by_name',
        dateField: 'quoteDate',
        dateColumn: 'quotes.quote_date',
        defaultOrder: 'quotes.updated_at DESC, quotes.id DESC',
        q: '重庆机电',
        where: `${textMatch('quotes')} OR quotes.customer_id IN (${customerMatch})`,
        params: [phrase('重庆机电'), '"重庆机电"'],
      },
      {
        name: 'orders',
        channel: 'orders.list',
        table: 'sales_orders',
        from: 'sales_orders JOIN customers ON customers.id = sales_orders.customer_id LEFT JOIN quotes ON quotes.id = sales_orders.quote_id',
        select: 'sales_orders.*, customers.name AS customer_name, quotes.number AS quote_number',
        dateField: 'orderDate',
        dateColumn: 'sales_orders.order_date',
        defaultOrder: 'sales_orders.order_date DESC, sales_orders.id DESC',
        q: 'po-4242',
        where: textMatch('sales_orders'),
        params: [phrase('po-4242')],
      },
      {
        name: 'delivery notices',
        channel: 'deliveries.notices.list',
        table: 'delivery_notices',
        from: 'delivery_notices JOIN sales_orders ON sales_orders.id = delivery_notices.order_id JOIN customers ON customers.id = delivery_notices.customer_id',
        select: 'delivery_notices.*, sales_orders.number AS order_number, customers.name AS customer_name',
        dateField: 'date',
        dateColumn: 'delivery_notices.date',
        defaultOrder: 'delivery_notices.date DESC, delivery_notices.id DESC',
        q: '重庆机电',
        where: `${textMatch('delivery_notices')} OR ${textMatch('sales_orders')} OR delivery_notices.customer_id IN (${customerMatch})`,
        params: [phrase('重庆机电'), phrase('重庆机电', 'number'), '"重庆机电"'],
      },
      {
        name: 'delivery notes',
        channel: 'deliveries.notes.list',
        table: 'delivery_notes',
        from: 'delivery_notes JOIN sales_orders ON sales_orders.id = delivery_notes.order_id JOIN customers ON customers.id = delivery_notes.customer_id LEFT JOIN dispatch_runs ON dispatch_runs.id = delivery_notes.run_id LEFT JOIN consignments ON consignments.id = delivery_notes.consignment_id',
        select:
          'delivery_notes.*, sales_orders.number AS order_number, customers.name AS customer_name, dispatch_runs.number AS run_number, consignments.number AS consignment_number',
        dateField: 'date',
        dateColumn: 'delivery_notes.date',
        defaultOrder: 'delivery_notes.date DESC, delivery_notes.id DESC',
        q: 'ht202412345',
        where: `${textMatch('delivery_notes')} OR ${textMatch('sales_orders')} OR delivery_notes.customer_id IN (${customerMatch})`,
        params: [phrase('ht202412345'), phrase('ht202412345', 'number'), '"ht202412345"'],
      },
      {
        name: 'dispatch runs',
        channel: 'dispatch.runs.list',
        table: 'dispatch_runs',
        from: 'dispatch_runs',
        select:
          'dispatch_runs.*, (SELECT count(*) FROM delivery_notes WHERE delivery_notes.run_id = dispatch_runs.id) AS stops',
        dateField: 'date',
        dateColumn: 'dispatch_runs.date',
        defaultOrder: 'dispatch_runs.date DESC, dispatch_runs.id DESC',
        q: '沪a042',
        where: textMatch('dispatch_runs'),
        params: [phrase('沪a042')],
      },
      {
        name: 'consignments',
        channel: 'dispatch.consignments.list',
        table: 'consignments',
        from: 'consignments JOIN carriers ON carriers.id = consignments.carrier_id',
        select: 'consignments.*, carriers.name AS carrier_name',
        dateField: 'date',
        dateColumn: 'consignments.date',
        defaultOrder: 'consignments.date DESC, consignments.id DESC',
        q: 'yd4242',
        where: textMatch('consignments'),
        params: [phrase('yd4242')],
      },
      {
        name: 'inquiries',
        channel: 'inquiries.list',
        table: 'inquiries',
        from: 'inquiries JOIN customers ON customers.id = inquiries.customer_id LEFT JOIN users ON users.id = inquiries.owner_id',
        select: 'inquiries.*, customers.name AS customer_name, users.display_name AS owner_name',
        dateField: 'date',
        dateColumn: 'inquiries.date',
        defaultOrder: 'inquiries.date DESC, inquiries.id DESC',
        q: '重庆机电',
        where: `${textMatch('inquiries')} OR inquiries.customer_id IN (${customerMatch})`,
        params: [phrase('重庆机电'), '"重庆机电"'],
      },
      {
        name: 'register',
        channel: 'register.list',
        table: 'register_entries',
        from: 'register_entries LEFT JOIN customers ON customers.id = register_entries.customer_id',
        select: 'register_entries.*, customers.name AS customer_name',
        dateField: 'date',
        dateColumn: 'register_entries.date',
        defaultOrder: 'register_entries.date DESC, register_entries.id DESC',
        q: '第 4242 号',
        where: textMatch('register_entries'),
        params: [phrase('第 4242 号')],
      },
    ];

    const rows: BenchRow[] = [];
    for (const l of lists) {
      const date = l.dateColumn;
      rows.push(
        {
          case: `${l.name}: first page of 50`,
          neiqinMs: await medianMs(() => t.ok(l.channel, { page: 1, pageSize: 50 } as never)),
          rawSqlMs: await medianMs(() => rawPage(l.from, l.table, l.select, l.defaultOrder)),
          targetMs: 30,
        },
        {
          case: `${l.name}: page 1,000 by ${l.dateField}`,
          neiqinMs: await medianMs(() =>
            t.ok(l.channel, { page: 1000, pageSize: 50, sort: { field: l.dateField, dir: 'desc' } } as never),
          ),
          rawSqlMs: await medianMs(() =>
            rawPage(l.from, l.table, l.select, `${date} DESC, ${l.table}.id DESC`, PAGE_1000),
          ),
          targetMs: 30,
        },
        {
          case: `${l.name}: search "${l.q}"`,
          neiqinMs: await medianMs(() => t.ok(l.channel, { q: l.q } as never)),
          rawSqlMs: await medianMs(() => rawSearch(l.from, l.select, l.where, l.defaultOrder, l.params)),
          targetMs: 30,
        },
      );
    }
    // The audit log has no search: its filter by entity stands in.
    const auditOrder = 'id DESC';
    rows.push(
      {
        case: 'audit log: first page of 50',
        neiqinMs: await medianMs(() => t.ok('audit.list', { page: 1, pageSize: 50 })),
        rawSqlMs: await medianMs(() => rawPage('audit_log', 'audit_log', '*', auditOrder)),
        targetMs: 30,
      },
      {
        case: 'audit log: page 1,000 by time',
        neiqinMs: await medianMs(() =>
          t.ok('audit.list', { page: 1000, pageSize: 50, sort: { field: 'at', dir: 'desc' } }),
        ),
        rawSqlMs: await medianMs(() => rawPage('audit_log', 'audit_log', '*', 'at DESC, id DESC', PAGE_1000)),
        targetMs: 30,
      },
      {
        case: 'audit log: filtered by entity (quote)',
        neiqinMs: await medianMs(() => t.ok('audit.list', { filters: { entity: 'quote' } })),
        rawSqlMs: await medianMs(async () => {
          await db.raw(`SELECT count(*) FROM audit_log WHERE entity = 'quote'`);
          await db.raw(`SELECT * FROM audit_log WHERE entity = 'quote' ORDER BY id DESC LIMIT 50`);
        }),
        targetMs: 30,
      },
    );
    // The board: three sections, each its count and first 50 by number.
    const boardSection = async (where: string) => {
      await db.raw(`SELECT count(*) FROM delivery_notes WHERE ${where}`);
      await db.raw(
        `SELECT delivery_notes.*, customers.name, dispatch_runs.number, consignments.number FROM delivery_notes
         JOIN customers ON customers.id = delivery_notes.customer_id
         LEFT JOIN dispatch_runs ON dispatch_runs.id = delivery_notes.run_id
         LEFT JOIN consignments ON consignments.id = delivery_notes.consignment_id
         WHERE ${where} ORDER BY delivery_notes.number LIMIT 50`,
      );
    };
    const board = await t.ok('dispatch.board', { date: BOARD_DAY });
    rows.push({
      case: `dispatch board (${board.goingOut.total} + ${board.onTheRoad.total} + ${board.missingReceipts.total} notes, 50 each shown)`,
      neiqinMs: await medianMs(() => t.ok('dispatch.board', { date: BOARD_DAY })),
      rawSqlMs: await medianMs(async () => {
        await boardSection(
          `delivery_notes.status IN ('prepared', 'checked', 'loaded') AND delivery_notes.date <= '${BOARD_DAY}'`,
        );
        await boardSection(`delivery_notes.status = 'in_transit'`);
        await boardSection(`delivery_notes.status = 'delivered' AND delivered_on <= '${addDays(BOARD_DAY, -7)}'`);
      }),
      targetMs: 30,
    });
    report('Document list bench (median of 30 runs)', rows);
  });
});
