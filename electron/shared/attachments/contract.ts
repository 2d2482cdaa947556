import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { binaryFile, id } from '../rpc/fields';

export const ATTACHMENT_MIME = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;

export const attachmentInfo = z.object({
  id,
  sha256: z.string(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type AttachmentInfo = z.output<typeof attachmentInfo>;

export const attachmentChannels = {
  'attachments.upload': mutation('attachments.write', binaryFile.extend({ mime: z.enum(ATTACHMENT_MIME) }), attachmentInfo),
  'attachments.get': query('session', z.object({ id }), attachmentInfo.extend({ dataBase64: z.string() })),
};
