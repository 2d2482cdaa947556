import type { Knex } from 'knex';
import type { RegisterData, RegisterDetail, RegisterRow } from '../../shared/register/contract';
import { documentFiles } from '../attachments/document-files';
import { int, nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { notFound } from '../rpc/errors';

type Db = Knex | Knex.Transaction;

export interface RegisterDbRow {
  id: number;
  number: string;
  kind: RegisterRow['kind'];
  direction: RegisterRow['direction'];
  date: string;
  customer_id: number | null;
  customer_name: string | null;
  supplier_id: number | null;
  supplier_name: string | null;
  counterparty: string;
  their_ref: string | null;
  subject: string;
  order_id: number | null;
  order_number: string | null;
  quote_id: number | null;
  quote_number: string | null;
  archive_location: string | null;
  summary: string | null;
  registered_by_name: string | null;
  files: number | string;
  forwards: number | string;
  lock_version: number;
  updated_at: string;
  invoice_id: number | null;
  invoice_state: RegisterRow['invoiceState'];
  invoice_ack_on: string | null;
  invoice_ack_signer: string | null;
}

/** Entries with the names they point at and how many files and forwards each has. */
export function registerQuery(db: Db): Knex.QueryBuilder {
  const files = db('document_attachments')
    .count('*')
    .where('entity', 'register')
    .whereRaw('document_attachments.entity_id = register_entries.id');
  const forwards = db('register_forwards').count('*').whereRaw('register_forwards.entry_id = register_entries.id');
  return db('register_entries')
    .leftJoin('customers', 'customers.id', 'register_entries.customer_id')
    .leftJoin('suppliers', 'suppliers.id', 'register_entries.supplier_id')
    .leftJoin('sales_orders', 'sales_orders.id', 'register_entries.order_id')
    .leftJoin('quotes', 'quotes.id', 'register_entries.quote_id')
    .leftJoin('users', 'users.id', 'register_entries.registered_by')
    .leftJoin('invoices', 'invoices.id', 'register_entries.invoice_id')
    .select(
      'register_entries.*',
      'customers.name as customer_name',
      'suppliers.name as supplier_name',
      'sales_orders.number as order_number',
      'quotes.number as quote_number',
      'users.display_name as registered_by_name',
      'invoices.delivery_state as invoice_state',
      'invoices.acknowledged_on as invoice_ack_on',
      'invoices.ack_signer as invoice_ack_signer',
      files.as('files'),
      forwards.as('forwards'),
    );
}

export const toRegisterRow = (r: RegisterDbRow): RegisterRow => ({
  id: r.id,
  number: r.number,
  kind: r.kind,
  direction: r.direction,
  date: r.date,
  counterparty: r.counterparty,
  theirRef: r.their_ref,
  subject: r.subject,
  orderNumber: r.order_number,
  files: int(r.files),
  forwards: int(r.forwards),
  registeredBy: r.registered_by_name,
  updatedAt: r.updated_at,
  invoiceId: r.invoice_id,
  invoiceState: r.invoice_state,
  invoiceAckOn: r.invoice_ack_on,
  invoiceAckSigner: r.invoice_ack_signer,
});

export async function getEntry(db: Db, id: number): Promise<RegisterDetail> {
  const r = (await registerQuery(db).where('register_entries.id', id).first()) as RegisterDbRow | undefined;
  if (!r) throw notFound('registerEntry', id);
  const forwardLog = (await db('register_forwards')
    .leftJoin('users', 'users.id', 'register_forwards.user_id')
    .where('register_forwards.entry_id', id)
    .orderBy('register_forwards.id')
    .select('register_forwards.*', 'users.display_name as user_name')) as {
    id: number;
    to_whom: string;
    via: RegisterDetail['forwardLog'][number]['via'];
    date: string;
    note: string | null;
    user_name: string | null;
  }[];
  return {
    ...toRegisterRow(r),
    customerId: r.customer_id,
    customerName: r.customer_name,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    orderId: r.order_id,
    quoteId: r.quote_id,
    quoteNumber: r.quote_number,
    archiveLocation: r.archive_location,
    summary: r.summary,
    lockVersion: r.lock_version,
    attachments: await documentFiles(db, 'register', id),
    forwardLog: forwardLog.map((f) => ({
      id: f.id,
      toWhom: f.to_whom,
      via: f.via,
      date: f.date,
      note: f.note,
      userName: f.user_name,
    })),
  };
}

/** The row's columns; the counterparty defaults to the linked customer's or supplier's name. */
export async function registerColumns(db: Db, d: RegisterData) {
  let counterparty = d.counterparty;
  if (!counterparty && d.customerId !== null)
    counterparty =
      ((await db('customers').where({ id: d.customerId }).first('name')) as { name: string } | undefined)?.name ?? null;
  if (!counterparty && d.supplierId !== null)
    counterparty =
      ((await db('suppliers').where({ id: d.supplierId }).first('name')) as { name: string } | undefined)?.name ?? null;
  return {
    kind: d.kind,
    direction: d.direction,
    date: d.date,
    customer_id: d.customerId,
    supplier_id: d.supplierId,
    counterparty: counterparty ?? '',
    their_ref: d.theirRef,
    subject: d.subject,
    order_id: d.orderId,
    quote_id: d.quoteId,
    archive_location: d.archiveLocation,
    summary: d.summary,
  };
}

/**
 * A new entry numbered from the register series; `invoiceId` ties an outgoing invoice to it, so the
 * register shows its 回执. The caller audits.
 */
export async function createEntry(
  trx: Knex.Transaction,
  d: RegisterData,
  userId: number | null,
  invoiceId: number | null = null,
): Promise<RegisterDetail> {
  const number = await nextNumber(trx, 'register', new Date(`${d.date}T12:00:00`));
  const now = nowIso();
  const [row] = (await trx('register_entries')
    .insert({
      ...(await registerColumns(trx, d)),
      number,
      invoice_id: invoiceId,
      registered_by: userId,
      lock_version: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  return getEntry(trx, row!.id);
}
