import type { Knex } from 'knex';
import type { z } from 'zod';
import type { TenderOut, tenderInput } from '../../../shared/bids/tenders/contract';
import { bool, int, nowIso } from '../../db/rows';
import { updateAtLockVersion } from '../../db/lock-version';
import { AppError, notFound } from '../../rpc/errors';
import { readBonds } from './bond-store';
import { ourBids } from './our-bid';

type Db = Knex | Knex.Transaction;
type Data = z.output<typeof tenderInput>;

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : int(v));

/** The tender with its lots, required documents in order, bonds and the prices read at the opening. */
export async function getTender(db: Db, id: number): Promise<TenderOut> {
  const r = (await db('tenders').where({ id }).first()) as Record<string, unknown> | undefined;
  if (!r) throw notFound('tender', id);
  const lots = (await db('tender_lots').where({ tender_id: id }).orderBy('position')) as Record<string, unknown>[];
  const docs = (await db('tender_required_docs').where({ tender_id: id }).orderBy('position')) as Record<
    string,
    unknown
  >[];
  const prices = (await db('tender_competitor_prices').where({ tender_id: id }).orderBy('id')) as Record<
    string,
    unknown
  >[];
  return {
    id,
    projectName: r.project_name as string,
    tenderNo: r.tender_no as string | null,
    customerId: numOrNull(r.customer_id),
    purchaserName: r.purchaser_name as string,
    agentName: r.agent_name as string | null,
    agentContact: r.agent_contact as string | null,
    evaluationMethod: r.evaluation_method as TenderOut['evaluationMethod'],
    methodNote: r.method_note as string | null,
    originals: int(r.originals),
    copies: int(r.copies),
    questionsDeadline: r.questions_deadline as string | null,
    submissionDeadline: r.submission_deadline as string | null,
    openingAt: r.opening_at as string | null,
    openingPlace: r.opening_place as string | null,
    remindDays: int(r.remind_days),
    status: r.status as TenderOut['status'],
    winningBidder: r.winning_bidder as string | null,
    winningPrice: numOrNull(r.winning_price_fen),
    resultNote: r.result_note as string | null,
    quoteId: numOrNull(r.quote_id),
    notes: r.notes as string | null,
    lots: lots.map((l) => ({
      id: int(l.id),
      lotNo: l.lot_no as string,
      name: l.name as string,
      budget: numOrNull(l.budget_fen),
      weBid: bool(l.we_bid),
      result: (l.result as 'won' | 'lost' | null) ?? null,
      winningBidder: l.winning_bidder as string | null,
      winningPrice: numOrNull(l.winning_price_fen),
    })),
    requiredDocs: docs.map((d) => ({
      id: int(d.id),
      name: d.title as string,
      mandatory: bool(d.mandatory),
      note: d.note as string | null,
    })),
    bonds: await readBonds(db, { tender_id: id }),
    competitorPrices: prices.map((p) => ({
      id: int(p.id),
      lotId: numOrNull(p.lot_id),
      bidder: p.competitor as string,
      bidPrice: int(p.price_fen),
      note: p.note as string | null,
    })),
    ourBid: (await ourBids(db, [id])).get(id) ?? null,
    lockVersion: int(r.lock_version),
    updatedAt: r.updated_at as string,
  };
}

function tenderColumns(d: Data) {
  return {
    project_name: d.projectName,
    tender_no: d.tenderNo,
    customer_id: d.customerId,
    purchaser_name: d.purchaserName,
    agent_name: d.agentName,
    agent_contact: d.agentContact,
    evaluation_method: d.evaluationMethod,
    method_note: d.methodNote,
    originals: d.originals,
    copies: d.copies,
    questions_deadline: d.questionsDeadline,
    submission_deadline: d.submissionDeadline,
    opening_at: d.openingAt,
    opening_place: d.openingPlace,
    remind_days: d.remindDays,
    quote_id: d.quoteId,
    notes: d.notes,
    updated_at: nowIso(),
  };
}

/** Rows of `table` of this tender that still point at one of `ids` (a lot or a required document). */
async function stillUsed(trx: Knex.Transaction, ids: number[], uses: [string, string][]): Promise<boolean> {
  if (!ids.length) return false;
  for (const [table, column] of uses) {
    const row = (await trx(table).whereIn(column, ids).count({ n: '*' }).first()) as { n: number | string };
    if (Number(row.n) > 0) return true;
  }
  return false;
}

/**
 * Writes the lots as the form sends them, in order: kept ones updated (by id), new ones added, the ones left out
 * removed — unless a bond, a price or a package still names them.
 */
async function saveLots(trx: Knex.Transaction, tenderId: number, lots: Data['lots']): Promise<void> {
  const existing = ((await trx('tender_lots').where({ tender_id: tenderId }).select('id')) as { id: number }[]).map(
    (r) => int(r.id),
  );
  const kept = new Set(lots.flatMap((l) => (l.id ? [l.id] : [])));
  const foreign = [...kept].filter((i) => !existing.includes(i));
  if (foreign.length) throw notFound('tenderLot', foreign[0]!);
  const dropped = existing.filter((i) => !kept.has(i));
  if (
    await stillUsed(trx, dropped, [
      ['bid_bonds', 'lot_id'],
      ['tender_competitor_prices', 'lot_id'],
      ['bid_packages', 'lot_id'],
    ])
  )
    throw new AppError('CONFLICT', 'tenderMsg.errors.lotInUse', {}, [
      { path: 'lots', message: 'tenderMsg.errors.lotInUse' },
    ]);
  if (dropped.length) await trx('tender_lots').whereIn('id', dropped).delete();
  // Positions and numbers move freely: park the kept ones first so the (tender, lot_no) key never clashes midway.
  for (const lotId of kept)
    await trx('tender_lots')
      .where({ id: lotId })
      .update({ lot_no: `~${lotId}`, position: -lotId });
  for (const [i, l] of lots.entries()) {
    const cols = { position: i + 1, lot_no: l.lotNo, name: l.name, budget_fen: l.budget, we_bid: l.weBid };
    if (l.id) await trx('tender_lots').where({ id: l.id }).update(cols);
    else await trx('tender_lots').insert({ ...cols, tender_id: tenderId });
  }
}

/** The required documents in the tender's order: the array's order is the order. */
async function saveRequiredDocs(trx: Knex.Transaction, tenderId: number, docs: Data['requiredDocs']): Promise<void> {
  const existing = (
    (await trx('tender_required_docs').where({ tender_id: tenderId }).select('id')) as { id: number }[]
  ).map((r) => int(r.id));
  const kept = new Set(docs.flatMap((d) => (d.id ? [d.id] : [])));
  const foreign = [...kept].filter((i) => !existing.includes(i));
  if (foreign.length) throw notFound('tenderRequiredDoc', foreign[0]!);
  const dropped = existing.filter((i) => !kept.has(i));
  if (await stillUsed(trx, dropped, [['bid_sections', 'required_doc_id']]))
    throw new AppError('CONFLICT', 'tenderMsg.errors.docInUse', {}, [
      { path: 'requiredDocs', message: 'tenderMsg.errors.docInUse' },
    ]);
  if (dropped.length) await trx('tender_required_docs').whereIn('id', dropped).delete();
  for (const [i, d] of docs.entries()) {
    const cols = { position: i + 1, title: d.name, mandatory: d.mandatory, note: d.note };
    if (d.id) await trx('tender_required_docs').where({ id: d.id }).update(cols);
    else await trx('tender_required_docs').insert({ ...cols, tender_id: tenderId });
  }
}

/** The customer the purchaser was picked as, and the quote the bid is priced from, must be there (a deleted or mistyped id). */
async function checkRefs(trx: Knex.Transaction, d: Data): Promise<void> {
  if (d.customerId !== null && !(await trx('customers').where({ id: d.customerId }).first('id')))
    throw notFound('customer', d.customerId);
  if (d.quoteId !== null && !(await trx('quotes').where({ id: d.quoteId }).first('id')))
    throw notFound('quote', d.quoteId);
}

export async function createTender(trx: Knex.Transaction, d: Data, createdBy: number | null): Promise<TenderOut> {
  await checkRefs(trx, d);
  const [row] = (await trx('tenders')
    .insert({ ...tenderColumns(d), status: 'preparing', lock_version: 1, created_by: createdBy, created_at: nowIso() })
    .returning('id')) as { id: number }[];
  const id = int(row!.id);
  await saveLots(trx, id, d.lots);
  await saveRequiredDocs(trx, id, d.requiredDocs);
  return getTender(trx, id);
}

export async function updateTender(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  d: Data,
): Promise<TenderOut> {
  await getTender(trx, id);
  await checkRefs(trx, d);
  await updateAtLockVersion(trx, 'tenders', 'tender', id, lockVersion, tenderColumns(d));
  await saveLots(trx, id, d.lots);
  await saveRequiredDocs(trx, id, d.requiredDocs);
  return getTender(trx, id);
}
