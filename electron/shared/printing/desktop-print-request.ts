import { z } from 'zod';
import { PRINT_KINDS, type DesktopPrintRequest } from './desktop-bridge';

/** A batch of 500 notes stays well under this; anything bigger is not one of our documents. */
export const MAX_PRINT_BASE64 = 64 * 1024 * 1024;

const mm = z.number().finite().min(20).max(1200);

/**
 * What the main process accepts from the page before it touches a printer: the kind, a base64 PDF, a printer name
 * (or the default), a form size in mm and 1 to 20 copies. Nothing else gets through (strict).
 */
export const desktopPrintRequest = z
  .object({
    kind: z.enum(PRINT_KINDS),
    pdfBase64: z
      .string()
      .min(8)
      .max(MAX_PRINT_BASE64)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/),
    deviceName: z.string().trim().min(1).max(256).nullable(),
    pageSize: z.object({ widthMm: mm, heightMm: mm }).strict().optional(),
    copies: z.number().int().min(1).max(20).default(1),
  })
  .strict();

// The zod schema and the bridge's plain type describe the same request: a drift is a compile error.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const REQUEST_TYPE_MATCHES: Same<DesktopPrintRequest, z.input<typeof desktopPrintRequest>> = true;
