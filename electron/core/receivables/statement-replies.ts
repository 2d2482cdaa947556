import type { Knex } from 'knex';
import type { z } from 'zod';
import type { StatementReply, statementReplyInput } from '../../shared/receivables/ageing-contract';
import { today } from '../dates';
import { int, nowIso } from '../db/rows';
import { AppError } from '../rpc/errors';
import { buildStatement } from './statement-store';

type Db = Knex | Knex.Transaction;

interface ReplyRow {
  id: number;
  customer_id: number;
  period_from: string;
  period_to: string;
  closing_fen: number | string;
  reply: 'agreed' | 'disagreed';
  reply_date: string;
  their_balance_fen: number | string | null;
  differences: string | null;
  attachment_id: number | null;
  user_name: string | null;
  created_at: string;
}

const fromRow = (r: ReplyRow): StatementReply => ({
  id: r.id,
  customerId: r.customer_id,
  from: r.period_from,
  to: r.period_to,
  closing: int(r.closing_fen),
  reply: r.reply,
  replyDate: r.reply_date,
  theirBalance: r.their_balance_fen === null ? null : int(r.their_balance_fen),
  differences: r.differences,
  attachmentId: r.attachment_id,
  userName: r.user_name,
  createdAt: r.created_at,
});

const replies = (db: Db) =>
  db('statement_replies as s').leftJoin('users as u', 'u.id', 's.user_id').select('s.*', 'u.display_name as user_name');

/** The customer's replies to statements, the latest first. */
export async function listStatementReplies(db: Db, customerId: number): Promise<StatementReply[]> {
  const rows = (await replies(db)
    .where('s.customer_id', customerId)
    .orderBy([
      { column: 's.reply_date', order: 'desc' },
      { column: 's.id', order: 'desc' },
    ])) as ReplyRow[];
  return rows.map(fromRow);
}

const fieldError = (path: string, key: string) => new AppError('VALIDATION', key, {}, [{ path, message: key }]);

/**
 * What the customer answered to a statement: agreed, or disagreed with their balance and the differences. The
 * closing balance is the statement's own as of now, stored beside the reply so later corrections do not rewrite it.
 */
export async function recordStatementReply(
  trx: Knex.Transaction,
  input: z.output<typeof statementReplyInput>,
  userId: number | null,
): Promise<StatementReply> {
  if (input.replyDate > today()) throw fieldError('replyDate', 'ageingMsg.errors.replyInFuture');
  if (input.reply === 'disagreed' && !input.differences)
    throw fieldError('differences', 'ageingMsg.errors.differencesNeeded');
  if (input.attachmentId !== null && !(await trx('attachments').where({ id: input.attachmentId }).first('id')))
    throw fieldError('attachmentId', 'ageingMsg.errors.noAttachment');
  const s = await buildStatement(trx, input);
  const [row] = (await trx('statement_replies')
    .insert({
      customer_id: input.customerId,
      period_from: input.from,
      period_to: input.to,
      closing_fen: s.closing,
      reply: input.reply,
      reply_date: input.replyDate,
      their_balance_fen: input.reply === 'disagreed' ? input.theirBalance : null,
      differences: input.differences,
      attachment_id: input.attachmentId,
      user_id: userId,
      created_at: nowIso(),
    })
    .returning('id')) as { id: number }[];
  return fromRow((await replies(trx).where('s.id', row!.id).first()) as ReplyRow);
}
