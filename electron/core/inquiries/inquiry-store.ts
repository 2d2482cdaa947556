import { documentFiles } from '../attachments/document-files';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { InquiryDetail, InquiryRow, inquiryInput } from '../../shared/inquiries/contract';
import { notFound } from '../rpc/errors';
import { nowIso } from '../db/rows';

type Db = Knex | Knex.Transaction;
export type InquiryData = z.output<typeof inquiryInput>;

export interface InquiryDbRow {
  id: number;
  number: string;
  customer_id: number;
  customer_name: string;
  contact_name: string | null;
  contact_phone: string | null;
  date: string;
  channel: InquiryRow['channel'];
  requirement: string;
  items: string | null;
  due_date: string | null;
  owner_name: string | null;
  status: InquiryRow['status'];
  notes: string | null;
  lock_version: number;
  updated_at: string;
}

export function inquiryQuery(db: Db): Knex.QueryBuilder {
  return db('inquiries')
    .join('customers', 'customers.id', 'inquiries.customer_id')
    .leftJoin('users', 'users.id', 'inquiries.owner_id')
    .select('inquiries.*', 'customers.name as customer_name', 'users.display_name as owner_name');
}

export const toInquiryRow = (r: InquiryDbRow): InquiryRow => ({
  id: r.id,
  number: r.number,
  customerId: r.customer_id,
  customerName: r.customer_name,
  date: r.date,
  channel: r.channel,
  requirement: r.requirement,
  dueDate: r.due_date,
  owner: r.owner_name,
  status: r.status,
  updatedAt: r.updated_at,
});

export async function getInquiry(db: Db, id: number): Promise<InquiryDetail> {
  const r = (await inquiryQuery(db).where('inquiries.id', id).first()) as InquiryDbRow | undefined;
  if (!r) throw notFound('inquiry', id);
  const attachments = await documentFiles(db, 'inquiry', id);
  const quotes = (await db('quotes')
    .where({ inquiry_id: id })
    .orderBy([{ column: 'number' }, { column: 'version' }])
    .select('id', 'number', 'version', 'status')) as { id: number; number: string; version: number; status: string }[];
  return {
    ...toInquiryRow(r),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    items: r.items,
    notes: r.notes,
    lockVersion: r.lock_version,
    attachments,
    quotes,
  };
}

export function inquiryColumns(d: InquiryData) {
  return {
    customer_id: d.customerId,
    contact_name: d.contactName,
    contact_phone: d.contactPhone,
    date: d.date,
    channel: d.channel,
    requirement: d.requirement,
    items: d.items,
    due_date: d.dueDate,
    notes: d.notes,
  };
}

/** A quote started from an inquiry moves it on; a quote sent marks it quoted. Never backwards. */
export async function advanceInquiry(
  trx: Knex.Transaction,
  inquiryId: number | null,
  to: 'quoting' | 'quoted',
): Promise<void> {
  if (inquiryId === null) return;
  const from = to === 'quoting' ? ['new'] : ['new', 'quoting'];
  await trx('inquiries').where({ id: inquiryId }).whereIn('status', from).update({ status: to, updated_at: nowIso() });
}
