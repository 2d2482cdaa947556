import type { Knex } from 'knex';
import { DEADLINE_KINDS, type DeadlineKind, type DeadlineRow } from '../../../shared/bids/tenders/contract';
import { addDays, daysBetween, now, today } from '../../dates';
import { int } from '../../db/rows';

const COLUMNS: Record<DeadlineKind, string> = {
  questions: 'questions_deadline',
  submission: 'submission_deadline',
  opening: 'opening_at',
};

/** The wall-clock minute now, as deadlines are written ('YYYY-MM-DD HH:mm'). */
function nowMinute(): string {
  const at = now();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${today(at)} ${p(at.getHours())}:${p(at.getMinutes())}`;
}

/**
 * The deadlines of the next `days` days, soonest first: questions, submission and opening of the tenders still being
 * prepared (a passed submission stays, as overdue, until the tender is marked submitted or closed), and the openings
 * of submitted ones still to come. Within the tender's remind days a deadline is due soon.
 */
export async function upcomingDeadlines(db: Knex, days: number): Promise<DeadlineRow[]> {
  const day = today();
  const minute = nowMinute();
  const until = `${addDays(day, days)} 23:59`;
  const tenders = (await db('tenders')
    .whereIn('status', ['preparing', 'submitted'])
    .where((w) => {
      for (const c of Object.values(COLUMNS)) w.orWhere(c, '<=', until);
    })
    .select(
      'id',
      'project_name',
      'tender_no',
      'status',
      'remind_days',
      'questions_deadline',
      'submission_deadline',
      'opening_at',
    )) as Record<string, unknown>[];
  const rows: DeadlineRow[] = [];
  for (const t of tenders)
    for (const kind of DEADLINE_KINDS) {
      const at = t[COLUMNS[kind]] as string | null;
      if (!at || at > until) continue;
      const past = at < minute;
      // Once submitted, what was due before the opening is done; only the opening still comes.
      if (t.status === 'submitted' && (kind !== 'opening' || past)) continue;
      // A passed question deadline or opening asks nothing more of anyone; a passed submission of a tender still
      // being prepared does (mark it submitted, or abandoned), so it stays, overdue.
      if (past && kind !== 'submission') continue;
      const daysLeft = daysBetween(day, at.slice(0, 10));
      rows.push({
        tenderId: int(t.id),
        projectName: t.project_name as string,
        tenderNo: t.tender_no as string | null,
        kind,
        at,
        daysLeft,
        state: past ? 'overdue' : daysLeft <= int(t.remind_days) ? 'dueSoon' : 'upcoming',
      });
    }
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.tenderId - b.tenderId));
}
