import type { Knex } from 'knex';
import type { DocumentFile } from '../../shared/attachments/contract';
import { assertExists } from '../db/references';
import { nowIso } from '../db/rows';

type Db = Knex | Knex.Transaction;

/** The files attached to one document (an inquiry's drawing, a register entry's scan, a signed receipt), oldest first. */
export async function documentFiles(db: Db, entity: string, entityId: number): Promise<DocumentFile[]> {
  const rows = (await db('document_attachments')
    .join('attachments', 'attachments.id', 'document_attachments.attachment_id')
    .where({ entity, entity_id: entityId })
    .orderBy('document_attachments.id')
    .select('attachments.id', 'attachments.filename', 'attachments.mime', 'document_attachments.label')) as {
    id: number;
    filename: string;
    mime: string;
    label: string | null;
  }[];
  return rows.map((a) => ({ attachmentId: a.id, filename: a.filename, mime: a.mime, label: a.label }));
}

/** The files attached to each of several documents of one kind (a batch print), oldest first, in one query. */
export async function documentFilesOf(
  db: Db,
  entity: string,
  entityIds: number[],
): Promise<Map<number, DocumentFile[]>> {
  const rows = (await db('document_attachments')
    .join('attachments', 'attachments.id', 'document_attachments.attachment_id')
    .where({ entity })
    .whereIn('entity_id', entityIds)
    .orderBy('document_attachments.id')
    .select(
      'document_attachments.entity_id',
      'attachments.id',
      'attachments.filename',
      'attachments.mime',
      'document_attachments.label',
    )) as { entity_id: number; id: number; filename: string; mime: string; label: string | null }[];
  const files = new Map<number, DocumentFile[]>();
  for (const a of rows) {
    const file = { attachmentId: a.id, filename: a.filename, mime: a.mime, label: a.label };
    files.set(a.entity_id, [...(files.get(a.entity_id) ?? []), file]);
  }
  return files;
}

/** Links an uploaded file to a document; the caller audits and bumps the document. */
export async function attachToDocument(
  trx: Knex.Transaction,
  entity: string,
  entityId: number,
  attachmentId: number,
  label: string | null,
): Promise<void> {
  await assertExists(trx, 'attachments', 'attachment', attachmentId);
  await trx('document_attachments').insert({
    entity,
    entity_id: entityId,
    attachment_id: attachmentId,
    label,
    created_at: nowIso(),
  });
}
