import fs from 'node:fs';
import type { Knex } from 'knex';
import { attachmentPath } from '../attachments/attachment-files';
import type { CoreServices } from '../services';

/** An attachment (a logo, a seal) as a data: URL a template can embed, or null when it is missing. */
export async function imageDataUrl(db: Knex, services: CoreServices, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const row = (await db('attachments').where({ id }).first('sha256', 'mime')) as
    { sha256: string; mime: string } | undefined;
  if (!row) return null;
  const file = attachmentPath(services.attachmentDir, row.sha256);
  return fs.existsSync(file) ? `data:${row.mime};base64,${fs.readFileSync(file).toString('base64')}` : null;
}

/** The logo and seal a letterhead names (live or as issued), ready to embed. */
export async function letterheadImages(
  db: Knex,
  services: CoreServices,
  letterhead: { logoAttachmentId: number | null; sealAttachmentId: number | null },
): Promise<{ logo: string | null; seal: string | null }> {
  return {
    logo: await imageDataUrl(db, services, letterhead.logoAttachmentId),
    seal: await imageDataUrl(db, services, letterhead.sealAttachmentId),
  };
}
