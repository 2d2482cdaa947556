import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { binaryFile, id } from '../rpc/fields';

/** Scans, photos, PDFs and office files; nothing a viewer would run. */
export const ATTACHMENT_MIME = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/tiff',
  'application/pdf',
  /** OFD, the national fixed-layout format 数电 invoices come in beside PDF. */
  'application/ofd',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  /** Videos of the company and its products for the 资料库 (within the same 20 MB). */
  'video/mp4',
] as const;

export const attachmentInfo = z.object({
  id,
  sha256: z.string(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type AttachmentInfo = z.output<typeof attachmentInfo>;

/** A file as a document lists it. */
export const documentFile = z.object({
  attachmentId: id,
  filename: z.string(),
  mime: z.string(),
  label: z.string().nullable(),
});
export type DocumentFile = z.output<typeof documentFile>;

export const attachmentChannels = {
  'attachments.upload': mutation(
    'attachments.write',
    binaryFile.extend({ mime: z.enum(ATTACHMENT_MIME) }),
    attachmentInfo,
  ),
  'attachments.get': query('session', z.object({ id }), attachmentInfo.extend({ dataBase64: z.string() })),
};
