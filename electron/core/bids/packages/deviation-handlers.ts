import type { DeviationKind, DeviationSheet } from '../../../shared/bids/packages/contract';
import { assertExists } from '../../db/references';
import { nowIso } from '../../db/rows';
import type { HandlerMap } from '../../rpc/handler';
import { draftForEdit, getPackage } from './package-store';

type Channel = 'bids.packages.saveDeviations' | 'bids.packages.deviationAnswers';

interface AnswerDbRow {
  id: number;
  sheet: DeviationSheet;
  requirement: string;
  response: string;
  deviation: DeviationKind;
  note: string | null;
  updated_at: string;
}

/** 技术/商务偏离表, and the answers kept per product so the next bid for it starts from them. */
export const deviationHandlers: HandlerMap<Channel> = {
  'bids.packages.saveDeviations': async ({ packageId, sheet, lines }, ctx) => {
    const trx = ctx.tx();
    await draftForEdit(trx, packageId);
    for (const l of lines) await assertExists(trx, 'products', 'product', l.productId);
    const before = (await getPackage(trx, packageId)).deviations.filter((d) => d.sheet === sheet).length;
    await trx('bid_deviations').where({ package_id: packageId, sheet }).delete();
    if (lines.length)
      await trx('bid_deviations').insert(
        lines.map((l, i) => ({
          package_id: packageId,
          sheet,
          position: i + 1,
          product_id: l.productId,
          clause: l.clause,
          requirement: l.requirement,
          response: l.response,
          deviation: l.deviation,
          note: l.note,
        })),
      );
    // One kept answer per product, sheet and requirement: the latest wording wins.
    const now = nowIso();
    for (const l of lines) {
      if (l.productId === null) continue;
      const key = { product_id: l.productId, sheet, requirement: l.requirement };
      const answer = { response: l.response, deviation: l.deviation, note: l.note, updated_at: now };
      const kept = (await trx('bid_deviation_answers').where(key).first('id')) as { id: number } | undefined;
      if (kept) await trx('bid_deviation_answers').where({ id: kept.id }).update(answer);
      else await trx('bid_deviation_answers').insert({ ...key, ...answer });
    }
    await ctx.audit({
      entity: 'bidPackage',
      entityId: packageId,
      action: 'saveDeviations',
      before: { sheet, lineCount: before },
      after: { sheet, lineCount: lines.length },
    });
    return getPackage(trx, packageId);
  },
  'bids.packages.deviationAnswers': async ({ productId, sheet, requirement }, { db }) => {
    const query = db('bid_deviation_answers').where({ product_id: productId });
    if (sheet) query.where({ sheet });
    const rows = (await query.orderBy([
      { column: 'updated_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])) as AnswerDbRow[];
    // The answer to the same requirement first, then those that share words with it, then the newest.
    const wanted = requirement?.trim() ?? '';
    const rank = (r: AnswerDbRow) =>
      !wanted
        ? 2
        : r.requirement === wanted
          ? 0
          : r.requirement.includes(wanted) || wanted.includes(r.requirement)
            ? 1
            : 2;
    return rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
      .slice(0, 50)
      .map(({ r }) => ({
        id: r.id,
        sheet: r.sheet,
        requirement: r.requirement,
        response: r.response,
        deviation: r.deviation,
        note: r.note,
        updatedAt: r.updated_at,
      }));
  },
};
