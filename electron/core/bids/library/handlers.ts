import type { LibraryItemOut } from '../../../shared/bids/library/contract';
import { addDays, today } from '../../dates';
import { contains, pageQuery } from '../../db/list-query';
import type { HandlerMap } from '../../rpc/handler';
import { addFile, removeFile, reorderFiles, setThumbnail } from './item-files';
import {
  createItem,
  deactivateItem,
  getItem,
  itemRowsQuery,
  readTags,
  toItemRow,
  updateItem,
  whereExpiry,
  type ItemDbRow,
} from './item-store';

type Channel =
  | 'bids.library.list'
  | 'bids.library.get'
  | 'bids.library.create'
  | 'bids.library.update'
  | 'bids.library.deactivate'
  | 'bids.library.addFile'
  | 'bids.library.removeFile'
  | 'bids.library.reorderFiles'
  | 'bids.library.setThumbnail'
  | 'bids.library.expiring'
  | 'bids.library.tags';

/** What an item's history keeps: its own fields (today's expiry state is not a change anyone made). */
const snapshot = ({ expiry: _e, daysLeft: _d, files: _f, ...rest }: LibraryItemOut) => rest;
const fileNames = (item: LibraryItemOut) => item.files.map((f) => f.filename);

/** 资料库: certificates, authorisations, reports and past cases with their files. */
export const libraryHandlers: HandlerMap<Channel> = {
  'bids.library.list': async (input, { db }) => {
    const day = today();
    const base = db('library_items').select('id');
    const f = input.filters;
    base.where({ active: f.active ?? true });
    if (f.kind) base.where({ kind: f.kind });
    if (f.tag) base.whereRaw(...contains('tags', `|${f.tag.replace(/\|/g, '')}|`));
    if (f.expiry) whereExpiry(base, f.expiry, day);
    const term = input.q?.trim();
    if (term)
      base.where((w) => {
        for (const c of ['title', 'issuer', 'number', 'brand', 'tags', 'case_customer'])
          w.orWhereRaw(...contains(c, term));
      });
    return pageQuery(
      base,
      { ...input, q: undefined },
      {
        sortColumns: { name: 'title', kind: 'kind', validTo: 'valid_to', updatedAt: 'updated_at' },
        defaultSort: { column: 'updated_at', dir: 'desc' },
        idColumn: 'id',
        read: itemRowsQuery(db),
      },
      (r: ItemDbRow & Record<string, unknown>) => toItemRow(r, day),
    );
  },
  'bids.library.get': async ({ id }, { db }) => getItem(db, id),
  'bids.library.create': async (data, ctx) => {
    const created = await createItem(ctx.tx(), data, ctx.user?.id ?? null);
    await ctx.audit({ entity: 'libraryItem', entityId: created.id, action: 'create', after: snapshot(created) });
    return created;
  },
  'bids.library.update': async ({ id, lockVersion, data }, ctx) => {
    const before = await getItem(ctx.tx(), id);
    const after = await updateItem(ctx.tx(), id, lockVersion, data);
    await ctx.audit({
      entity: 'libraryItem',
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  },
  'bids.library.deactivate': async ({ id, lockVersion }, ctx) => {
    const after = await deactivateItem(ctx.tx(), id, lockVersion);
    await ctx.audit({
      entity: 'libraryItem',
      entityId: id,
      action: 'deactivate',
      before: { active: true },
      after: { active: false },
    });
    return after;
  },
  'bids.library.addFile': async ({ libraryItemId: itemId, attachmentId, fileRole, thumbnailAttachmentId }, ctx) => {
    const after = await addFile(ctx.tx(), itemId, attachmentId, fileRole, thumbnailAttachmentId);
    const added = after.files[after.files.length - 1]!;
    await ctx.audit({
      entity: 'libraryItem',
      entityId: itemId,
      action: 'addFile',
      after: { filename: added.filename, fileRole: added.fileRole },
    });
    return after;
  },
  'bids.library.removeFile': async ({ fileId }, ctx) => {
    const { before, after } = await removeFile(ctx.tx(), fileId);
    const gone = before.files.find((f) => f.id === fileId)!;
    await ctx.audit({
      entity: 'libraryItem',
      entityId: after.id,
      action: 'removeFile',
      before: { filename: gone.filename, fileRole: gone.fileRole },
      after: null,
    });
    return after;
  },
  'bids.library.reorderFiles': async ({ libraryItemId: itemId, fileIds }, ctx) => {
    const { before, after } = await reorderFiles(ctx.tx(), itemId, fileIds);
    await ctx.audit({
      entity: 'libraryItem',
      entityId: itemId,
      action: 'reorderFiles',
      before: { files: fileNames(before) },
      after: { files: fileNames(after) },
    });
    return after;
  },
  'bids.library.setThumbnail': async ({ fileId, thumbnailAttachmentId }, ctx) => {
    const after = await setThumbnail(ctx.tx(), fileId, thumbnailAttachmentId);
    const file = after.files.find((f) => f.id === fileId)!;
    await ctx.audit({
      entity: 'libraryItem',
      entityId: after.id,
      action: 'setThumbnail',
      after: { filename: file.filename },
    });
    return after;
  },
  'bids.library.expiring': async ({ days }, { db }) => {
    const day = today();
    const rows = (await itemRowsQuery(db)
      .where({ active: true })
      .whereNotNull('valid_to')
      .where('valid_to', '<=', addDays(day, days))
      .orderBy([
        { column: 'valid_to', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])) as (ItemDbRow & Record<string, unknown>)[];
    return rows.map((r) => toItemRow(r, day));
  },
  'bids.library.tags': async (_input, { db }) => {
    const rows = (await db('library_items').where({ active: true }).whereNot('tags', '').distinct('tags')) as {
      tags: string;
    }[];
    return [...new Set(rows.flatMap((r) => readTags(r.tags)))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  },
};
