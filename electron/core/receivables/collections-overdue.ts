import type { Knex } from 'knex';
import type { z } from 'zod';
import type { OverdueRow, overdueInput } from '../../shared/receivables/collections-contract';
import type { Page } from '../../shared/rpc/list';
import { daysBetween } from '../dates';
import { contains } from '../db/list-query';
import { int } from '../db/rows';
import { latestLogs } from './collections-log';

type Db = Knex | Knex.Transaction;

const SORTS = { overdue: 'overdue_fen', oldest: 'oldest_due', customer: 'c.code' } as const;

/**
 * Customers whose open invoices are past their due date on `asOf`, one row each, paged and
 * sorted in SQL (most overdue first); then the latest follow-up and promise of the page's customers.
 * Amounts are what is open now (a red-letter invoice's negative balance offsets its customer's).
 */
export async function overdueCustomers(
  db: Db,
  req: z.output<typeof overdueInput>,
  asOf: string,
): Promise<Page<OverdueRow>> {
  const grouped = db('invoices as i')
    .join('customers as c', 'c.id', 'i.customer_id')
    .whereNull('i.settled_on')
    .where('i.due_date', '<', asOf)
    .groupBy('i.customer_id', 'c.code', 'c.name', 'c.salesperson')
    .havingRaw('sum(i.open_fen) > 0');
  const term = req.q?.trim();
  if (term)
    grouped.where((w) => {
      void w.whereRaw(...contains('c.name', term)).orWhereRaw(...contains('c.code', term));
    });

  const counted = (await db.count({ n: '*' }).from(grouped.clone().select('i.customer_id').as('g')).first()) as
    { n: number | string } | undefined;
  const column = SORTS[req.sort?.field ?? 'overdue'];
  // Oldest first means the earliest due date; the sort's direction reads as "most" for the two amounts.
  const dir = req.sort?.dir ?? 'desc';
  const sqlDir = column === 'oldest_due' ? (dir === 'desc' ? 'asc' : 'desc') : dir;
  const rows = (await grouped
    .select('i.customer_id', 'c.code', 'c.name', 'c.salesperson')
    .sum({ overdue_fen: 'i.open_fen' })
    .min({ oldest_due: 'i.due_date' })
    .count({ invoices: '*' })
    .orderBy([
      { column, order: sqlDir },
      { column: 'i.customer_id', order: 'asc' },
    ])
    .limit(req.pageSize)
    .offset((req.page - 1) * req.pageSize)) as {
    customer_id: number;
    code: string;
    name: string;
    salesperson: string | null;
    overdue_fen: number | string;
    oldest_due: string;
    invoices: number | string;
  }[];

  const ids = rows.map((r) => r.customer_id);
  const last = await latestLogs(db, ids, false);
  const promised = await latestLogs(db, ids, true);
  return {
    rows: rows.map((r) => ({
      customerId: r.customer_id,
      customerCode: r.code,
      customerName: r.name,
      salesperson: r.salesperson,
      overdueFen: int(r.overdue_fen),
      invoices: int(r.invoices),
      oldestDays: daysBetween(r.oldest_due, asOf),
      lastFollowUp: last.get(r.customer_id)?.date ?? null,
      nextFollowUp: last.get(r.customer_id)?.nextDate ?? null,
      promisedDate: promised.get(r.customer_id)?.promisedDate ?? null,
      promisedFen: promised.get(r.customer_id)?.promisedFen ?? null,
    })),
    total: int(counted?.n ?? 0),
    page: req.page,
    pageSize: req.pageSize,
  };
}
