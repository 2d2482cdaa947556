import type { Knex } from 'knex';
import type { QueueItem } from '../../shared/home/contract';
import type { Queue } from '../../shared/rpc/list';
import type { Locale } from '../../shared/rpc/envelope';
import { int } from '../db/rows';
import { blockReasons } from '../receivables/credit-checkpoints';
import { coveringRelease } from '../receivables/credit-release';
import { creditStandingOf } from '../receivables/credit-standing';

type Db = Knex | Knex.Transaction;

interface Candidate {
  id: number;
  number: string;
  customer_id: number;
  customer_name: string;
  gross_fen: number | string;
  date: string;
}

/**
 * Draft notices the credit check would refuse at confirmation, and no manager's release covers: the manager's to
 * release. The check is the one confirmation runs (creditStandingOf with the notice's value on top), so it cannot be
 * one SQL count; SQL narrows it to drafts of customers who can be blocked at all (a credit limit, or an open
 * invoice, without which there is neither limit to pass nor debt overdue). Counted exactly, oldest first.
 */
export async function blockedNotices(db: Db, locale: Locale, limit: number): Promise<Queue<QueueItem>> {
  const openInvoice = db('invoices')
    .select('invoices.id')
    .whereRaw('invoices.customer_id = delivery_notices.customer_id')
    .whereNull('invoices.settled_on');
  const candidates = (await db('delivery_notices')
    .join('customers as c', 'c.id', 'delivery_notices.customer_id')
    .where('delivery_notices.status', 'draft')
    .where((w) => void w.whereNotNull('c.credit_limit_fen').orWhereExists(openInvoice))
    .orderBy([{ column: 'delivery_notices.date' }, { column: 'delivery_notices.id' }])
    .select(
      'delivery_notices.id',
      'delivery_notices.number',
      'delivery_notices.customer_id',
      'c.name as customer_name',
      'delivery_notices.gross_fen',
      'delivery_notices.date',
    )) as Candidate[];
  const rows: QueueItem[] = [];
  let total = 0;
  for (const n of candidates) {
    const standing = await creditStandingOf(db, n.customer_id, int(n.gross_fen));
    if (!standing.reasons.length) continue;
    if (await coveringRelease(db, [{ checkpoint: 'notice', documentId: n.id }], standing)) continue;
    total += 1;
    if (rows.length < limit)
      rows.push({
        kind: 'notice',
        id: n.id,
        number: n.number,
        customerName: n.customer_name,
        date: n.date,
        gross: int(n.gross_fen),
        note: blockReasons(locale, standing),
        days: null,
        late: false,
        runStatus: null,
      });
  }
  return { rows, total };
}
