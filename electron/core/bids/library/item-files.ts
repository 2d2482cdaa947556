import type { Knex } from 'knex';
import type { LibraryItemOut } from '../../../shared/bids/library/contract';
import { int, nowIso } from '../../db/rows';
import { AppError, notFound } from '../../rpc/errors';
import { getItem } from './item-store';

async function checkAttachment(trx: Knex.Transaction, attachmentId: number | null): Promise<void> {
  if (attachmentId === null) return;
  if (!(await trx('attachments').where({ id: attachmentId }).first())) throw notFound('attachment', attachmentId);
}

async function fileRow(trx: Knex.Transaction, fileId: number) {
  const f = (await trx('library_item_files').where({ id: fileId }).first()) as
    { id: number; item_id: number; attachment_id: number } | undefined;
  if (!f) throw notFound('libraryItemFile', fileId);
  return f;
}

/** An uploaded file (attachments.upload) joins the item's files, last. */
export async function addFile(
  trx: Knex.Transaction,
  itemId: number,
  attachmentId: number,
  role: 'main' | 'photo',
  thumbnailAttachmentId: number | null,
): Promise<LibraryItemOut> {
  await getItem(trx, itemId);
  await checkAttachment(trx, attachmentId);
  await checkAttachment(trx, thumbnailAttachmentId);
  const last = (await trx('library_item_files').where({ item_id: itemId }).max({ p: 'position' }).first()) as
    { p: number | null } | undefined;
  await trx('library_item_files').insert({
    item_id: itemId,
    attachment_id: attachmentId,
    position: int(last?.p ?? 0) + 1,
    role,
    thumbnail_attachment_id: thumbnailAttachmentId,
    created_at: nowIso(),
  });
  return getItem(trx, itemId);
}

export async function removeFile(trx: Knex.Transaction, fileId: number) {
  const f = await fileRow(trx, fileId);
  const before = await getItem(trx, int(f.item_id));
  await trx('library_item_files').where({ id: fileId }).delete();
  return { before, after: await getItem(trx, int(f.item_id)) };
}

/** The files in the order given: every file of the item, each once. */
export async function reorderFiles(trx: Knex.Transaction, itemId: number, fileIds: number[]) {
  const before = await getItem(trx, itemId);
  const have = before.files.map((f) => f.id).sort((a, b) => a - b);
  const given = [...fileIds].sort((a, b) => a - b);
  if (have.length !== given.length || have.some((v, i) => v !== given[i]))
    throw new AppError('VALIDATION', 'libraryMsg.errors.filesNotOfItem', {}, [
      { path: 'fileIds', message: 'libraryMsg.errors.filesNotOfItem' },
    ]);
  for (const [i, fileId] of fileIds.entries())
    await trx('library_item_files')
      .where({ id: fileId })
      .update({ position: i + 1 });
  return { before, after: await getItem(trx, itemId) };
}

export async function setThumbnail(trx: Knex.Transaction, fileId: number, thumbnailAttachmentId: number | null) {
  const f = await fileRow(trx, fileId);
  await checkAttachment(trx, thumbnailAttachmentId);
  await trx('library_item_files').where({ id: fileId }).update({ thumbnail_attachment_id: thumbnailAttachmentId });
  return getItem(trx, int(f.item_id));
}
