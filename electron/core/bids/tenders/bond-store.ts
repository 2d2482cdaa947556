import type { Knex } from 'knex';
import type { z } from 'zod';
import type { BondOut, bondInput, OutstandingBond } from '../../../shared/bids/tenders/contract';
import { daysBetween, today } from '../../dates';
import { int, nowIso } from '../../db/rows';
import { updateAtLockVersion } from '../../db/lock-version';
import { AppError, notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;
type Data = z.output<typeof bondInput>;

interface BondDbRow {
  id: number;
  tender_id: number;
  lot_id: number | null;
  amount_fen: number | string;
  method: BondOut['paidBy'];
  payee: string | null;
  due_on: string | null;
  paid_on: string | null;
  refunded_on: string | null;
  notes: string | null;
  lock_version: number;
}

const toBond = (r: BondDbRow): BondOut => ({
  id: int(r.id),
  tenderId: int(r.tender_id),
  lotId: r.lot_id === null ? null : int(r.lot_id),
  amount: int(r.amount_fen),
  paidBy: r.method,
  payee: r.payee,
  payBy: r.due_on,
  paidOn: r.paid_on,
  refundedOn: r.refunded_on,
  notes: r.notes,
  lockVersion: int(r.lock_version),
});

export async function readBonds(db: Db, where: Record<string, unknown>): Promise<BondOut[]> {
  return ((await db('bid_bonds').where(where).orderBy('id')) as BondDbRow[]).map(toBond);
}

export async function getBond(db: Db, id: number): Promise<BondOut> {
  const [bond] = await readBonds(db, { id });
  if (!bond) throw notFound('bidBond', id);
  return bond;
}

/** A bond's lot must be one of its tender's. */
async function checkLot(db: Db, tenderId: number, lotId: number | null): Promise<void> {
  if (lotId === null) return;
  const lot = (await db('tender_lots').where({ id: lotId, tender_id: tenderId }).first()) as object | undefined;
  if (!lot)
    throw new AppError('VALIDATION', 'tenderMsg.errors.lotNotOfTender', {}, [
      { path: 'lotId', message: 'tenderMsg.errors.lotNotOfTender' },
    ]);
}

const bondColumns = (d: Data) => ({
  lot_id: d.lotId,
  amount_fen: d.amount,
  method: d.paidBy,
  payee: d.payee,
  due_on: d.payBy,
  paid_on: d.paidOn,
  refunded_on: d.refundedOn,
  notes: d.notes,
  updated_at: nowIso(),
});

export async function addBond(
  trx: Knex.Transaction,
  tenderId: number,
  d: Data,
  createdBy: number | null,
): Promise<BondOut> {
  const tender = (await trx('tenders').where({ id: tenderId }).first()) as object | undefined;
  if (!tender) throw notFound('tender', tenderId);
  await checkLot(trx, tenderId, d.lotId);
  const [row] = (await trx('bid_bonds')
    .insert({ ...bondColumns(d), tender_id: tenderId, lock_version: 1, created_by: createdBy, created_at: nowIso() })
    .returning('id')) as { id: number }[];
  return getBond(trx, int(row!.id));
}

export async function updateBond(trx: Knex.Transaction, id: number, lockVersion: number, d: Data): Promise<BondOut> {
  const before = await getBond(trx, id);
  await checkLot(trx, before.tenderId, d.lotId);
  await updateAtLockVersion(trx, 'bid_bonds', 'bidBond', id, lockVersion, bondColumns(d));
  return getBond(trx, id);
}

export async function markBondPaid(trx: Knex.Transaction, id: number, lockVersion: number, paidOn: string) {
  const bond = await getBond(trx, id);
  if (bond.refundedOn && bond.refundedOn < paidOn)
    throw new AppError('VALIDATION', 'tenderMsg.errors.paidAfterRefund', {}, [
      { path: 'paidOn', message: 'tenderMsg.errors.paidAfterRefund' },
    ]);
  await updateAtLockVersion(trx, 'bid_bonds', 'bidBond', id, lockVersion, { paid_on: paidOn });
  return getBond(trx, id);
}

export async function markBondRefunded(trx: Knex.Transaction, id: number, lockVersion: number, refundedOn: string) {
  const bond = await getBond(trx, id);
  if (!bond.paidOn || refundedOn < bond.paidOn)
    throw new AppError('VALIDATION', 'tenderMsg.errors.refundedBeforePaid', {}, [
      { path: 'refundedOn', message: 'tenderMsg.errors.refundedBeforePaid' },
    ]);
  await updateAtLockVersion(trx, 'bid_bonds', 'bidBond', id, lockVersion, { refunded_on: refundedOn });
  return getBond(trx, id);
}

/** Bonds paid and not refunded yet, the oldest first, with how long each has been out and the total. */
export async function bondsOutstanding(db: Db): Promise<{ rows: OutstandingBond[]; totalAmount: number }> {
  const rows = (await db('bid_bonds as b')
    .join('tenders as t', 't.id', 'b.tender_id')
    .leftJoin('tender_lots as l', 'l.id', 'b.lot_id')
    .whereNotNull('b.paid_on')
    .whereNull('b.refunded_on')
    .orderBy([
      { column: 'b.paid_on', order: 'asc' },
      { column: 'b.id', order: 'asc' },
    ])
    .select(
      'b.id',
      'b.tender_id',
      't.project_name',
      't.tender_no',
      'l.lot_no',
      'b.amount_fen',
      'b.method',
      'b.paid_on',
      'b.lock_version',
    )) as (BondDbRow & { project_name: string; tender_no: string | null; lot_no: string | null; paid_on: string })[];
  const day = today();
  const out = rows.map((r) => ({
    id: int(r.id),
    tenderId: int(r.tender_id),
    projectName: r.project_name,
    tenderNo: r.tender_no,
    lotNo: r.lot_no,
    amount: int(r.amount_fen),
    paidBy: r.method,
    paidOn: r.paid_on,
    daysOutstanding: Math.max(0, daysBetween(r.paid_on, day)),
    lockVersion: int(r.lock_version),
  }));
  return { rows: out, totalAmount: out.reduce((sum, b) => sum + b.amount, 0) };
}
