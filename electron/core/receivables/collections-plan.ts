import type { Knex } from 'knex';
import type { z } from 'zod';
import type {
  CollectionPlanReport,
  CollectionPlanRow,
  collectionPlanInput,
} from '../../shared/receivables/collections-contract';
import { int, nowIso } from '../db/rows';
import { notFound } from '../rpc/errors';
import { monthSpan, monthsBetween, percentOf } from './collections-months';

type Db = Knex | Knex.Transaction;

interface PlanDbRow {
  id: number;
  customer_id: number;
  month: string;
  planned_fen: number | string;
  note: string | null;
  lock_version: number;
}

/** Sets a customer's planned receipts (回款计划) for a month, replacing what was planned before. */
export async function setCollectionPlan(
  trx: Knex.Transaction,
  input: z.output<typeof collectionPlanInput>,
  userId: number | null,
): Promise<{ before: PlanDbRow | null; row: CollectionPlanRow }> {
  const customer = (await trx('customers').where({ id: input.customerId }).first('id')) as { id: number } | undefined;
  if (!customer) throw notFound('customer', input.customerId);
  const before = ((await trx('collection_plans')
    .where({ customer_id: input.customerId, month: input.month })
    .first()) ?? null) as PlanDbRow | null;
  const now = nowIso();
  if (before)
    await trx('collection_plans')
      .where({ id: before.id })
      .update({ planned_fen: input.planned, note: input.note, lock_version: before.lock_version + 1, updated_at: now });
  else
    await trx('collection_plans').insert({
      customer_id: input.customerId,
      month: input.month,
      planned_fen: input.planned,
      note: input.note,
      created_by: userId,
      created_at: now,
      updated_at: now,
    });
  const report = await collectionPlanReport(trx, input.month, input.month, input.customerId);
  return { before, row: report.rows[0]! };
}

/**
 * Each customer's plan against its receipts (not cancelled, by receipt date) month by month: every
 * customer with a plan or a receipt in the month, so the month's actual is everything received.
 */
export async function collectionPlanReport(
  db: Db,
  from: string,
  to: string,
  customerId?: number,
): Promise<CollectionPlanReport> {
  const { start, end } = monthSpan(from, to);
  const plans = db('collection_plans as p')
    .whereBetween('p.month', [from, to])
    .select('p.customer_id', 'p.month', 'p.planned_fen', 'p.note');
  const receipts = db('receipts as r')
    .where('r.date', '>=', start)
    .where('r.date', '<', end)
    .whereNull('r.cancelled_at')
    .groupBy('r.customer_id', db.raw('substr(r.date, 1, 7)'))
    .select('r.customer_id', db.raw('substr(r.date, 1, 7) as month'))
    .sum({ actual: 'r.amount_fen' });
  if (customerId !== undefined) {
    void plans.where('p.customer_id', customerId);
    void receipts.where('r.customer_id', customerId);
  }
  const planned = (await plans) as {
    customer_id: number;
    month: string;
    planned_fen: number | string;
    note: string | null;
  }[];
  const received = (await receipts) as { customer_id: number; month: string; actual: number | string }[];

  const byKey = new Map<
    string,
    { customerId: number; month: string; planned: number; actual: number; note: string | null }
  >();
  const entry = (customer: number, month: string) => {
    const key = `${month}|${customer}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { customerId: customer, month, planned: 0, actual: 0, note: null }));
    return e;
  };
  for (const p of planned) Object.assign(entry(p.customer_id, p.month), { planned: int(p.planned_fen), note: p.note });
  for (const r of received) entry(r.customer_id, r.month).actual = int(r.actual);

  const ids = [...new Set([...byKey.values()].map((e) => e.customerId))];
  const customers = new Map(
    (
      (await db('customers').whereIn('id', ids).select('id', 'code', 'name')) as {
        id: number;
        code: string;
        name: string;
      }[]
    ).map((c) => [c.id, c]),
  );
  const rows = [...byKey.values()]
    .map((e) => ({
      month: e.month,
      customerId: e.customerId,
      customerCode: customers.get(e.customerId)?.code ?? '',
      customerName: customers.get(e.customerId)?.name ?? '',
      planned: e.planned,
      actual: e.actual,
      rate: percentOf(e.actual, e.planned),
      note: e.note,
    }))
    .sort(
      (a, b) => a.month.localeCompare(b.month) || b.planned - a.planned || a.customerCode.localeCompare(b.customerCode),
    );

  const months = monthsBetween(from, to).map((month) => {
    const of = rows.filter((r) => r.month === month);
    const plannedSum = of.reduce((s, r) => s + r.planned, 0);
    const actualSum = of.reduce((s, r) => s + r.actual, 0);
    return { month, planned: plannedSum, actual: actualSum, rate: percentOf(actualSum, plannedSum) };
  });
  const total = months.reduce((s, m) => ({ planned: s.planned + m.planned, actual: s.actual + m.actual }), {
    planned: 0,
    actual: 0,
  });
  return { from, to, rows, months, totals: { ...total, rate: percentOf(total.actual, total.planned) } };
}
