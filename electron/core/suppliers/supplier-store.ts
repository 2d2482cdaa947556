import type { Knex } from 'knex';
import type { z } from 'zod';
import type { SupplierDetail, SupplierRow, supplierInput } from '../../shared/suppliers/contract';
import { readContacts, writeContacts } from '../contacts/contacts';
import { bool, nowIso } from '../db/rows';
import { updateAtLockVersion } from '../db/lock-version';
import { claimCode } from '../masterdata/master-record';
import { partyColumns, partyKeys } from '../masterdata/party';
import { notFound } from '../rpc/errors';
import { writeSearchKeys } from '../search/search-index';

type Db = Knex | Knex.Transaction;
export type SupplierData = z.output<typeof supplierInput>;

export interface SupplierDbRow {
  id: number;
  code: string;
  name: string;
  short_name: string | null;
  mnemonic: string | null;
  tax_id: string | null;
  bank_name: string | null;
  bank_account: string | null;
  categories: string;
  notes: string | null;
  active: number | boolean;
  primary_contact: string | null;
  primary_phone: string | null;
  lock_version: number;
  created_at: string;
  updated_at: string;
}

export const SUPPLIER_LIST_COLUMNS = [
  'id',
  'code',
  'name',
  'short_name',
  'mnemonic',
  'tax_id',
  'categories',
  'active',
  'primary_contact',
  'primary_phone',
  'updated_at',
];

export function toSupplierRow(r: SupplierDbRow): SupplierRow {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    mnemonic: r.mnemonic,
    taxId: r.tax_id,
    categories: JSON.parse(r.categories) as string[],
    active: bool(r.active),
    primaryContact: r.primary_contact,
    primaryPhone: r.primary_phone,
    updatedAt: r.updated_at,
  };
}

export async function getSupplier(db: Db, id: number): Promise<SupplierDetail> {
  const r = (await db('suppliers').where({ id }).first()) as SupplierDbRow | undefined;
  if (!r) throw notFound('supplier', id);
  return {
    ...toSupplierRow(r),
    bankName: r.bank_name,
    bankAccount: r.bank_account,
    notes: r.notes,
    lockVersion: r.lock_version,
    createdAt: r.created_at,
    contacts: await readContacts(db, 'supplier', id),
  };
}

function columnsOf(d: SupplierData, code: string) {
  return {
    ...partyColumns(d, code),
    bank_name: d.bankName,
    bank_account: d.bankAccount,
    categories: JSON.stringify(Array.from(new Set(d.categories))),
  };
}

export async function createSupplier(trx: Knex.Transaction, d: SupplierData): Promise<SupplierDetail> {
  const code = await claimCode(trx, 'suppliers', 'supplier', d.code);
  const now = nowIso();
  const cols = columnsOf(d, code);
  const [row] = (await trx('suppliers')
    .insert({ ...cols, lock_version: 1, created_at: now, updated_at: now })
    .returning('id')) as { id: number }[];
  await writeSearchKeys(trx, 'suppliers', row!.id, partyKeys(d, cols));
  await writeContacts(trx, 'supplier', row!.id, d.contacts);
  return getSupplier(trx, row!.id);
}

export async function updateSupplier(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  d: SupplierData,
): Promise<void> {
  const current = await getSupplier(trx, id);
  const code = await claimCode(trx, 'suppliers', 'supplier', d.code ?? current.code, id);
  const cols = columnsOf(d, code);
  await updateAtLockVersion(trx, 'suppliers', 'supplier', id, lockVersion, cols);
  await writeSearchKeys(trx, 'suppliers', id, partyKeys(d, cols));
  await writeContacts(trx, 'supplier', id, d.contacts);
}
