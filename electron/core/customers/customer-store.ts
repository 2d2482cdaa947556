import type { Knex } from 'knex';
import type { CustomerDetail, CustomerRow, customerInput } from '../../shared/customers/contract';
import type { z } from 'zod';
import { notFound } from '../rpc/errors';
import { assertExists } from '../db/references';
import { bool, int, nowIso } from '../db/rows';
import { updateAtLockVersion } from '../db/lock-version';
import { claimCode } from '../masterdata/master-record';
import { partyColumns, partyKeys } from '../masterdata/party';
import { writeSearchKeys } from '../search/search-index';
import { readContacts, writeContacts } from '../contacts/contacts';

type Db = Knex | Knex.Transaction;
export type CustomerData = z.output<typeof customerInput>;

export interface CustomerDbRow {
  id: number;
  code: string;
  name: string;
  short_name: string | null;
  mnemonic: string | null;
  tax_id: string | null;
  payment_terms: string | null;
  payment_days: number;
  credit_limit_fen: number | string | null;
  salesperson: string | null;
  active: number | boolean;
  primary_contact: string | null;
  primary_phone: string | null;
  updated_at: string;
  created_at: string;
  invoice_title: string | null;
  invoice_address_phone: string | null;
  invoice_bank_account: string | null;
  notes: string | null;
  quote_format_id: number | null;
  delivery_show_prices: number | boolean;
  lock_version: number;
}

export const CUSTOMER_LIST_COLUMNS = [
  'id',
  'code',
  'name',
  'short_name',
  'mnemonic',
  'tax_id',
  'payment_terms',
  'payment_days',
  'credit_limit_fen',
  'salesperson',
  'active',
  'primary_contact',
  'primary_phone',
  'updated_at',
];

export function toCustomerRow(r: CustomerDbRow): CustomerRow {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    mnemonic: r.mnemonic,
    taxId: r.tax_id,
    paymentTerms: r.payment_terms,
    paymentDays: int(r.payment_days),
    creditLimit: r.credit_limit_fen === null ? null : int(r.credit_limit_fen),
    salesperson: r.salesperson,
    active: bool(r.active),
    primaryContact: r.primary_contact,
    primaryPhone: r.primary_phone,
    updatedAt: r.updated_at,
  };
}

export async function getCustomer(db: Db, id: number): Promise<CustomerDetail> {
  const r = (await db('customers').where({ id }).first()) as CustomerDbRow | undefined;
  if (!r) throw notFound('customer', id);
  const addresses = (await db('customer_addresses').where({ customer_id: id }).orderBy('position')) as {
    id: number;
    label: string | null;
    address: string;
    contact: string | null;
    phone: string | null;
    is_default: number | boolean;
  }[];
  return {
    ...toCustomerRow(r),
    invoiceTitle: r.invoice_title,
    invoiceAddressPhone: r.invoice_address_phone,
    invoiceBankAccount: r.invoice_bank_account,
    notes: r.notes,
    quoteFormatId: r.quote_format_id,
    deliveryShowPrices: bool(r.delivery_show_prices),
    lockVersion: r.lock_version,
    createdAt: r.created_at,
    contacts: await readContacts(db, 'customer', id),
    addresses: addresses.map((a) => ({
      id: a.id,
      label: a.label,
      address: a.address,
      contact: a.contact,
      phone: a.phone,
      isDefault: bool(a.is_default),
    })),
  };
}

function columnsOf(d: CustomerData, code: string) {
  return {
    ...partyColumns(d, code),
    invoice_title: d.invoiceTitle,
    invoice_address_phone: d.invoiceAddressPhone,
    invoice_bank_account: d.invoiceBankAccount,
    payment_terms: d.paymentTerms,
    payment_days: d.paymentDays,
    credit_limit_fen: d.creditLimit,
    salesperson: d.salesperson,
    quote_format_id: d.quoteFormatId,
    delivery_show_prices: d.deliveryShowPrices,
  };
}

async function writeAddresses(trx: Knex.Transaction, customerId: number, d: CustomerData): Promise<void> {
  await trx('customer_addresses').where({ customer_id: customerId }).delete();
  // Exactly one default when there are addresses: the marked one, else the first.
  const defaultIndex = Math.max(
    0,
    d.addresses.findIndex((a) => a.isDefault),
  );
  if (d.addresses.length) {
    await trx('customer_addresses').insert(
      d.addresses.map((a, i) => ({
        customer_id: customerId,
        position: i,
        label: a.label,
        address: a.address,
        contact: a.contact,
        phone: a.phone,
        is_default: i === defaultIndex,
      })),
    );
  }
}

export async function createCustomer(trx: Knex.Transaction, d: CustomerData): Promise<CustomerDetail> {
  await assertExists(trx, 'quote_formats', 'quoteFormat', d.quoteFormatId);
  const code = await claimCode(trx, 'customers', 'customer', d.code);
  const now = nowIso();
  const cols = columnsOf(d, code);
  const [row] = (await trx('customers')
    .insert({ ...cols, lock_version: 1, created_at: now, updated_at: now })
    .returning('id')) as { id: number }[];
  await writeSearchKeys(trx, 'customers', row!.id, partyKeys(d, cols));
  const id = row!.id;
  await writeContacts(trx, 'customer', id, d.contacts);
  await writeAddresses(trx, id, d);
  return getCustomer(trx, id);
}

export async function updateCustomer(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  d: CustomerData,
): Promise<void> {
  const current = await getCustomer(trx, id);
  await assertExists(trx, 'quote_formats', 'quoteFormat', d.quoteFormatId);
  const code = await claimCode(trx, 'customers', 'customer', d.code ?? current.code, id);
  const cols = columnsOf(d, code);
  await updateAtLockVersion(trx, 'customers', 'customer', id, lockVersion, cols);
  await writeSearchKeys(trx, 'customers', id, partyKeys(d, cols));
  await writeContacts(trx, 'customer', id, d.contacts);
  await writeAddresses(trx, id, d);
}
