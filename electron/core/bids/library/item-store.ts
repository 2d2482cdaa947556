import type { Knex } from 'knex';
import type { z } from 'zod';
import {
  EXPIRY_WARNING_DAYS,
  type ExpiryState,
  type libraryItemInput,
  type LibraryItemOut,
  type LibraryItemRow,
} from '../../../shared/bids/library/contract';
import { addDays, daysBetween, today } from '../../dates';
import { bool, int, nowIso } from '../../db/rows';
import { updateAtLockVersion } from '../../db/lock-version';
import { notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;
type Data = z.output<typeof libraryItemInput>;

export interface ItemDbRow {
  id: number;
  kind: LibraryItemOut['kind'];
  title: string;
  issuer: string | null;
  number: string | null;
  valid_from: string | null;
  valid_to: string | null;
  brand: string | null;
  tender_id: number | null;
  case_customer: string | null;
  case_amount_fen: number | string | null;
  case_date: string | null;
  tags: string;
  notes: string | null;
  active: number | boolean;
  lock_version: number;
  updated_at: string;
}

/** Tags as stored: '|ISO|质量|', so one LIKE '%|质量|%' finds a whole tag; the same tag typed twice kept once. */
export function storedTags(tags: readonly string[]): string {
  const unique = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  return unique.length ? `|${unique.join('|')}|` : '';
}

export const readTags = (stored: string): string[] => stored.split('|').filter(Boolean);

/** Where an end date stands on `day`: long-term, expired, expiring within the warning window, or valid. */
export function expiryOf(validTo: string | null, day: string): { expiry: ExpiryState; daysLeft: number | null } {
  if (!validTo) return { expiry: 'longTerm', daysLeft: null };
  const daysLeft = daysBetween(day, validTo);
  if (daysLeft < 0) return { expiry: 'expired', daysLeft };
  return { expiry: daysLeft <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid', daysLeft };
}

/** The SQL condition of an expiry state on `day` (plain date text compares in calendar order). */
export function whereExpiry(q: Knex.QueryBuilder, state: ExpiryState, day: string): void {
  const last = addDays(day, EXPIRY_WARNING_DAYS);
  if (state === 'longTerm') q.whereNull('valid_to');
  else if (state === 'expired') q.where('valid_to', '<', day);
  else if (state === 'expiring') q.where('valid_to', '>=', day).where('valid_to', '<=', last);
  else q.where('valid_to', '>', last);
}

export function itemFields(r: ItemDbRow, day: string) {
  return {
    id: int(r.id),
    kind: r.kind,
    name: r.title,
    issuedBy: r.issuer,
    number: r.number,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    brand: r.brand,
    tenderId: r.tender_id === null ? null : int(r.tender_id),
    caseCustomer: r.case_customer,
    caseAmount: r.case_amount_fen === null ? null : int(r.case_amount_fen),
    caseDate: r.case_date,
    tags: readTags(r.tags),
    notes: r.notes,
    active: bool(r.active),
    ...expiryOf(r.valid_to, day),
    lockVersion: int(r.lock_version),
    updatedAt: r.updated_at,
  };
}

/** The list's read: each item with its first file's thumbnail and type, and how many files it has. */
export function itemRowsQuery(db: Db): Knex.QueryBuilder {
  const first = (column: string) =>
    db.raw(
      `(select f.${column} from library_item_files f where f.item_id = library_items.id order by f.position, f.id limit 1)`,
    );
  return db('library_items').select(
    'library_items.*',
    db.raw('? as first_thumb', [first('thumbnail_attachment_id')]),
    db.raw('(select a.mime from attachments a where a.id = ?) as first_mime', [first('attachment_id')]),
    db.raw('(select count(*) from library_item_files f where f.item_id = library_items.id) as file_count'),
  );
}

export function toItemRow(r: ItemDbRow & Record<string, unknown>, day: string): LibraryItemRow {
  return {
    ...itemFields(r, day),
    thumbnailAttachmentId: r.first_thumb === null || r.first_thumb === undefined ? null : int(r.first_thumb),
    firstMime: (r.first_mime as string | null | undefined) ?? null,
    fileCount: int(r.file_count),
  };
}

export async function getItem(db: Db, id: number): Promise<LibraryItemOut> {
  const r = (await db('library_items').where({ id }).first()) as ItemDbRow | undefined;
  if (!r) throw notFound('libraryItem', id);
  const files = (await db('library_item_files as f')
    .join('attachments as a', 'a.id', 'f.attachment_id')
    .where('f.item_id', id)
    .orderBy([
      { column: 'f.position', order: 'asc' },
      { column: 'f.id', order: 'asc' },
    ])
    .select('f.id', 'f.attachment_id', 'f.role', 'f.thumbnail_attachment_id', 'a.filename', 'a.mime', 'a.size')) as {
    id: number;
    attachment_id: number;
    role: 'main' | 'photo';
    thumbnail_attachment_id: number | null;
    filename: string;
    mime: string;
    size: number | string;
  }[];
  return {
    ...itemFields(r, today()),
    files: files.map((f) => ({
      id: int(f.id),
      attachmentId: int(f.attachment_id),
      filename: f.filename,
      mime: f.mime,
      size: int(f.size),
      fileRole: f.role,
      thumbnailAttachmentId: f.thumbnail_attachment_id === null ? null : int(f.thumbnail_attachment_id),
    })),
  };
}

async function checkTender(db: Db, tenderId: number | null): Promise<void> {
  if (tenderId === null) return;
  if (!(await db('tenders').where({ id: tenderId }).first())) throw notFound('tender', tenderId);
}

const itemColumns = (d: Data) => ({
  kind: d.kind,
  title: d.name,
  issuer: d.issuedBy,
  number: d.number,
  valid_from: d.validFrom,
  valid_to: d.validTo,
  brand: d.brand,
  tender_id: d.tenderId,
  case_customer: d.caseCustomer,
  case_amount_fen: d.caseAmount,
  case_date: d.caseDate,
  tags: storedTags(d.tags),
  notes: d.notes,
  updated_at: nowIso(),
});

export async function createItem(trx: Knex.Transaction, d: Data, createdBy: number | null): Promise<LibraryItemOut> {
  await checkTender(trx, d.tenderId);
  const [row] = (await trx('library_items')
    .insert({ ...itemColumns(d), active: true, lock_version: 1, created_by: createdBy, created_at: nowIso() })
    .returning('id')) as { id: number }[];
  return getItem(trx, int(row!.id));
}

export async function updateItem(trx: Knex.Transaction, id: number, lockVersion: number, d: Data) {
  await getItem(trx, id);
  await checkTender(trx, d.tenderId);
  await updateAtLockVersion(trx, 'library_items', 'libraryItem', id, lockVersion, itemColumns(d));
  return getItem(trx, id);
}

export async function deactivateItem(trx: Knex.Transaction, id: number, lockVersion: number) {
  await getItem(trx, id);
  await updateAtLockVersion(trx, 'library_items', 'libraryItem', id, lockVersion, { active: false });
  return getItem(trx, id);
}
