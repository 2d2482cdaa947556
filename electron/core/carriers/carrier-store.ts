import type { Knex } from 'knex';
import type { z } from 'zod';
import type { carrierInput, CarrierOut } from '../../shared/carriers/contract';
import { bool, int, nowIso } from '../db/rows';
import { updateAtLockVersion } from '../db/lock-version';
import { notFound } from '../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface CarrierDbRow {
  id: number;
  name: string;
  contact_name: string | null;
  phone: string | null;
  routes: string | null;
  basis: CarrierOut['basis'];
  rate: string;
  minimum_fen: number | string;
  notes: string | null;
  active: number | boolean;
  lock_version: number;
  updated_at: string;
}

export const toCarrier = (r: CarrierDbRow): CarrierOut => ({
  id: r.id,
  name: r.name,
  contactName: r.contact_name,
  phone: r.phone,
  routes: r.routes,
  basis: r.basis,
  rate: r.rate,
  minimum: int(r.minimum_fen),
  notes: r.notes,
  active: bool(r.active),
  lockVersion: r.lock_version,
  updatedAt: r.updated_at,
});

export async function getCarrier(db: Db, id: number): Promise<CarrierOut> {
  const r = (await db('carriers').where({ id }).first()) as CarrierDbRow | undefined;
  if (!r) throw notFound('carrier', id);
  return toCarrier(r);
}

export function carrierColumns(d: z.output<typeof carrierInput>) {
  return {
    name: d.name,
    contact_name: d.contactName,
    phone: d.phone,
    routes: d.routes,
    basis: d.basis,
    rate: d.rate,
    minimum_fen: d.minimum,
    notes: d.notes,
    active: d.active,
    updated_at: nowIso(),
  };
}

export async function createCarrier(
  trx: Knex.Transaction,
  d: z.output<typeof carrierInput>,
  createdBy: number | null,
): Promise<CarrierOut> {
  const [row] = (await trx('carriers')
    .insert({ ...carrierColumns(d), lock_version: 1, created_by: createdBy, created_at: nowIso() })
    .returning('id')) as { id: number }[];
  return getCarrier(trx, row!.id);
}

export async function updateCarrier(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  d: z.output<typeof carrierInput>,
): Promise<CarrierOut> {
  await updateAtLockVersion(trx, 'carriers', 'carrier', id, lockVersion, carrierColumns(d));
  return getCarrier(trx, id);
}
