/**
 * The desktop app's printing bridge, `window.neiqinDesktop`: present only in the Electron window (the preload puts it
 * there), absent in browser mode, so the renderer's capability check is whether it exists. No zod here: the sandboxed
 * preload imports this file and can load nothing from node_modules.
 */

/** The documents Neiqin prints; each can go to its own printer on each PC. */
export const PRINT_KINDS = [
  'quote',
  'contract',
  'deliveryNotice',
  'deliveryNote',
  'returnNote',
  'runSheet',
  'consignmentNote',
  'statement',
  'freightStatement',
  'dailyReport',
] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export const IPC_PRINTERS_CHANNEL = 'neiqin:printers';
export const IPC_PRINT_CHANNEL = 'neiqin:print';

/** A printer as this PC's operating system knows it. */
export interface PrinterInfo {
  /** The system name webContents.print needs as deviceName. */
  name: string;
  /** What people read (the name in the system's printer list). */
  displayName: string;
  description: string;
}

/** One silent print job: the PDF the core rendered, to one printer, on its own paper size. */
export interface DesktopPrintRequest {
  kind: PrintKind;
  pdfBase64: string;
  /** The system printer name; null prints on the PC's default printer. */
  deviceName: string | null;
  /** The form size to set on the printer; the PDF's own first page when left out. */
  pageSize?: { widthMm: number; heightMm: number };
  copies?: number;
}

export const DESKTOP_PRINT_ERRORS = ['FORBIDDEN', 'INVALID', 'NO_PRINTER', 'FAILED'] as const;
export type DesktopPrintErrorCode = (typeof DESKTOP_PRINT_ERRORS)[number];

/** Every bridge call answers with this: the renderer words the error itself, in the user's language. */
export type DesktopResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: DesktopPrintErrorCode; detail?: string } };

export interface PrintedJob {
  deviceName: string | null;
  pages: number;
  widthMm: number;
  heightMm: number;
}

export interface NeiqinDesktop {
  printers(): Promise<DesktopResult<PrinterInfo[]>>;
  print(request: DesktopPrintRequest): Promise<DesktopResult<PrintedJob>>;
}
