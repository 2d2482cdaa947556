import type { Knex } from 'knex';
import type { z } from 'zod';
import type { CollectionLogRow, collectionLogInput } from '../../shared/receivables/collections-contract';
import type { Page } from '../../shared/rpc/list';
import type { SessionUser } from '../../shared/users/contract';
import { int, nowIso } from '../db/rows';
import { notFound } from '../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface LogDbRow {
  id: number;
  customer_id: number;
  date: string;
  way: CollectionLogRow['way'];
  contact: string | null;
  content: string;
  promised_date: string | null;
  promised_fen: number | string | null;
  next_date: string | null;
  user_name: string | null;
  created_at: string;
}

const toRow = (r: LogDbRow): CollectionLogRow => ({
  id: r.id,
  customerId: r.customer_id,
  date: r.date,
  way: r.way,
  contact: r.contact,
  content: r.content,
  promisedDate: r.promised_date,
  promisedFen: r.promised_fen === null ? null : int(r.promised_fen),
  nextDate: r.next_date,
  userName: r.user_name,
  createdAt: r.created_at,
});

/** Records one follow-up (催收) with the user who made it. */
export async function addCollectionLog(
  trx: Knex.Transaction,
  input: z.output<typeof collectionLogInput>,
  user: SessionUser | null,
): Promise<CollectionLogRow> {
  const customer = (await trx('customers').where({ id: input.customerId }).first('id')) as { id: number } | undefined;
  if (!customer) throw notFound('customer', input.customerId);
  const [row] = (await trx('collection_logs')
    .insert({
      customer_id: input.customerId,
      date: input.date,
      way: input.way,
      contact: input.contact,
      content: input.content,
      promised_date: input.promisedDate,
      promised_fen: input.promisedFen,
      next_date: input.nextDate,
      user_id: user?.id ?? null,
      user_name: user?.displayName ?? null,
      created_at: nowIso(),
    })
    .returning('id')) as { id: number }[];
  return toRow((await trx('collection_logs').where({ id: row!.id }).first()) as LogDbRow);
}

/** A customer's follow-ups, newest first. */
export async function listCollectionLogs(
  db: Db,
  customerId: number,
  page: number,
  pageSize: number,
): Promise<Page<CollectionLogRow>> {
  const base = db('collection_logs').where({ customer_id: customerId });
  const counted = (await base.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
  const rows = (await base
    .orderBy([
      { column: 'date', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(pageSize)
    .offset((page - 1) * pageSize)) as LogDbRow[];
  return { rows: rows.map(toRow), total: int(counted?.n ?? 0), page, pageSize };
}

/** Each customer's latest follow-up (by date, then entry), or its latest one that promised a payment. */
export async function latestLogs(
  db: Db,
  customerIds: number[],
  promisesOnly: boolean,
): Promise<Map<number, CollectionLogRow>> {
  if (!customerIds.length) return new Map();
  const ranked = db('collection_logs')
    .whereIn('customer_id', customerIds)
    .select('*', db.raw('row_number() over (partition by customer_id order by date desc, id desc) as rn'));
  if (promisesOnly) ranked.where((w) => void w.whereNotNull('promised_date').orWhereNotNull('promised_fen'));
  const rows = (await db.from(ranked.as('r')).where('rn', 1)) as LogDbRow[];
  return new Map(rows.map((r) => [r.customer_id, toRow(r)]));
}
