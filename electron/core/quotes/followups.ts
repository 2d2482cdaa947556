import type { Knex } from 'knex';
import type { z } from 'zod';
import type { dueFollowUp, followUpInput, followUpRow } from '../../shared/quotes/contract';
import type { Queue } from '../../shared/rpc/list';
import { nowIso } from '../db/rows';
import type { SessionUser } from '../../shared/users/contract';
import { getQuote } from './quote-store';

type Db = Knex | Knex.Transaction;
type FollowUpDbRow = {
  id: number;
  quote_id: number;
  date: string;
  way: z.output<typeof followUpRow>['way'];
  user_name: string | null;
  customer_said: string;
  competitor: string | null;
  competitor_price: string | null;
  next_date: string | null;
};

const toRow = (r: FollowUpDbRow): z.output<typeof followUpRow> => ({
  id: r.id,
  quoteId: r.quote_id,
  date: r.date,
  way: r.way,
  userName: r.user_name,
  customerSaid: r.customer_said,
  competitor: r.competitor,
  competitorPrice: r.competitor_price,
  nextDate: r.next_date,
});

export async function addFollowUp(
  trx: Knex.Transaction,
  input: z.output<typeof followUpInput>,
  user: SessionUser | null,
) {
  const quote = await getQuote(trx, input.quoteId);
  const [row] = (await trx('quote_followups')
    .insert({
      quote_id: quote.id,
      quote_number: quote.number,
      date: input.date,
      way: input.way,
      user_id: user?.id ?? null,
      user_name: user?.displayName ?? null,
      customer_said: input.customerSaid,
      competitor: input.competitor,
      competitor_price: input.competitorPrice,
      next_date: input.nextDate,
      created_at: nowIso(),
    })
    .returning('id')) as { id: number }[];
  return toRow((await trx('quote_followups').where({ id: row!.id }).first()) as FollowUpDbRow);
}

/** Every follow-up of the quote's number, newest first: the conversation across versions. */
export async function listFollowUps(db: Db, quoteId: number) {
  const quote = await getQuote(db, quoteId);
  return (
    (await db('quote_followups')
      .where({ quote_number: quote.number })
      .orderBy([
        { column: 'date', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])) as FollowUpDbRow[]
  ).map(toRow);
}

/** Each open quote's latest follow-up (as `f`, its quote as `q`) whose next date is on or before `on`. */
export function dueFollowUpsQuery(db: Db, on: string): Knex.QueryBuilder {
  const latest = db('quote_followups')
    .select('quote_number')
    .max({ last_id: 'id' })
    .groupBy('quote_number')
    .as('latest');
  return db('quote_followups as f')
    .join(latest, 'latest.last_id', 'f.id')
    .join('quotes as q', 'q.number', 'f.quote_number')
    .whereIn('q.status', ['approved', 'sent'])
    .whereNotNull('f.next_date')
    .where('f.next_date', '<=', on);
}

/**
 * The follow-ups due: for each open quote (approved or sent, its current version), the
 * latest follow-up's next date, when that is on or before `on`. How many, and the first `limit`.
 */
export async function dueFollowUps(db: Db, on: string, limit: number): Promise<Queue<z.output<typeof dueFollowUp>>> {
  const due = dueFollowUpsQuery(db, on);
  const counted = (await due.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
  const rows = (await due
    .join('customers as c', 'c.id', 'q.customer_id')
    .orderBy([{ column: 'f.next_date' }, { column: 'q.id' }])
    .limit(limit)
    .select(
      'q.id as quote_id',
      'q.number',
      'q.version',
      'q.project',
      'c.name as customer_name',
      'f.next_date',
      'f.customer_said',
    )) as {
    quote_id: number;
    number: string;
    version: number;
    project: string | null;
    customer_name: string;
    next_date: string;
    customer_said: string;
  }[];
  const found = rows.map((r) => ({
    quoteId: r.quote_id,
    number: r.number,
    version: r.version,
    customerName: r.customer_name,
    project: r.project,
    nextDate: r.next_date,
    lastSaid: r.customer_said,
    overdue: r.next_date < on,
  }));
  return { rows: found, total: Number(counted?.n ?? 0) };
}
