import type { Knex } from 'knex';
import type { TenderOut, tenderResultInput } from '../../../shared/bids/tenders/contract';
import type { z } from 'zod';
import { updateAtLockVersion } from '../../db/lock-version';
import { AppError } from '../../rpc/errors';
import { getTender } from './tender-store';

/** A tender still being prepared goes in: 已投标. */
export async function markSubmitted(trx: Knex.Transaction, id: number, lockVersion: number): Promise<TenderOut> {
  const tender = await getTender(trx, id);
  if (tender.status !== 'preparing')
    throw new AppError('CONFLICT', 'tenderMsg.errors.notPreparing', { status: `@tenderMsg.status.${tender.status}` });
  await updateAtLockVersion(trx, 'tenders', 'tender', id, lockVersion, { status: 'submitted' });
  return getTender(trx, id);
}

/**
 * The result: won, lost or abandoned, who won at what price (the whole tender and each lot), and the prices read at
 * the opening, which replace those recorded before.
 */
export async function setResult(trx: Knex.Transaction, r: z.output<typeof tenderResultInput>): Promise<TenderOut> {
  const tender = await getTender(trx, r.id);
  const lotIds = new Set(tender.lots.map((l) => l.id));
  const bad = (path: string) =>
    new AppError('VALIDATION', 'tenderMsg.errors.lotNotOfTender', {}, [
      { path, message: 'tenderMsg.errors.lotNotOfTender' },
    ]);
  r.lots.forEach((l, i) => {
    if (!lotIds.has(l.id)) throw bad(`lots.${i}.id`);
  });
  r.competitorPrices.forEach((p, i) => {
    if (p.lotId !== null && !lotIds.has(p.lotId)) throw bad(`competitorPrices.${i}.lotId`);
  });
  await updateAtLockVersion(trx, 'tenders', 'tender', r.id, r.lockVersion, {
    status: r.status,
    winning_bidder: r.winningBidder,
    winning_price_fen: r.winningPrice,
    result_note: r.resultNote,
  });
  for (const l of r.lots)
    await trx('tender_lots')
      .where({ id: l.id })
      .update({ result: l.result, winning_bidder: l.winningBidder, winning_price_fen: l.winningPrice });
  await trx('tender_competitor_prices').where({ tender_id: r.id }).delete();
  if (r.competitorPrices.length)
    await trx('tender_competitor_prices').insert(
      r.competitorPrices.map((p) => ({
        tender_id: r.id,
        lot_id: p.lotId,
        competitor: p.bidder,
        price_fen: p.bidPrice,
        note: p.note,
      })),
    );
  return getTender(trx, r.id);
}
