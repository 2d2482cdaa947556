import type { Knex } from 'knex';
import type { CreditStanding } from '../../shared/receivables/credit-contract';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/rpc/envelope';
import { formatFen as yuan } from '../../shared/money';
import { notFound, AppError } from '../rpc/errors';
import type { HandlerContext } from '../rpc/handler';
import { creditStandingOf } from './credit-standing';
import { coveringRelease, recordRelease, type CreditRelease } from './credit-release';

/** Why the standing blocks, in the user's words: over the limit by how much, overdue how much. */
export function blockReasons(locale: Locale, s: CreditStanding): string {
  const total = s.exposure + s.extra;
  return s.reasons
    .map((r) =>
      r === 'overdue'
        ? translate(locale, 'receivableMsg.text.overdue', { overdue: yuan(s.overdue) })
        : s.creditLimit === 0
          ? translate(locale, 'receivableMsg.text.cashOnly', { total: yuan(total) })
          : translate(locale, 'receivableMsg.text.overLimit', {
              over: yuan(total - (s.creditLimit ?? 0)),
              limit: yuan(s.creditLimit ?? 0),
              exposure: yuan(s.exposure),
              extra: yuan(s.extra),
            }),
    )
    .join('；');
}

const blocked = (key: 'noticeBlocked' | 'noteBlocked', locale: Locale, number: string, s: CreditStanding) =>
  new AppError('CONFLICT', `receivableMsg.errors.${key}`, { number, why: blockReasons(locale, s) });

/**
 * Check point (b), a notice being confirmed with its value on top of the exposure: passes when nothing is wrong or
 * a release of this notice still covers it; else a manager's reason releases it here, else it is refused.
 */
export async function checkNoticeConfirm(
  ctx: HandlerContext,
  notice: { id: number; number: string; customerId: number; gross: number },
  releaseReason: string | null,
): Promise<{ standing: CreditStanding; release: CreditRelease | null }> {
  const trx = ctx.tx();
  const standing = await creditStandingOf(trx, notice.customerId, notice.gross);
  if (!standing.reasons.length) return { standing, release: null };
  const earlier = await coveringRelease(trx, [{ checkpoint: 'notice', documentId: notice.id }], standing);
  if (earlier) return { standing, release: earlier };
  if (!releaseReason) throw blocked('noticeBlocked', ctx.locale, notice.number, standing);
  ctx.require('credit.manage');
  const release = await recordRelease(ctx, {
    checkpoint: 'notice',
    documentId: notice.id,
    reason: releaseReason,
    standing,
  });
  return { standing, release };
}

interface NoteAtLoad {
  id: number;
  number: string;
  customerId: number;
  noticeId: number;
}

async function noteAtLoad(db: Knex | Knex.Transaction, noteId: number): Promise<NoteAtLoad> {
  const n = (await db('delivery_notes').where({ id: noteId }).first('id', 'number', 'customer_id', 'notice_id')) as
    { id: number; number: string; customer_id: number; notice_id: number } | undefined;
  if (!n) throw notFound('deliveryNote', noteId);
  return { id: n.id, number: n.number, customerId: n.customer_id, noticeId: n.notice_id };
}

/** The standing when a note is loaded: its value is already in the exposure through its notice. */
export async function noteStanding(db: Knex | Knex.Transaction, noteId: number) {
  const note = await noteAtLoad(db, noteId);
  return { note, standing: await creditStandingOf(db, note.customerId, 0) };
}

/**
 * Check point (c), a note being loaded: checked again; a release at its notice or at the note itself covers it while
 * the reasons now were among those released and the exposure is no higher; otherwise a manager must release the note.
 */
export async function checkNoteLoad(ctx: HandlerContext, noteId: number): Promise<CreditStanding> {
  const trx = ctx.tx();
  const { note, standing } = await noteStanding(trx, noteId);
  if (!standing.reasons.length) return standing;
  const release = await coveringRelease(
    trx,
    [
      { checkpoint: 'notice', documentId: note.noticeId },
      { checkpoint: 'note', documentId: note.id },
    ],
    standing,
  );
  if (!release) throw blocked('noteBlocked', ctx.locale, note.number, standing);
  return standing;
}
