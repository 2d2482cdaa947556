import type { Knex } from 'knex';
import { z } from 'zod';
import { quoteFormatOut, type QuoteFormat } from '../../shared/quotes/contract';
import { nowIso } from '../db/rows';
import { notFound } from '../rpc/errors';
import { readCompany } from '../settings/company';

type Db = Knex | Knex.Transaction;

/**
 * What an issued document prints as it was when issued: the customer with its tax data, the contact, the company
 * letterhead (logo and seal by attachment id: attachments are stored by content and never replaced, so a new seal
 * is a new id and an old print keeps the old one), a quote's format and an order's change number. One JSON column,
 * `issued_snapshot`, on each document table; written here only. A document without one (a draft) prints live.
 */
export const ISSUED_TABLES = {
  quote: 'quotes',
  order: 'sales_orders',
  note: 'delivery_notes',
  consignment: 'consignments',
  return: 'delivery_returns',
} as const;
export type IssuedKind = keyof typeof ISSUED_TABLES;

const maybe = z.string().nullable().default(null);

export const letterheadSnapshot = z.object({
  name: maybe,
  taxId: maybe,
  address: maybe,
  phone: maybe,
  bankName: maybe,
  bankAccount: maybe,
  logoAttachmentId: z.number().int().nullable().default(null),
  sealAttachmentId: z.number().int().nullable().default(null),
});

export const customerSnapshot = z.object({
  id: z.number().int(),
  name: z.string(),
  taxId: maybe,
  invoiceTitle: maybe,
  invoiceAddressPhone: maybe,
  invoiceBankAccount: maybe,
  /** The customer's default address (the contract's buyer address when the invoice data has none). */
  address: maybe,
  phone: maybe,
});
export type CustomerSnapshot = z.output<typeof customerSnapshot>;

export const contactSnapshot = z.object({ name: maybe, phone: maybe, email: maybe, address: maybe });
export type ContactSnapshot = z.output<typeof contactSnapshot>;

export const issuedSnapshot = z.object({
  v: z.literal(1),
  issuedAt: z.string(),
  /** Made by migration 0014 from the data of that day, for a document issued before snapshots existed. */
  backfilled: z.boolean().default(false),
  company: letterheadSnapshot,
  customer: customerSnapshot.nullable(),
  contact: contactSnapshot.nullable(),
  /** A quote's format. */
  format: quoteFormatOut.nullable().default(null),
  /** An order's change (变更) number: 0 for the order as first confirmed. */
  changeNo: z.number().int().min(0).default(0),
  /** A consignment's notes and their customers as booked. */
  notes: z.array(z.object({ id: z.number().int(), number: z.string(), customerName: z.string() })).default([]),
});
export type IssuedSnapshot = z.output<typeof issuedSnapshot>;

/** The customer as its documents name it today. */
export async function customerAsNow(db: Db, customerId: number): Promise<CustomerSnapshot> {
  const r = (await db('customers').where({ id: customerId }).first()) as
    | {
        name: string;
        tax_id: string | null;
        invoice_title: string | null;
        invoice_address_phone: string | null;
        invoice_bank_account: string | null;
        primary_phone: string | null;
      }
    | undefined;
  if (!r) throw notFound('customer', customerId);
  const address = (await db('customer_addresses')
    .where({ customer_id: customerId })
    .orderBy([{ column: 'is_default', order: 'desc' }, 'position', 'id'])
    .first('address')) as { address: string } | undefined;
  return {
    id: customerId,
    name: r.name,
    taxId: r.tax_id,
    invoiceTitle: r.invoice_title,
    invoiceAddressPhone: r.invoice_address_phone,
    invoiceBankAccount: r.invoice_bank_account,
    address: address?.address ?? null,
    phone: r.primary_phone,
  };
}

/** A snapshot of today's company letterhead and this customer: what a document issued now would keep. */
export async function snapshotNow(
  db: Db,
  parts: {
    customerId: number | null;
    contact: ContactSnapshot | null;
    format?: (QuoteFormat & { id: number }) | null;
    changeNo?: number;
    notes?: IssuedSnapshot['notes'];
  },
): Promise<IssuedSnapshot> {
  return {
    v: 1,
    issuedAt: nowIso(),
    backfilled: false,
    company: letterheadSnapshot.parse(await readCompany(db)),
    customer: parts.customerId === null ? null : await customerAsNow(db, parts.customerId),
    contact: parts.contact,
    format: parts.format ?? null,
    changeNo: parts.changeNo ?? 0,
    notes: parts.notes ?? [],
  };
}

/** The snapshots of these documents that have one. */
export async function readSnapshots(db: Db, kind: IssuedKind, ids: number[]): Promise<Map<number, IssuedSnapshot>> {
  const rows = (await db(ISSUED_TABLES[kind])
    .whereIn('id', Array.from(new Set(ids)))
    .whereNotNull('issued_snapshot')
    .select('id', 'issued_snapshot')) as { id: number; issued_snapshot: string }[];
  return new Map(rows.map((r) => [r.id, issuedSnapshot.parse(JSON.parse(r.issued_snapshot))]));
}

export async function readSnapshot(db: Db, kind: IssuedKind, id: number): Promise<IssuedSnapshot | null> {
  return (await readSnapshots(db, kind, [id])).get(id) ?? null;
}

/**
 * Stores a document's snapshot. Issuing keeps the first one (`replace` false: a reprint, a resend, a later move
 * change nothing); an order change replaces it, as the changed confirmation is a new issue.
 */
export async function writeSnapshot(
  trx: Knex.Transaction,
  kind: IssuedKind,
  id: number,
  snapshot: IssuedSnapshot,
  { replace = false } = {},
): Promise<void> {
  const update = trx(ISSUED_TABLES[kind]).where({ id });
  if (!replace) update.whereNull('issued_snapshot');
  await update.update({ issued_snapshot: JSON.stringify(issuedSnapshot.parse(snapshot)) });
}

/** A quote as sent: its customer, contact and the format it went out in. */
export async function quoteSnapshotNow(db: Db, quoteId: number, format: QuoteFormat & { id: number }) {
  const q = (await db('quotes').where({ id: quoteId }).first()) as
    | {
        customer_id: number;
        contact_name: string | null;
        contact_phone: string | null;
        contact_email: string | null;
        contact_address: string | null;
      }
    | undefined;
  if (!q) throw notFound('quote', quoteId);
  return snapshotNow(db, {
    customerId: q.customer_id,
    contact: { name: q.contact_name, phone: q.contact_phone, email: q.contact_email, address: q.contact_address },
    format,
  });
}

/** An order as confirmed (or changed): buyer, contact and delivery address, letterhead, change number. */
export async function orderSnapshotNow(db: Db, orderId: number): Promise<IssuedSnapshot> {
  const o = (await db('sales_orders').where({ id: orderId }).first()) as
    | {
        customer_id: number;
        contact_name: string | null;
        contact_phone: string | null;
        delivery_address: string | null;
        /** Written by order changes (变更), where the column exists. */
        change_no?: number | string | null;
      }
    | undefined;
  if (!o) throw notFound('order', orderId);
  return snapshotNow(db, {
    customerId: o.customer_id,
    contact: { name: o.contact_name, phone: o.contact_phone, email: null, address: o.delivery_address },
    changeNo: Number(o.change_no ?? 0),
  });
}

/**
 * Freezes an order's contract as it stands now: call when the order is confirmed (made from a won quote it is
 * confirmed at once) and again after each change (变更), which replaces the snapshot.
 */
export async function freezeOrder(trx: Knex.Transaction, orderId: number): Promise<void> {
  await writeSnapshot(trx, 'order', orderId, await orderSnapshotNow(trx, orderId), { replace: true });
}

/** Delivery notes as they would be issued now, for those given (a batch reads the letterhead and each customer once). */
export async function noteSnapshotsNow(db: Db, ids: number[]): Promise<Map<number, IssuedSnapshot>> {
  const out = new Map<number, IssuedSnapshot>();
  if (!ids.length) return out;
  const rows = (await db('delivery_notes')
    .whereIn('id', Array.from(new Set(ids)))
    .select('id', 'customer_id', 'contact_name', 'contact_phone', 'delivery_address')) as {
    id: number;
    customer_id: number;
    contact_name: string | null;
    contact_phone: string | null;
    delivery_address: string | null;
  }[];
  const base = await snapshotNow(db, { customerId: null, contact: null });
  const customers = new Map<number, CustomerSnapshot>();
  for (const n of rows) {
    const customer = customers.get(n.customer_id) ?? (await customerAsNow(db, n.customer_id));
    customers.set(n.customer_id, customer);
    const contact = { name: n.contact_name, phone: n.contact_phone, email: null, address: n.delivery_address };
    out.set(n.id, { ...base, customer, contact });
  }
  return out;
}

/** Freezes the notes that have no snapshot yet (first print, loading, cancelling). */
export async function freezeNotes(trx: Knex.Transaction, ids: number[]): Promise<void> {
  const frozen = await readSnapshots(trx, 'note', ids);
  const fresh = await noteSnapshotsNow(
    trx,
    ids.filter((id) => !frozen.has(id)),
  );
  for (const [id, snapshot] of fresh) await writeSnapshot(trx, 'note', id, snapshot);
}

/** A return as made: the note's customer and contact. */
export async function returnSnapshotNow(db: Db, returnId: number): Promise<IssuedSnapshot> {
  const r = (await db('delivery_returns')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_returns.note_id')
    .where('delivery_returns.id', returnId)
    .first(
      'delivery_returns.customer_id',
      'delivery_notes.contact_name',
      'delivery_notes.contact_phone',
      'delivery_notes.delivery_address',
    )) as
    | {
        customer_id: number;
        contact_name: string | null;
        contact_phone: string | null;
        delivery_address: string | null;
      }
    | undefined;
  if (!r) throw notFound('deliveryReturn', returnId);
  return snapshotNow(db, {
    customerId: r.customer_id,
    contact: { name: r.contact_name, phone: r.contact_phone, email: null, address: r.delivery_address },
  });
}

/** A consignment as booked: the consignee, our letterhead as shipper, the notes it carries and their customers. */
export async function consignmentSnapshotNow(db: Db, consignmentId: number): Promise<IssuedSnapshot> {
  const c = (await db('consignments').where({ id: consignmentId }).first()) as
    { consignee_name: string; consignee_phone: string | null; consignee_address: string | null } | undefined;
  if (!c) throw notFound('consignment', consignmentId);
  const notes = (await db('delivery_notes')
    .join('customers', 'customers.id', 'delivery_notes.customer_id')
    .where('delivery_notes.consignment_id', consignmentId)
    .orderBy('delivery_notes.id')
    .select('delivery_notes.id', 'delivery_notes.number', 'customers.name')) as {
    id: number;
    number: string;
    name: string;
  }[];
  return snapshotNow(db, {
    customerId: null,
    contact: { name: c.consignee_name, phone: c.consignee_phone, email: null, address: c.consignee_address },
    notes: notes.map((n) => ({ id: n.id, number: n.number, customerName: n.name })),
  });
}
