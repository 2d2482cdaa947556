import fs from 'node:fs';
import { nowIso } from '../db/rows';
import { AppError, notFound } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { attachmentPath, storeAttachmentFile } from './attachment-files';

type Channel = 'attachments.upload' | 'attachments.get';

export const MAX_ATTACHMENT_MB = 20;

interface AttachmentDbRow {
  id: number;
  sha256: string;
  filename: string;
  mime: string;
  size: number | string;
  created_at: string;
}

const toInfo = (r: AttachmentDbRow) => ({
  id: r.id,
  sha256: r.sha256,
  filename: r.filename,
  mime: r.mime,
  size: Number(r.size),
  createdAt: r.created_at,
});

export const attachmentHandlers: HandlerMap<Channel> = {
  'attachments.upload': async ({ filename, mime, dataBase64 }, ctx) => {
    const data = Buffer.from(dataBase64, 'base64');
    if (data.length > MAX_ATTACHMENT_MB * 1024 * 1024)
      throw new AppError('VALIDATION', 'errors.attachmentTooLarge', { max: MAX_ATTACHMENT_MB });
    const sha256 = storeAttachmentFile(ctx.services.attachmentDir, data);
    const [row] = (await ctx
      .db('attachments')
      .insert({ sha256, filename, mime, size: data.length, created_at: nowIso(), created_by: ctx.user?.id ?? null })
      .returning('id')) as { id: number }[];
    const info = toInfo((await ctx.db('attachments').where({ id: row!.id }).first()) as AttachmentDbRow);
    await ctx.audit({ entity: 'attachment', entityId: info.id, action: 'upload', after: info });
    return info;
  },
  'attachments.get': async ({ id }, { db, services }) => {
    const row = (await db('attachments').where({ id }).first()) as AttachmentDbRow | undefined;
    if (!row) throw notFound('attachment', id);
    const data = fs.readFileSync(attachmentPath(services.attachmentDir, row.sha256));
    return { ...toInfo(row), dataBase64: data.toString('base64') };
  },
};
