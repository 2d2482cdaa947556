import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { pdfPageSizes } from '../core/docs/pdf-files';
import {
  IPC_PRINT_CHANNEL,
  IPC_PRINTERS_CHANNEL,
  type DesktopResult,
  type PrintedJob,
  type PrinterInfo,
} from '../shared/printing/desktop-bridge';
import { desktopPrintRequest } from '../shared/printing/desktop-print-request';

/**
 * The desktop printing bridge's main-process side, kept free of Electron values so it runs in the unit tests: the
 * request is checked here, the printing itself is a PrintDevice (electron-printer.ts in the app, a fake in tests).
 */
export interface PrintDevice {
  printers(): Promise<PrinterInfo[]>;
  print(pdf: Uint8Array, job: SilentPrintJob): Promise<void>;
}

/** One job as webContents.print takes it: sizes in microns. */
export interface SilentPrintJob {
  /** undefined: the PC's default printer. */
  deviceName: string | undefined;
  pageSize: { width: number; height: number };
  landscape: boolean;
  copies: number;
}

/** The printer (or its driver) said no: its own words, for the log and the message's detail. */
export class PrintRefused extends Error {
  constructor(readonly reason: string) {
    super(`print refused: ${reason}`);
    this.name = 'PrintRefused';
  }
}

const A4: [number, number] = [210, 297];

/**
 * The paper to set on the printer for a page: continuous forms as they are (241 wide, 93 long, the printer's own
 * form); a landscape A4 page on portrait A4 paper, turned, as cut sheets lie in a laser printer.
 */
export function printerPage(widthMm: number, heightMm: number): Pick<SilentPrintJob, 'pageSize' | 'landscape'> {
  const microns = (mm: number) => Math.round(mm * 1000);
  if (widthMm === A4[1] && heightMm === A4[0])
    return { pageSize: { width: microns(A4[0]), height: microns(A4[1]) }, landscape: true };
  return { pageSize: { width: microns(widthMm), height: microns(heightMm) }, landscape: false };
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

function refused(err: unknown): DesktopResult<never> {
  const reason = err instanceof PrintRefused ? err.reason : err instanceof Error ? err.message : String(err);
  console.error('[neiqin] printing failed:', reason);
  return { ok: false, error: { code: 'FAILED', detail: reason } };
}

export function desktopPrintHandlers(device: PrintDevice) {
  // One job at a time: a batch clicked twice prints twice, in order, not interleaved on the forms.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async printers(): Promise<DesktopResult<PrinterInfo[]>> {
      try {
        return { ok: true, value: await device.printers() };
      } catch (err) {
        return refused(err);
      }
    },

    async print(raw: unknown): Promise<DesktopResult<PrintedJob>> {
      const parsed = desktopPrintRequest.safeParse(raw);
      if (!parsed.success)
        return {
          ok: false,
          error: { code: 'INVALID', detail: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ') },
        };
      const request = parsed.data;
      const pdf = new Uint8Array(Buffer.from(request.pdfBase64, 'base64'));
      let pages: { widthMm: number; heightMm: number }[];
      try {
        pages = isPdf(pdf) ? await pdfPageSizes(pdf) : [];
      } catch {
        pages = [];
      }
      if (pages.length === 0) return { ok: false, error: { code: 'INVALID', detail: 'pdfBase64' } };
      if (request.deviceName !== null) {
        const known = await device.printers().catch(() => []);
        if (!known.some((p) => p.name === request.deviceName))
          return { ok: false, error: { code: 'NO_PRINTER', detail: request.deviceName } };
      }
      const { widthMm, heightMm } = request.pageSize ?? pages[0]!;
      try {
        await inTurn(() =>
          device.print(pdf, {
            deviceName: request.deviceName ?? undefined,
            ...printerPage(widthMm, heightMm),
            copies: request.copies,
          }),
        );
      } catch (err) {
        return refused(err);
      }
      return { ok: true, value: { deviceName: request.deviceName, pages: pages.length, widthMm, heightMm } };
    },
  };
}

const FORBIDDEN: DesktopResult<never> = { ok: false, error: { code: 'FORBIDDEN' } };

/**
 * Binds the bridge to ipcMain. Every call is checked for its sender first (`trusted`: our own window's top frame
 * showing our own page); anything else is answered FORBIDDEN before its input is even looked at.
 */
export function bindDesktopPrinting(
  ipc: Pick<IpcMain, 'handle'>,
  trusted: (event: IpcMainInvokeEvent) => boolean,
  device: PrintDevice,
): void {
  const handlers = desktopPrintHandlers(device);
  ipc.handle(IPC_PRINTERS_CHANNEL, (event) => (trusted(event) ? handlers.printers() : FORBIDDEN));
  ipc.handle(IPC_PRINT_CHANNEL, (event, raw: unknown) => (trusted(event) ? handlers.print(raw) : FORBIDDEN));
}
