import type { Knex } from 'knex';
import type { In } from '../../shared/contracts';
import { translate } from '../../shared/i18n/translate';
import { type QUOTE_SORTABLE, type QuoteDetail, type QuoteStatus } from '../../shared/quotes/contract';
import { today } from '../dates';
import { contains, pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { assertExists } from '../db/references';
import { bool, nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { AppError } from '../rpc/errors';
import { type HandlerContext, type HandlerMap } from '../rpc/handler';
import { matchingIds } from '../search/search-index';
import { writeSetting } from '../settings/settings-store';
import { APPROVAL_RULES_KEY, approvalReasons, readApprovalRules } from './approval-rules';
import { advanceInquiry } from '../inquiries/inquiry-store';
import { compareQuotes } from './quote-compare';
import { freezeQuote } from './quote-issued';
import {
  EDITABLE,
  expectStatus,
  effectiveStatus,
  getQuote,
  goodsOf,
  insertQuote,
  quoteQuery,
  replaceQuote,
  toQuoteData,
  toQuoteRow,
  type LineDbRow,
  type QuoteDbRow,
} from './quote-store';
import { updateAtLockVersion } from '../db/lock-version';

type Channel =
  | 'quotes.list'
  | 'quotes.get'
  | 'quotes.versions'
  | 'quotes.compare'
  | 'quotes.create'
  | 'quotes.update'
  | 'quotes.submit'
  | 'quotes.approve'
  | 'quotes.reject'
  | 'quotes.markSent'
  | 'quotes.revise'
  | 'quotes.outcome'
  | 'quotes.previousLines'
  | 'quotes.copy'
  | 'quotes.rules.get'
  | 'quotes.rules.update';

const SORT_COLUMNS: Record<(typeof QUOTE_SORTABLE)[number], string> = {
  number: 'quotes.number',
  quoteDate: 'quotes.quote_date',
  validUntil: 'quotes.valid_until',
  gross: 'quotes.gross_fen',
  updatedAt: 'quotes.updated_at',
};

function listQuery(db: Knex | Knex.Transaction, filters: In<'quotes.list'>['filters'] = {}): Knex.QueryBuilder {
  // The quotes' own columns only: the page is counted and ordered before any join.
  const base = db('quotes');
  const on = today();
  // Expiry is read, not stored: approved or sent past its date is expired.
  if (filters.status === 'expired')
    base.whereIn('quotes.status', ['approved', 'sent']).where('quotes.valid_until', '<', on);
  else if (filters.status === 'approved' || filters.status === 'sent')
    base.where('quotes.status', filters.status).where('quotes.valid_until', '>=', on);
  else if (filters.status) base.where('quotes.status', filters.status);
  if (filters.customerId) base.where('quotes.customer_id', filters.customerId);
  if (filters.current) base.whereNot('quotes.status', 'superseded');
  return base;
}

/** The quotes whose number, or whose customer's keys, contain the term. */
const quoteSearch = (db: Knex | Knex.Transaction) => (term: string) =>
  documentMatchIds(db, 'quotes', term, { also: [['customer_id', matchingIds(db, 'customers', term)]] });

async function setStatus(
  ctx: HandlerContext,
  q: QuoteDetail,
  status: QuoteStatus,
  extra: Record<string, unknown> = {},
): Promise<QuoteDetail> {
  const trx = ctx.tx();
  await updateAtLockVersion(trx, 'quotes', 'quote', q.id, q.lockVersion, { status, ...extra });
  return getQuote(trx, q.id);
}

async function recordApproval(
  ctx: HandlerContext,
  quoteId: number,
  action: string,
  comment: string | null,
  reasons: string[] = [],
): Promise<void> {
  await ctx
    .tx()('quote_approvals')
    .insert({
      quote_id: quoteId,
      action,
      user_id: ctx.user?.id ?? null,
      user_name: ctx.user?.displayName ?? null,
      comment,
      reasons: JSON.stringify(reasons),
      at: nowIso(),
    });
}

/** Runs a status change and audits it with the quote before and after. */
async function transition(
  ctx: HandlerContext,
  id: number,
  action: string,
  change: (q: QuoteDetail) => Promise<QuoteDetail>,
): Promise<QuoteDetail> {
  const before = await getQuote(ctx.tx(), id);
  const after = await change(before);
  await ctx.audit({
    entity: 'quote',
    entityId: id,
    action,
    before: { status: before.status },
    after: { status: after.status },
  });
  return after;
}

/** The quote itself: list, edit, approval, sending, revisions, outcome, copies and the approval rules. */
export const workflowHandlers: HandlerMap<Channel> = {
  'quotes.list': async (input, { db }) =>
    pageQuery(
      listQuery(db, input.filters),
      input,
      {
        search: quoteSearch(db),
        sortColumns: SORT_COLUMNS,
        defaultSort: { column: 'quotes.updated_at', dir: 'desc' },
        idColumn: 'quotes.id',
        read: quoteQuery(db),
      },
      (r: QuoteDbRow) => toQuoteRow(r),
    ),
  'quotes.get': async ({ id }, { db }) => getQuote(db, id),
  'quotes.versions': async ({ number }, { db }) =>
    ((await quoteQuery(db).where('quotes.number', number).orderBy('quotes.version')) as QuoteDbRow[]).map((r) => ({
      ...toQuoteRow(r),
      revisionReason: r.revision_reason,
    })),
  'quotes.compare': async ({ fromId, toId }, { db }) =>
    compareQuotes(await getQuote(db, fromId), await getQuote(db, toId)),
  'quotes.create': async (data, ctx) => {
    const trx = ctx.tx();
    await assertExists(trx, 'customers', 'customer', data.customerId);
    await assertExists(trx, 'inquiries', 'inquiry', data.inquiryId);
    const number = await nextNumber(trx, 'quote', new Date(`${data.quoteDate}T12:00:00`));
    const id = await insertQuote(trx, data, {
      number,
      version: 1,
      quotedBy: ctx.user?.id ?? null,
      revisionReason: null,
    });
    const created = await getQuote(trx, id);
    await advanceInquiry(trx, data.inquiryId, 'quoting');
    await ctx.audit({ entity: 'quote', entityId: id, action: 'create', after: created });
    return created;
  },
  'quotes.update': async ({ id, lockVersion, data }, ctx) => {
    const trx = ctx.tx();
    const before = await getQuote(trx, id);
    if (!EDITABLE.includes(before.status)) {
      throw new AppError('CONFLICT', 'errors.quoteNotEditable', {
        number: before.number,
        version: before.version,
        status: translate(ctx.locale, `quoteStatus.${before.status}`),
      });
    }
    await assertExists(trx, 'customers', 'customer', data.customerId);
    await assertExists(trx, 'inquiries', 'inquiry', data.inquiryId);
    await replaceQuote(trx, id, lockVersion, data);
    const after = await getQuote(trx, id);
    await ctx.audit({ entity: 'quote', entityId: id, action: 'update', before, after });
    return after;
  },
  'quotes.submit': async ({ id }, ctx) =>
    transition(ctx, id, 'submit', async (q) => {
      expectStatus(ctx.locale, q, ['draft', 'rejected'], 'submit');
      const reasons = approvalReasons(q, await readApprovalRules(ctx.tx()), ctx.locale);
      await recordApproval(ctx, id, reasons.length ? 'submit' : 'auto', null, reasons);
      return setStatus(ctx, q, reasons.length ? 'pending_approval' : 'approved');
    }),
  'quotes.approve': async ({ id, comment }, ctx) =>
    transition(ctx, id, 'approve', async (q) => {
      expectStatus(ctx.locale, q, ['pending_approval'], 'approve');
      await recordApproval(ctx, id, 'approve', comment);
      return setStatus(ctx, q, 'approved');
    }),
  'quotes.reject': async ({ id, comment }, ctx) =>
    transition(ctx, id, 'reject', async (q) => {
      expectStatus(ctx.locale, q, ['pending_approval'], 'reject');
      await recordApproval(ctx, id, 'reject', comment);
      return setStatus(ctx, q, 'rejected');
    }),
  // Sending again (another copy by fax) is allowed; an expired quote must be revised first.
  'quotes.markSent': async ({ id, via, note }, ctx) =>
    transition(ctx, id, 'send', async (q) => {
      expectStatus(ctx.locale, q, ['approved', 'sent'], 'send');
      await advanceInquiry(ctx.tx(), q.inquiryId, 'quoted');
      await freezeQuote(ctx.tx(), q);
      return setStatus(ctx, q, 'sent', {
        sent_at: nowIso(),
        sent_via: via,
        ...(note ? { notes: q.notes ? `${q.notes}\n${note}` : note } : {}),
      });
    }),
  'quotes.revise': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const old = await getQuote(trx, id);
    expectStatus(ctx.locale, old, ['approved', 'sent', 'expired', 'rejected', 'pending_approval'], 'revise');
    const latest = (await trx('quotes').where({ number: old.number }).max({ v: 'version' }).first()) as { v: number };
    const data = { ...toQuoteData(old), quoteDate: today() };
    const newId = await insertQuote(trx, data, {
      number: old.number,
      version: Number(latest.v) + 1,
      quotedBy: ctx.user?.id ?? null,
      revisionReason: reason,
    });
    // The old version stays readable, marked as superseded.
    await updateAtLockVersion(trx, 'quotes', 'quote', id, old.lockVersion, { status: 'superseded' });
    const created = await getQuote(trx, newId);
    await ctx.audit({
      entity: 'quote',
      entityId: id,
      action: 'revise',
      before: { status: old.status },
      after: { status: 'superseded', revisedAs: newId },
    });
    await ctx.audit({ entity: 'quote', entityId: newId, action: 'create', after: created });
    return created;
  },
  'quotes.outcome': async ({ id, outcome, reason, confirmExpired }, ctx) => {
    const before = await getQuote(ctx.tx(), id);
    expectStatus(ctx.locale, before, ['sent', 'expired'], 'outcome');
    // Won past its validity: at these prices only when the user says so; otherwise a new version first.
    const wonExpired = outcome === 'won' && before.status === 'expired';
    if (wonExpired && !confirmExpired) {
      throw new AppError(
        'CONFLICT',
        'errors.quoteExpiredWin',
        { number: before.number, version: before.version, validUntil: before.validUntil },
        [{ path: 'confirmExpired', message: 'errors.quoteExpiredWinShort' }],
      );
    }
    const after = await setStatus(ctx, before, outcome, { outcome_reason: reason });
    await ctx.audit({
      entity: 'quote',
      entityId: id,
      action: 'outcome',
      before: { status: before.status },
      after: { status: after.status, ...(wonExpired ? { confirmedExpired: true } : {}) },
    });
    return after;
  },
  'quotes.previousLines': async ({ customerId, q, excludeNumber }, { db }) => {
    const rows = db('quote_lines')
      .join('quotes', 'quotes.id', 'quote_lines.quote_id')
      .where('quotes.customer_id', customerId)
      .whereIn('quotes.status', ['sent', 'won', 'lost', 'expired', 'superseded'])
      .whereNotNull('quotes.sent_at')
      .where('quote_lines.kind', 'item')
      .orderBy([
        { column: 'quotes.quote_date', order: 'desc' },
        { column: 'quotes.id', order: 'desc' },
        { column: 'quote_lines.position' },
      ])
      .limit(200)
      .select(
        'quote_lines.*',
        'quotes.number',
        'quotes.version',
        'quotes.quote_date',
        'quotes.status',
        'quotes.valid_until',
        'quotes.price_includes_tax',
      );
    if (excludeNumber) rows.whereNot('quotes.number', excludeNumber);
    if (q) {
      rows.where((w) => w.whereRaw(...contains('quote_lines.name', q)).orWhereRaw(...contains('quote_lines.spec', q)));
    }
    return (
      (await rows) as (LineDbRow & {
        quote_id: number;
        number: string;
        version: number;
        quote_date: string;
        status: QuoteStatus;
        valid_until: string;
        price_includes_tax: number | boolean;
      })[]
    ).map((l) => ({
      kind: l.kind,
      ...goodsOf(l),
      leadTime: l.lead_time,
      note: l.note,
      quoteId: l.quote_id,
      number: l.number,
      version: l.version,
      quoteDate: l.quote_date,
      status: effectiveStatus(l.status, l.valid_until),
      priceIncludesTax: bool(l.price_includes_tax),
    }));
  },
  'quotes.copy': async ({ id, customerId }, ctx) => {
    const trx = ctx.tx();
    const source = await getQuote(trx, id);
    const data = { ...toQuoteData(source), quoteDate: today(), inquiryId: null, ...(customerId ? { customerId } : {}) };
    await assertExists(trx, 'customers', 'customer', data.customerId);
    const number = await nextNumber(trx, 'quote');
    const newId = await insertQuote(trx, data, {
      number,
      version: 1,
      quotedBy: ctx.user?.id ?? null,
      revisionReason: null,
    });
    const created = await getQuote(trx, newId);
    await ctx.audit({
      entity: 'quote',
      entityId: newId,
      action: 'create',
      after: { ...created, copiedFrom: `${source.number} V${source.version}` },
    });
    return created;
  },
  'quotes.rules.get': async (_input, { db }) => readApprovalRules(db),
  'quotes.rules.update': async (rules, ctx) => {
    const before = await readApprovalRules(ctx.db);
    await writeSetting(ctx.db, APPROVAL_RULES_KEY, rules);
    await ctx.audit({ entity: 'settings', entityId: APPROVAL_RULES_KEY, action: 'update', before, after: rules });
    return rules;
  },
};
