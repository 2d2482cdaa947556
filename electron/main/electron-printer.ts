import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, type WebContents } from 'electron';
import type { PrinterInfo } from '../shared/printing/desktop-bridge';
import { PrintRefused, type PrintDevice, type SilentPrintJob } from './desktop-print';

/** The PDF viewer's frames have loaded once none has finished loading for this long… */
const VIEWER_QUIET_MS = 400;
/** …or after this long in all: the job is sent anyway, and the printer says whether it took it. */
const VIEWER_WAIT_MS = 5_000;

/**
 * Watches a window for Chromium's out-of-process PDF viewer: `loaded` resolves once its frames have loaded (or
 * after VIEWER_WAIT_MS); `stop` lets go of the window's events before it is destroyed.
 */
function watchViewer(contents: WebContents): { loaded: Promise<void>; stop(): void } {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let cap: ReturnType<typeof setTimeout> | undefined;
  let finish = () => {};
  const onFrame = (_event: unknown, isMainFrame: boolean) => {
    if (isMainFrame) return;
    clearTimeout(quiet);
    quiet = setTimeout(finish, VIEWER_QUIET_MS);
  };
  const stop = () => {
    clearTimeout(cap);
    clearTimeout(quiet);
    contents.off('did-frame-finish-load', onFrame);
  };
  const loaded = new Promise<void>((resolve) => {
    finish = () => {
      stop();
      resolve();
    };
    cap = setTimeout(finish, VIEWER_WAIT_MS);
    contents.on('did-frame-finish-load', onFrame);
  });
  return { loaded, stop };
}

/**
 * Prints PDFs silently on this PC's printers: the PDF in a hidden, sandboxed window of Chromium's PDF viewer (no
 * preload, no node, nowhere to navigate), printed with webContents.print on the chosen printer and form size, no
 * margins added (the PDF has its own), at 100 %. The PDF is a private temp file for the length of the job.
 */
export class ElectronPrinter implements PrintDevice {
  constructor(private readonly window: () => BrowserWindow | null) {}

  async printers(): Promise<PrinterInfo[]> {
    const win = this.window();
    if (!win) return [];
    return (await win.webContents.getPrintersAsync()).map((p) => ({
      name: p.name,
      displayName: p.displayName || p.name,
      description: p.description ?? '',
    }));
  }

  async print(pdf: Uint8Array, job: SilentPrintJob): Promise<void> {
    const dir = await fs.mkdtemp(path.join(app.getPath('temp'), 'neiqin-print-'));
    const file = path.join(dir, 'document.pdf');
    let win: BrowserWindow | null = null;
    let viewer: ReturnType<typeof watchViewer> | null = null;
    try {
      await fs.writeFile(file, pdf, { mode: 0o600 });
      win = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          spellcheck: false,
          // Chromium's PDF viewer: it lays the PDF's pages out for the printer.
          plugins: true,
        },
      });
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      win.webContents.on('will-navigate', (event) => event.preventDefault());
      viewer = watchViewer(win.webContents);
      await win.loadFile(file);
      await viewer.loaded;
      const contents = win.webContents;
      await new Promise<void>((resolve, reject) => {
        contents.print(
          {
            silent: true,
            printBackground: true,
            ...(job.deviceName ? { deviceName: job.deviceName } : {}),
            pageSize: job.pageSize,
            landscape: job.landscape,
            margins: { marginType: 'none' },
            scaleFactor: 100,
            copies: job.copies,
          },
          (success, failureReason) => (success ? resolve() : reject(new PrintRefused(failureReason))),
        );
      });
    } finally {
      viewer?.stop();
      win?.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
}
