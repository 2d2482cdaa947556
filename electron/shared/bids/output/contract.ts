import { z } from 'zod';
import { query } from '../../rpc/channel';
import { id } from '../../rpc/fields';

/** Which printing of the package: the 正本, or one of the 副本 (副本一, 副本二 … up to the tender's copies count). */
export const BID_EDITIONS = ['original', 'copy'] as const;
export type BidEdition = (typeof BID_EDITIONS)[number];

/** A client-made id to ask after a running build's progress with. */
const jobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'bidOutputMsg.validation.jobId' });

export const bidOutputChannels = {
  /**
   * The package as one merged PDF for one edition: generated sections through the document engine, library files
   * merged, contents with the real page numbers, a bookmark per section, 第 N 页 on every page but the cover and the
   * package's watermark. Files that cannot go into a PDF (videos, unknown types) are named in `skipped`.
   */
  'bids.output.build': query(
    'bids.read',
    z.object({
      packageId: id,
      edition: z.enum(BID_EDITIONS),
      /** For a copy: which one (1 = 副本一); at most the tender's copies count. */
      copyNo: z.number().int().min(1).max(20).nullish(),
      jobId,
    }),
    z.object({
      filename: z.string(),
      dataBase64: z.string(),
      pages: z.number().int(),
      skipped: z.array(z.string()),
    }),
  ),
  /** How far a running build has got: step of total, and what it is doing now. */
  'bids.output.progress': query(
    'bids.read',
    z.object({ jobId }),
    z.object({ step: z.number().int(), total: z.number().int(), label: z.string(), running: z.boolean() }),
  ),
};
