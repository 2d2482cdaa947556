import { attachToDocument } from '../attachments/document-files';
import { translate } from '../../shared/i18n/translate';
import { pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { assertExists } from '../db/references';
import { AppError, staleVersion } from '../rpc/errors';
import type { HandlerContext, HandlerMap } from '../rpc/handler';
import { matchingIds } from '../search/search-index';
import { getInquiry, inquiryColumns, inquiryQuery, toInquiryRow, type InquiryDbRow } from './inquiry-store';
import { updateAtLockVersion } from '../db/lock-version';

type Channel =
  | 'inquiries.list'
  | 'inquiries.get'
  | 'inquiries.create'
  | 'inquiries.update'
  | 'inquiries.close'
  | 'inquiries.attach'
  | 'inquiries.log';

async function openInquiry(ctx: HandlerContext, id: number, lockVersion?: number) {
  const current = await getInquiry(ctx.tx(), id);
  if (current.status === 'closed') throw new AppError('CONFLICT', 'errors.inquiryClosed', { number: current.number });
  if (lockVersion !== undefined && current.lockVersion !== lockVersion) throw staleVersion('inquiry');
  return current;
}

async function touch(
  ctx: HandlerContext,
  id: number,
  lockVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  await updateAtLockVersion(ctx.tx(), 'inquiries', 'inquiry', id, lockVersion, changes);
}

export const inquiryHandlers: HandlerMap<Channel> = {
  'inquiries.list': async (input, { db }) => {
    const base = db('inquiries');
    if (input.filters.status) base.where('inquiries.status', input.filters.status);
    if (input.filters.customerId) base.where('inquiries.customer_id', input.filters.customerId);
    return pageQuery(
      base,
      input,
      {
        search: (term) =>
          documentMatchIds(db, 'inquiries', term, { also: [['customer_id', matchingIds(db, 'customers', term)]] }),
        sortColumns: { number: 'inquiries.number', date: 'inquiries.date', dueDate: 'inquiries.due_date' },
        defaultSort: { column: 'inquiries.date', dir: 'desc' },
        idColumn: 'inquiries.id',
        read: inquiryQuery(db),
      },
      (r: InquiryDbRow) => toInquiryRow(r),
    );
  },
  'inquiries.get': async ({ id }, { db }) => getInquiry(db, id),
  'inquiries.create': async (data, ctx) => {
    const trx = ctx.tx();
    await assertExists(trx, 'customers', 'customer', data.customerId);
    const number = await nextNumber(trx, 'inquiry', new Date(`${data.date}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('inquiries')
      .insert({
        ...inquiryColumns(data),
        number,
        owner_id: ctx.user?.id ?? null,
        status: 'new',
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const created = await getInquiry(trx, row!.id);
    await ctx.audit({ entity: 'inquiry', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'inquiries.update': async ({ id, lockVersion, data }, ctx) => {
    const before = await openInquiry(ctx, id, lockVersion);
    await assertExists(ctx.tx(), 'customers', 'customer', data.customerId);
    await touch(ctx, id, lockVersion, inquiryColumns(data));
    const after = await getInquiry(ctx.tx(), id);
    await ctx.audit({ entity: 'inquiry', entityId: id, action: 'update', before, after });
    return after;
  },
  'inquiries.close': async ({ id, reason }, ctx) => {
    const before = await openInquiry(ctx, id);
    const note = `${translate(ctx.locale, 'inquiryStatus.closed')}：${reason}`;
    await touch(ctx, id, before.lockVersion, {
      status: 'closed',
      notes: before.notes ? `${before.notes}\n${note}` : note,
    });
    const after = await getInquiry(ctx.tx(), id);
    await ctx.audit({
      entity: 'inquiry',
      entityId: id,
      action: 'close',
      before: { status: before.status },
      after: { status: 'closed', reason },
    });
    return after;
  },
  'inquiries.attach': async ({ id, attachmentId, label }, ctx) => {
    const before = await openInquiry(ctx, id);
    await attachToDocument(ctx.tx(), 'inquiry', id, attachmentId, label);
    await touch(ctx, id, before.lockVersion, {});
    const after = await getInquiry(ctx.tx(), id);
    await ctx.audit({ entity: 'inquiry', entityId: id, action: 'attach', after: { attachmentId, label } });
    return after;
  },
  // Counted by business date and by the person who logged the inquiry or made the quote's current version.
  'inquiries.log': async ({ from, to }, { db }) => {
    const inquiries = (await db('inquiries')
      .leftJoin('users', 'users.id', 'inquiries.owner_id')
      .whereBetween('inquiries.date', [from, to])
      .groupBy('inquiries.date', 'users.display_name')
      .select({ date: 'inquiries.date', person: 'users.display_name' })
      .count({ n: '*' })) as { date: string; person: string | null; n: number | string }[];
    // A quote counts once, as its current version: revisions (superseded versions) do not add to the day.
    const quotes = (await db('quotes')
      .leftJoin('users', 'users.id', 'quotes.quoted_by')
      .whereBetween('quotes.quote_date', [from, to])
      .whereNot('quotes.status', 'superseded')
      .groupBy('quotes.quote_date', 'users.display_name')
      .select({ date: 'quotes.quote_date', person: 'users.display_name' })
      .count({ n: '*' })
      .sum({ amount: 'quotes.gross_fen' })) as {
      date: string;
      person: string | null;
      n: number | string;
      amount: number | string | null;
    }[];
    const log = new Map<
      string,
      { date: string; person: string; inquiries: number; quotes: number; quotedAmount: number }
    >();
    const entry = (date: string, person: string | null) => {
      const key = `${date}|${person ?? ''}`;
      if (!log.has(key)) log.set(key, { date, person: person ?? '', inquiries: 0, quotes: 0, quotedAmount: 0 });
      return log.get(key)!;
    };
    for (const r of inquiries) entry(r.date, r.person).inquiries = Number(r.n);
    for (const r of quotes)
      Object.assign(entry(r.date, r.person), { quotes: Number(r.n), quotedAmount: Number(r.amount ?? 0) });
    return Array.from(log.values()).sort((a, b) => a.date.localeCompare(b.date) || a.person.localeCompare(b.person));
  },
};
