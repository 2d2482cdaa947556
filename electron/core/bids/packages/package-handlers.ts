import { bidTotal } from '../../../shared/bids/price-tables';
import { contains, pageQuery } from '../../db/list-query';
import { updateAtLockVersion } from '../../db/lock-version';
import { nowIso } from '../../db/rows';
import { AppError, notFound } from '../../rpc/errors';
import type { HandlerMap } from '../../rpc/handler';
import { readCompany } from '../../settings/company';
import { defaultSections, matchRequiredDocs } from './default-sections';
import { insertSections } from './package-sections';
import {
  getPackage,
  packageDbRow,
  packageQuery,
  priceLinesOf,
  requiredDocsOf,
  toPackageRow,
  type PackageDbRow,
} from './package-store';
import { templateSections } from './template-store';

type Channel =
  | 'bids.packages.list'
  | 'bids.packages.get'
  | 'bids.packages.tenderOptions'
  | 'bids.packages.create'
  | 'bids.packages.update'
  | 'bids.packages.finalize'
  | 'bids.packages.reopen';

/** The header fields the audit shows as changed (the names the history labels). */
function headerOf(p: Awaited<ReturnType<typeof getPackage>>) {
  return {
    title: p.title,
    bidderName: p.bidderName,
    legalRep: p.legalRep,
    legalRepTitle: p.legalRepTitle,
    legalRepIdNo: p.legalRepIdNo,
    authorisedPerson: p.authorisedPerson,
    authorisedTitle: p.authorisedTitle,
    authorisedIdNo: p.authorisedIdNo,
    validityDays: p.validityDays,
    deliveryPeriod: p.deliveryPeriod,
    warranty: p.warranty,
    taxRate: p.taxRate,
    bidDate: p.bidDate,
    watermark: p.watermark,
  };
}

/** 投标文件: the packages, their header, and sealing them for printing. */
export const packageHandlers: HandlerMap<Channel> = {
  'bids.packages.list': async (input, { db }) => {
    const base = db('bid_packages').join('tenders', 'tenders.id', 'bid_packages.tender_id');
    const f = input.filters;
    if (f.tenderId) base.where('bid_packages.tender_id', f.tenderId);
    if (f.status) base.where('bid_packages.status', f.status);
    const page = await pageQuery(
      base,
      input,
      {
        search: (term) =>
          db('bid_packages')
            .join('tenders', 'tenders.id', 'bid_packages.tender_id')
            .select('bid_packages.id')
            .where((w) => {
              for (const column of [
                'bid_packages.title',
                'tenders.project_name',
                'tenders.tender_no',
                'tenders.purchaser_name',
              ])
                w.orWhereRaw(...contains(column, term));
            }),
        sortColumns: {
          title: 'bid_packages.title',
          submissionDeadline: 'tenders.submission_deadline',
          updatedAt: 'bid_packages.updated_at',
        },
        defaultSort: { column: 'bid_packages.updated_at', dir: 'desc' },
        idColumn: 'bid_packages.id',
        read: packageQuery(db),
      },
      (r: PackageDbRow) => r,
    );
    const lines = await priceLinesOf(
      db,
      page.rows.map((r) => r.id),
    );
    return { ...page, rows: page.rows.map((r) => toPackageRow(r, bidTotal(lines.get(r.id) ?? []).totalFen)) };
  },
  'bids.packages.get': async ({ id }, { db }) => getPackage(db, id),
  'bids.packages.tenderOptions': async ({ q, limit }, { db }) => {
    const tenders = db('tenders')
      .whereNotIn('status', ['won', 'lost', 'abandoned'])
      .orderBy([
        { column: 'submission_deadline', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit)
      .select('id', 'project_name', 'tender_no');
    if (q)
      tenders.where((w) => {
        w.whereRaw(...contains('project_name', q)).orWhereRaw(...contains('tender_no', q));
      });
    const rows = (await tenders) as { id: number; project_name: string; tender_no: string | null }[];
    const lots = (await db('tender_lots')
      .whereIn(
        'tender_id',
        rows.map((r) => r.id),
      )
      .where('we_bid', true)
      .orderBy(['tender_id', 'position'])) as { id: number; tender_id: number; lot_no: string; name: string }[];
    return rows.map((r) => ({
      id: r.id,
      projectName: r.project_name,
      tenderNo: r.tender_no,
      lots: lots.filter((l) => l.tender_id === r.id).map((l) => ({ id: l.id, lotNo: l.lot_no, name: l.name })),
    }));
  },
  'bids.packages.create': async ({ tenderId, lotId, templateId }, ctx) => {
    const trx = ctx.tx();
    const tender = (await trx('tenders').where({ id: tenderId }).first('id', 'project_name', 'quote_id')) as
      { id: number; project_name: string; quote_id: number | null } | undefined;
    if (!tender) throw notFound('tender', tenderId);
    let lotName: string | null = null;
    if (lotId !== null) {
      const lot = (await trx('tender_lots').where({ id: lotId, tender_id: tenderId }).first('lot_no', 'name')) as
        { lot_no: string; name: string } | undefined;
      if (!lot)
        throw new AppError('VALIDATION', 'bidPackagesMsg.errors.lotOfOtherTender', {}, [
          { path: 'lotId', message: 'bidPackagesMsg.errors.lotOfOtherTender' },
        ]);
      lotName = `${lot.lot_no} ${lot.name}`;
    }
    const parts = templateId === null ? defaultSections() : await templateSections(trx, templateId);
    const company = await readCompany(trx);
    const now = nowIso();
    const title = `${tender.project_name}${lotName ? ` ${lotName}` : ''} 投标文件`.slice(0, 200);
    const [row] = (await trx('bid_packages')
      .insert({
        tender_id: tenderId,
        lot_id: lotId,
        title,
        status: 'draft',
        bidder_name: company.name ?? '',
        quote_id: tender.quote_id,
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const id = row!.id;
    await insertSections(trx, id, matchRequiredDocs(parts, await requiredDocsOf(trx, tenderId)));
    const created = await getPackage(trx, id);
    await ctx.audit({
      entity: 'bidPackage',
      entityId: id,
      action: 'create',
      after: { ...headerOf(created), templateId, sections: created.sections.map((s) => s.title) },
    });
    return created;
  },
  'bids.packages.update': async ({ id, lockVersion, ...header }, ctx) => {
    const trx = ctx.tx();
    const before = await getPackage(trx, id);
    if (!before.editable) throw new AppError('CONFLICT', 'bidPackagesMsg.errors.notDraft', { title: before.title });
    await updateAtLockVersion(trx, 'bid_packages', 'bidPackage', id, lockVersion, {
      title: header.title,
      bidder_name: header.bidderName,
      legal_rep: header.legalRep,
      legal_rep_title: header.legalRepTitle,
      legal_rep_id_no: header.legalRepIdNo,
      authorised_person: header.authorisedPerson,
      authorised_title: header.authorisedTitle,
      authorised_id_no: header.authorisedIdNo,
      validity_days: header.validityDays,
      delivery_period: header.deliveryPeriod,
      warranty: header.warranty,
      tax_rate: header.taxRate,
      bid_date: header.bidDate,
      watermark: header.watermark,
    });
    const after = await getPackage(trx, id);
    await ctx.audit({
      entity: 'bidPackage',
      entityId: id,
      action: 'update',
      before: headerOf(before),
      after: headerOf(after),
    });
    return after;
  },
  'bids.packages.finalize': async ({ id, lockVersion }, ctx) => {
    const trx = ctx.tx();
    const row = await packageDbRow(trx, id);
    if (row.status !== 'draft') throw new AppError('CONFLICT', 'bidPackagesMsg.errors.notDraft', { title: row.title });
    await updateAtLockVersion(trx, 'bid_packages', 'bidPackage', id, lockVersion, { status: 'final' });
    const after = await getPackage(trx, id);
    await ctx.audit({
      entity: 'bidPackage',
      entityId: id,
      action: 'finalize',
      before: { status: row.status },
      after: { status: 'final', totalFen: after.totalFen },
    });
    return after;
  },
  'bids.packages.reopen': async ({ id, lockVersion }, ctx) => {
    const trx = ctx.tx();
    const row = await packageDbRow(trx, id);
    // Sealed documents are reopened by a manager, or by whoever wrote the package.
    const mayReopen =
      ctx.user !== null && (ctx.user.role === 'manager' || ctx.user.role === 'admin' || ctx.user.id === row.created_by);
    if (!mayReopen) throw new AppError('FORBIDDEN', 'bidPackagesMsg.errors.reopenWho');
    if (row.status !== 'final') throw new AppError('CONFLICT', 'bidPackagesMsg.errors.notFinal', { title: row.title });
    await updateAtLockVersion(trx, 'bid_packages', 'bidPackage', id, lockVersion, { status: 'draft' });
    await ctx.audit({
      entity: 'bidPackage',
      entityId: id,
      action: 'reopen',
      before: { status: row.status },
      after: { status: 'draft' },
    });
    return getPackage(trx, id);
  },
};
