import type { Knex } from 'knex';
import { EXPIRING_DAYS, type QueueItem, type QueueSection, type QueueSectionOut } from '../../shared/home/contract';
import type { Locale } from '../../shared/rpc/envelope';
import { addDays, daysBetween } from '../dates';
import { int } from '../db/rows';
import { dueFollowUpsQuery } from '../quotes/followups';
import { readDeliverySettings } from '../settings/delivery-settings';
import { blockedNotices } from './blocked-notices';

type Db = Knex | Knex.Transaction;
type Row = Record<string, unknown>;

export interface QueueContext {
  db: Db;
  today: string;
  limit: number;
  locale: Locale;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const item = (kind: QueueItem['kind'], more: Partial<QueueItem> & { id: number; number: string }): QueueItem => ({
  kind,
  customerName: null,
  date: null,
  gross: null,
  note: null,
  days: null,
  late: false,
  runStatus: null,
  ...more,
});

const countOf = async (q: Knex.QueryBuilder): Promise<number> => {
  const row = (await q.clone().clearSelect().clearOrder().count({ n: '*' }).first()) as
    { n: number | string } | undefined;
  return int(row?.n ?? 0);
};

/** A section from one filtered query: counted, its late ones counted, its first rows read in SQL order. */
async function section(
  { limit }: QueueContext,
  base: Knex.QueryBuilder,
  read: (rows: Knex.QueryBuilder) => Knex.QueryBuilder,
  toItem: (r: Row) => QueueItem,
  late?: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
): Promise<Omit<QueueSectionOut, 'key'>> {
  const total = await countOf(base);
  if (total === 0) return { total, late: 0, rows: [] };
  const rows = ((await read(base.clone()).limit(limit)) as Row[]).map(toItem);
  return { total, late: late ? await countOf(late(base.clone())) : 0, rows };
}

const withCustomer = (table: string) => (q: Knex.QueryBuilder) =>
  q.leftJoin('customers as c', 'c.id', `${table}.customer_id`);

/** The manager's: quotes and directly entered orders waiting for approval, the longest waiting first. */
async function approvals(ctx: QueueContext): Promise<Omit<QueueSectionOut, 'key'>> {
  const { db, limit } = ctx;
  const quotes = db('quotes').where('quotes.status', 'pending_approval');
  const orders = db('sales_orders').where({ 'sales_orders.status': 'draft', 'sales_orders.approval': 'pending' });
  const total = (await countOf(quotes)) + (await countOf(orders));
  if (total === 0) return { total, late: 0, rows: [] };
  const quoteRows = (await withCustomer('quotes')(quotes.clone())
    .leftJoin('users as u', 'u.id', 'quotes.quoted_by')
    .orderBy([{ column: 'quotes.updated_at' }, { column: 'quotes.id' }])
    .limit(limit)
    .select(
      'quotes.id',
      'quotes.number',
      'quotes.version',
      'quotes.quote_date as date',
      'quotes.gross_fen',
      'quotes.updated_at',
      'c.name as customer_name',
      'u.display_name as who',
    )) as Row[];
  const orderRows = (await withCustomer('sales_orders')(orders.clone())
    .leftJoin('users as u', 'u.id', 'sales_orders.entered_by')
    .orderBy([{ column: 'sales_orders.updated_at' }, { column: 'sales_orders.id' }])
    .limit(limit)
    .select(
      'sales_orders.id',
      'sales_orders.number',
      'sales_orders.order_date as date',
      'sales_orders.gross_fen',
      'sales_orders.updated_at',
      'c.name as customer_name',
      'u.display_name as who',
    )) as Row[];
  const waiting = [
    ...quoteRows.map((r) => ({ r, kind: 'quote' as const, number: `${String(r.number)} V${int(r.version)}` })),
    ...orderRows.map((r) => ({ r, kind: 'order' as const, number: String(r.number) })),
  ].sort((a, b) => String(a.r.updated_at).localeCompare(String(b.r.updated_at)));
  const rows = waiting.slice(0, limit).map(({ r, kind, number }) =>
    item(kind, {
      id: int(r.id),
      number,
      customerName: str(r.customer_name),
      date: str(r.date),
      gross: int(r.gross_fen),
      note: str(r.who),
    }),
  );
  return { total, late: 0, rows };
}

/** The sales assistant's: follow-ups due today or overdue (late), the earliest first. */
async function followUps(ctx: QueueContext) {
  return section(
    ctx,
    dueFollowUpsQuery(ctx.db, ctx.today),
    (q) =>
      q
        .join('customers as c', 'c.id', 'q.customer_id')
        .orderBy([{ column: 'f.next_date' }, { column: 'q.id' }])
        .select(
          'q.id',
          'q.number',
          'q.version',
          'q.gross_fen',
          'c.name as customer_name',
          'f.next_date',
          'f.customer_said',
        ),
    (r) =>
      item('quote', {
        id: int(r.id),
        number: `${String(r.number)} V${int(r.version)}`,
        customerName: str(r.customer_name),
        date: str(r.next_date),
        gross: int(r.gross_fen),
        note: str(r.customer_said),
        late: String(r.next_date) < ctx.today,
      }),
    (q) => q.where('f.next_date', '<', ctx.today),
  );
}

/** Approved or sent quotes whose last valid day is today or within EXPIRING_DAYS, the soonest first. */
async function expiringQuotes(ctx: QueueContext) {
  const base = ctx
    .db('quotes')
    .whereIn('quotes.status', ['approved', 'sent'])
    .whereBetween('quotes.valid_until', [ctx.today, addDays(ctx.today, EXPIRING_DAYS)]);
  return section(
    ctx,
    base,
    (q) =>
      withCustomer('quotes')(q)
        .orderBy([{ column: 'quotes.valid_until' }, { column: 'quotes.id' }])
        .select(
          'quotes.id',
          'quotes.number',
          'quotes.version',
          'quotes.valid_until',
          'quotes.gross_fen',
          'quotes.project',
          'c.name as customer_name',
        ),
    (r) =>
      item('quote', {
        id: int(r.id),
        number: `${String(r.number)} V${int(r.version)}`,
        customerName: str(r.customer_name),
        date: str(r.valid_until),
        gross: int(r.gross_fen),
        note: str(r.project),
        days: daysBetween(ctx.today, String(r.valid_until)),
      }),
  );
}

/** Confirmed orders with no delivery notice (a cancelled one does not count), the oldest first. */
async function ordersUnnoticed(ctx: QueueContext) {
  const { db } = ctx;
  const noticed = db('delivery_notices')
    .select('delivery_notices.id')
    .whereRaw('delivery_notices.order_id = sales_orders.id')
    .whereNot('delivery_notices.status', 'cancelled');
  const base = db('sales_orders').where('sales_orders.status', 'confirmed').whereNotExists(noticed);
  return section(
    ctx,
    base,
    (q) =>
      withCustomer('sales_orders')(q)
        .orderBy([{ column: 'sales_orders.order_date' }, { column: 'sales_orders.id' }])
        .select(
          'sales_orders.id',
          'sales_orders.number',
          'sales_orders.order_date',
          'sales_orders.gross_fen',
          'sales_orders.customer_po',
          'c.name as customer_name',
        ),
    (r) =>
      item('order', {
        id: int(r.id),
        number: String(r.number),
        customerName: str(r.customer_name),
        date: str(r.order_date),
        gross: int(r.gross_fen),
        note: str(r.customer_po),
      }),
  );
}

/** The dispatch clerk's: notes prepared and not yet pick-checked, by date and number. */
async function notesToCheck(ctx: QueueContext) {
  return section(
    ctx,
    ctx.db('delivery_notes').where('delivery_notes.status', 'prepared'),
    (q) =>
      withCustomer('delivery_notes')(q)
        .orderBy([{ column: 'delivery_notes.date' }, { column: 'delivery_notes.number' }])
        .select(
          'delivery_notes.id',
          'delivery_notes.number',
          'delivery_notes.date',
          'delivery_notes.delivery_address',
          'c.name as customer_name',
        ),
    (r) =>
      item('note', {
        id: int(r.id),
        number: String(r.number),
        customerName: str(r.customer_name),
        date: str(r.date),
        note: str(r.delivery_address),
      }),
  );
}

/** Today's local runs (not called off), by number. */
async function runsToday(ctx: QueueContext) {
  return section(
    ctx,
    ctx.db('dispatch_runs').where('dispatch_runs.date', ctx.today).whereNot('dispatch_runs.status', 'cancelled'),
    (q) =>
      q
        .orderBy('dispatch_runs.number')
        .select(
          'dispatch_runs.id',
          'dispatch_runs.number',
          'dispatch_runs.date',
          'dispatch_runs.vehicle',
          'dispatch_runs.driver',
          'dispatch_runs.status',
        ),
    (r) =>
      item('run', {
        id: int(r.id),
        number: String(r.number),
        date: str(r.date),
        note: `${String(r.vehicle)} ${String(r.driver)}`,
        runStatus: r.status as QueueItem['runStatus'],
      }),
  );
}

/** Delivered notes whose signed 回单 is not back, the longest awaited first; late past the configured days. */
async function receiptsMissing(ctx: QueueContext) {
  const { receiptDays } = await readDeliverySettings(ctx.db);
  const lateFrom = addDays(ctx.today, -receiptDays);
  return section(
    ctx,
    ctx.db('delivery_notes').where('delivery_notes.status', 'delivered'),
    (q) =>
      withCustomer('delivery_notes')(q)
        .orderBy([{ column: 'delivery_notes.delivered_on' }, { column: 'delivery_notes.number' }])
        .select(
          'delivery_notes.id',
          'delivery_notes.number',
          'delivery_notes.delivered_on',
          'delivery_notes.gross_fen',
          'c.name as customer_name',
        ),
    (r) => {
      const on = str(r.delivered_on);
      return item('note', {
        id: int(r.id),
        number: String(r.number),
        customerName: str(r.customer_name),
        date: on,
        days: on ? daysBetween(on, ctx.today) : null,
        late: on !== null && on <= lateFrom,
      });
    },
    (q) => q.where('delivery_notes.delivered_on', '<=', lateFrom),
  );
}

const SECTIONS: Record<QueueSection, (ctx: QueueContext) => Promise<Omit<QueueSectionOut, 'key'>>> = {
  approvals,
  blockedNotices: (ctx) => blockedNotices(ctx.db, ctx.locale, ctx.limit).then((q) => ({ ...q, late: 0 })),
  followUps,
  expiringQuotes,
  ordersUnnoticed,
  notesToCheck,
  runsToday,
  receiptsMissing,
};

/** The sections asked for, in that order. */
export async function workQueue(ctx: QueueContext, keys: readonly QueueSection[]): Promise<QueueSectionOut[]> {
  const out: QueueSectionOut[] = [];
  for (const key of keys) out.push({ key, ...(await SECTIONS[key](ctx)) });
  return out;
}
