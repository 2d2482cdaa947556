import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../electron/core/dates';
import { openTestCore, type TestCore } from '../unit/support/test-core';
import { CUSTOMERS, LAST_DAY, seedFinance, type SeedReport } from './finance-seed';
import { medianMs, report, type BenchRow } from './measure';

let t: TestCore;
let seeded: SeedReport[] = [];

/** The management buckets on the invoice basis as of `day`: the first day each bucket reaches back to. */
const BOUNDS = [30, 60, 90, 180, 365];

/**
 * The ageing written straight in SQL, as a finance script would: what was open on the day (gross, less allocations
 * live then, plus red-letters issued by then), summed per customer into the buckets, the unapplied receipts beside
 * them, the 50 largest customers and the grand total.
 */
async function rawAgeing(db: Knex, day: string) {
  const edges = BOUNDS.map((d) => addDays(day, -d));
  const bucket = (i: number) => {
    const newer = i === 0 ? null : edges[i - 1]!;
    const older = i < edges.length ? edges[i]! : null;
    const cond = [older ? `issue_date > '${older}'` : null, newer ? `issue_date <= '${newer}'` : null]
      .filter(Boolean)
      .join(' AND ');
    return `SUM(CASE WHEN ${cond} THEN open ELSE 0 END) AS b${i}`;
  };
  const rows = (await db.raw(
    `WITH open_invoices AS MATERIALIZED (
       SELECT i.customer_id, i.issue_date,
         i.gross_fen
           - COALESCE((SELECT SUM(a.amount_fen) FROM allocations a
               WHERE a.invoice_id = i.id AND a.date <= ? AND (a.undone_on IS NULL OR a.undone_on > ?)), 0)
           + COALESCE(reds.amount, 0) AS open
       FROM invoices i
       LEFT JOIN (SELECT red_of_id, SUM(gross_fen) AS amount FROM invoices
         WHERE red_of_id IS NOT NULL AND issue_date <= ? GROUP BY red_of_id) reds ON reds.red_of_id = i.id
       WHERE (i.settled_on IS NULL OR i.settled_on > ?) AND i.issue_date <= ? AND i.red_of_id IS NULL
     ),
     per_customer AS (
       SELECT customer_id, ${BOUNDS.map((_, i) => bucket(i)).join(', ')}, ${bucket(BOUNDS.length)}, SUM(open) AS total
       FROM open_invoices GROUP BY customer_id
     ),
     unapplied AS (
       SELECT r.customer_id, SUM(r.amount_fen - COALESCE((SELECT SUM(a.amount_fen) FROM allocations a
         WHERE a.receipt_id = r.id AND a.date <= ? AND (a.undone_on IS NULL OR a.undone_on > ?)), 0)) AS unapplied
       FROM receipts r WHERE r.date <= ? AND r.cancelled_at IS NULL GROUP BY r.customer_id
     )
     SELECT p.*, COALESCE(u.unapplied, 0) AS unapplied, SUM(p.total) OVER () AS grand_total
     FROM per_customer p LEFT JOIN unapplied u ON u.customer_id = p.customer_id
     ORDER BY p.total DESC, p.customer_id LIMIT 50`,
    [day, day, day, day, day, day, day, day],
  )) as { customer_id: number; total: number; grand_total: number }[];
  return rows;
}

describe('receivables on 1,000,000 invoices and 2,000 customers', () => {
  beforeAll(async () => {
    t = await openTestCore();
    seeded = await seedFinance(t.core.services.db());
    await t.ok('users.create', { username: 'chenjl', displayName: '陈经理', role: 'manager' });
  }, 1_800_000);
  afterAll(async () => {
    await t?.close();
  });

  it('reports the ageing, a statement and the dashboard against raw SQL on the same file', async () => {
    console.table(seeded);
    const db = t.core.services.db();
    const rows: BenchRow[] = [];

    // The same figures first: a benchmark of a wrong answer measures nothing.
    const viaChannel = await t.ok('receivables.ageing', { asOf: LAST_DAY, basis: 'invoice', pageSize: 50 });
    const raw = await rawAgeing(db, LAST_DAY);
    expect(viaChannel.totals.total).toBe(Number(raw[0]!.grand_total));
    expect(viaChannel.rows.map((r) => [r.customerId, r.total])).toEqual(
      raw.map((r) => [r.customer_id, Number(r.total)]),
    );
    const pastDay = addDays(LAST_DAY, -400);
    const pastRaw = await rawAgeing(db, pastDay);
    const pastChannel = await t.ok('receivables.ageing', { asOf: pastDay, basis: 'invoice', pageSize: 50 });
    expect(pastChannel.totals.total).toBe(Number(pastRaw[0]!.grand_total));

    rows.push({
      case: 'ageing today, by customer (channel vs raw SQL)',
      neiqinMs: await medianMs(() => t.ok('receivables.ageing', { asOf: LAST_DAY, basis: 'invoice' }), 7, 2),
      rawSqlMs: await medianMs(() => rawAgeing(db, LAST_DAY), 7, 2),
      targetMs: 0,
    });
    rows.push({
      case: 'ageing 400 days ago, by customer',
      neiqinMs: await medianMs(() => t.ok('receivables.ageing', { asOf: pastDay, basis: 'invoice' }), 7, 2),
      rawSqlMs: await medianMs(() => rawAgeing(db, pastDay), 7, 2),
      targetMs: 0,
    });
    for (const r of rows) r.targetMs = Math.round(r.rawSqlMs * 1.5);

    // A customer's year: about 170 invoices and their receipts.
    const customerId = Math.floor(CUSTOMERS / 2);
    const from = addDays(LAST_DAY, -365);
    const statement = await t.ok('receivables.statement', { customerId, from, to: LAST_DAY });
    expect(statement.lines.length).toBeGreaterThan(100);
    rows.push({
      case: `statement, one customer, one year (${statement.lines.length} lines)`,
      neiqinMs: await medianMs(() => t.ok('receivables.statement', { customerId, from, to: LAST_DAY }), 15, 3),
      rawSqlMs: await medianMs(
        () =>
          Promise.all([
            db('invoices').where({ customer_id: customerId }).whereBetween('issue_date', [from, LAST_DAY]).select(),
            db('receipts').where({ customer_id: customerId }).whereBetween('date', [from, LAST_DAY]).select(),
          ]),
        15,
        3,
      ),
      targetMs: 100,
    });

    const manager = await t.call('auth.login', { username: 'chenjl' });
    if (!manager.ok) throw new Error('manager login failed');
    const asManager = { sessionId: (manager.value as { sessionId: string }).sessionId };
    const dashboard = async () => {
      const r = await t.call('dashboard.summary', { asOf: LAST_DAY }, asManager);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const summary = await dashboard();
    expect(summary).toBeTruthy();
    rows.push({
      case: 'dashboard, all its queries',
      neiqinMs: await medianMs(dashboard, 7, 2),
      rawSqlMs: await medianMs(
        () =>
          db('invoices').whereNull('settled_on').sum({ open: 'open_fen' }).groupBy('customer_id').select('customer_id'),
        7,
        2,
      ),
      targetMs: 500,
    });
    report('Receivables bench (median; targets: ageing ≤ 1.5× raw SQL, statement ≤ 100 ms, dashboard ≤ 500 ms)', rows);
  }, 1_800_000);
});
