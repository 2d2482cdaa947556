import type { Knex } from 'knex';
import type { z } from 'zod';
import type { CreditStanding, creditReleaseOut } from '../../shared/receivables/credit-contract';
import { creditStanding } from '../../shared/receivables/credit-contract';
import { nowIso } from '../db/rows';
import type { HandlerContext } from '../rpc/handler';

type Db = Knex | Knex.Transaction;
export type Checkpoint = 'order' | 'notice' | 'note';
export type CreditRelease = z.output<typeof creditReleaseOut>;

/** The audited entity a release is written against. */
const AUDIT_ENTITY = { order: 'order', notice: 'deliveryNotice', note: 'delivery' } as const;

interface ReleaseDbRow {
  id: number;
  checkpoint: 'notice' | 'note';
  document_id: number;
  reason: string;
  standing: string;
  released_by: number;
  released_by_name: string | null;
  created_at: string;
}

const toRelease = (r: ReleaseDbRow): CreditRelease => ({
  id: r.id,
  checkpoint: r.checkpoint,
  documentId: r.document_id,
  reason: r.reason,
  releasedById: r.released_by,
  releasedBy: r.released_by_name ?? '',
  createdAt: r.created_at,
  standing: creditStanding.parse(JSON.parse(r.standing)),
});

/**
 * A manager's release of a credit block: one credit_releases row with the standing the manager saw, and one audit
 * row on the document. The caller has checked the manager's permission.
 */
export async function recordRelease(
  ctx: HandlerContext,
  release: { checkpoint: 'notice' | 'note'; documentId: number; reason: string; standing: CreditStanding },
): Promise<CreditRelease> {
  const trx = ctx.tx();
  const [row] = (await trx('credit_releases')
    .insert({
      customer_id: release.standing.customerId,
      checkpoint: release.checkpoint,
      document_id: release.documentId,
      reason: release.reason,
      standing: JSON.stringify(release.standing),
      released_by: ctx.user!.id,
      created_at: nowIso(),
    })
    .returning('id')) as { id: number }[];
  const saved = await releaseById(trx, row!.id);
  await ctx.audit({
    entity: AUDIT_ENTITY[release.checkpoint],
    entityId: release.documentId,
    action: 'override',
    after: { creditRelease: saved.id, reason: saved.reason, standing: saved.standing },
  });
  return saved;
}

async function releaseById(db: Db, id: number): Promise<CreditRelease> {
  const r = (await db('credit_releases')
    .leftJoin('users', 'users.id', 'credit_releases.released_by')
    .where('credit_releases.id', id)
    .first('credit_releases.*', 'users.display_name as released_by_name')) as ReleaseDbRow;
  return toRelease(r);
}

/**
 * A release still covers the standing now when every reason now was among those released and the customer owes no
 * more than then: exposure plus what was being checked, since a notice's value joins the exposure once confirmed.
 */
export const covers = (released: CreditStanding, now: CreditStanding): boolean =>
  now.reasons.every((r) => released.reasons.includes(r)) &&
  now.exposure + now.extra <= released.exposure + released.extra;

/** The newest release of these documents that covers the standing now, if any. */
export async function coveringRelease(
  db: Db,
  documents: { checkpoint: 'notice' | 'note'; documentId: number }[],
  now: CreditStanding,
): Promise<CreditRelease | null> {
  const rows = (await db('credit_releases')
    .leftJoin('users', 'users.id', 'credit_releases.released_by')
    .where((w) => {
      for (const d of documents)
        w.orWhere({ 'credit_releases.checkpoint': d.checkpoint, 'credit_releases.document_id': d.documentId });
    })
    .orderBy('credit_releases.id', 'desc')
    .select('credit_releases.*', 'users.display_name as released_by_name')) as ReleaseDbRow[];
  return rows.map(toRelease).find((r) => covers(r.standing, now)) ?? null;
}
