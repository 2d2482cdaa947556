import type { TenderOut } from '../../../shared/bids/tenders/contract';
import { addDays } from '../../dates';
import { contains, pageQuery } from '../../db/list-query';
import { int } from '../../db/rows';
import type { HandlerMap } from '../../rpc/handler';
import { addBond, bondsOutstanding, getBond, markBondPaid, markBondRefunded, updateBond } from './bond-store';
import { upcomingDeadlines } from './deadlines';
import { ourBids } from './our-bid';
import { markSubmitted, setResult } from './tender-result';
import { createTender, getTender, updateTender } from './tender-store';

type Channel =
  | 'bids.tenders.list'
  | 'bids.tenders.get'
  | 'bids.tenders.create'
  | 'bids.tenders.update'
  | 'bids.tenders.markSubmitted'
  | 'bids.tenders.setResult'
  | 'bids.tenders.addBond'
  | 'bids.tenders.updateBond'
  | 'bids.tenders.markBondPaid'
  | 'bids.tenders.markBondRefunded'
  | 'bids.tenders.bondsOutstanding'
  | 'bids.tenders.deadlines';

/** What a tender's history keeps: the tender as the user sees it, bonds in their own history (我方报价 is the packages'). */
const snapshot = ({ bonds: _bonds, ourBid: _ourBid, ...rest }: TenderOut) => rest;

/** 招标项目: the register of tenders, their lots, deadlines, required documents, bonds and results. */
export const tenderHandlers: HandlerMap<Channel> = {
  'bids.tenders.list': async (input, { db }) => {
    const base = db('tenders').select('id');
    const f = input.filters;
    if (f.status) base.where({ status: f.status });
    if (f.from) base.where('submission_deadline', '>=', f.from);
    if (f.to) base.where('submission_deadline', '<', addDays(f.to, 1));
    const term = input.q?.trim();
    if (term)
      base.where((w) =>
        w
          .whereRaw(...contains('project_name', term))
          .orWhereRaw(...contains('tender_no', term))
          .orWhereRaw(...contains('purchaser_name', term))
          .orWhereRaw(...contains('agent_name', term)),
      );
    const read = db('tenders').select(
      'tenders.*',
      db.raw('(select coalesce(sum(b.amount_fen), 0) from bid_bonds b where b.tender_id = tenders.id) as bond_fen'),
      db.raw(
        '(select coalesce(sum(b.amount_fen), 0) from bid_bonds b where b.tender_id = tenders.id and b.paid_on is not null and b.refunded_on is null) as bond_out_fen',
      ),
    );
    const page = await pageQuery(
      base,
      { ...input, q: undefined },
      {
        sortColumns: {
          projectName: 'project_name',
          submissionDeadline: 'submission_deadline',
          openingAt: 'opening_at',
          status: 'status',
          updatedAt: 'updated_at',
        },
        defaultSort: { column: 'submission_deadline', dir: 'desc' },
        idColumn: 'id',
        read,
      },
      (r: Record<string, unknown> & { id: number }) => ({
        id: int(r.id),
        projectName: r.project_name as string,
        tenderNo: r.tender_no as string | null,
        purchaserName: r.purchaser_name as string,
        submissionDeadline: r.submission_deadline as string | null,
        openingAt: r.opening_at as string | null,
        status: r.status as TenderOut['status'],
        bond: int(r.bond_fen),
        bondOutstanding: int(r.bond_out_fen),
        ourBid: null as number | null,
      }),
    );
    const bids = await ourBids(
      db,
      page.rows.map((r) => r.id),
    );
    return { ...page, rows: page.rows.map((r) => ({ ...r, ourBid: bids.get(r.id) ?? null })) };
  },
  'bids.tenders.get': async ({ id }, { db }) => getTender(db, id),
  'bids.tenders.create': async (data, ctx) => {
    const created = await createTender(ctx.tx(), data, ctx.user?.id ?? null);
    await ctx.audit({ entity: 'tender', entityId: created.id, action: 'create', after: snapshot(created) });
    return created;
  },
  'bids.tenders.update': async ({ id, lockVersion, data }, ctx) => {
    const before = await getTender(ctx.tx(), id);
    const after = await updateTender(ctx.tx(), id, lockVersion, data);
    await ctx.audit({
      entity: 'tender',
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  },
  'bids.tenders.markSubmitted': async ({ id, lockVersion }, ctx) => {
    const after = await markSubmitted(ctx.tx(), id, lockVersion);
    await ctx.audit({
      entity: 'tender',
      entityId: id,
      action: 'markSubmitted',
      before: { status: 'preparing' },
      after: { status: after.status },
    });
    return after;
  },
  'bids.tenders.setResult': async (input, ctx) => {
    const before = await getTender(ctx.tx(), input.id);
    const after = await setResult(ctx.tx(), input);
    const pick = (t: TenderOut) => ({
      status: t.status,
      winningBidder: t.winningBidder,
      winningPrice: t.winningPrice,
      resultNote: t.resultNote,
      lots: t.lots,
      competitorPrices: t.competitorPrices,
    });
    await ctx.audit({
      entity: 'tender',
      entityId: input.id,
      action: 'tenderResult',
      before: pick(before),
      after: pick(after),
    });
    return after;
  },
  'bids.tenders.addBond': async ({ tenderId, data }, ctx) => {
    const bond = await addBond(ctx.tx(), tenderId, data, ctx.user?.id ?? null);
    await ctx.audit({ entity: 'bidBond', entityId: bond.id, action: 'create', after: bond });
    return bond;
  },
  'bids.tenders.updateBond': async ({ id, lockVersion, data }, ctx) => {
    const before = await getBond(ctx.tx(), id);
    const after = await updateBond(ctx.tx(), id, lockVersion, data);
    await ctx.audit({ entity: 'bidBond', entityId: id, action: 'update', before, after });
    return after;
  },
  'bids.tenders.markBondPaid': async ({ id, lockVersion, paidOn }, ctx) => {
    const before = await getBond(ctx.tx(), id);
    const after = await markBondPaid(ctx.tx(), id, lockVersion, paidOn);
    await ctx.audit({
      entity: 'bidBond',
      entityId: id,
      action: 'bondPaid',
      before: { paidOn: before.paidOn },
      after: { paidOn: after.paidOn },
    });
    return after;
  },
  'bids.tenders.markBondRefunded': async ({ id, lockVersion, refundedOn }, ctx) => {
    const before = await getBond(ctx.tx(), id);
    const after = await markBondRefunded(ctx.tx(), id, lockVersion, refundedOn);
    await ctx.audit({
      entity: 'bidBond',
      entityId: id,
      action: 'bondRefunded',
      before: { refundedOn: before.refundedOn },
      after: { refundedOn: after.refundedOn },
    });
    return after;
  },
  'bids.tenders.bondsOutstanding': async (_input, { db }) => bondsOutstanding(db),
  'bids.tenders.deadlines': async ({ days }, { db }) => upcomingDeadlines(db as never, days),
};
