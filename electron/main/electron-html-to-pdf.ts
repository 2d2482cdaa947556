import { BrowserWindow } from 'electron';
import type { HtmlToPdf } from '../core/docs/html-to-pdf';

/**
 * The desktop app's HtmlToPdf: a hidden, script-less window per document, printed with
 * Chromium's own printToPDF, honouring the document's @page size and margins. At most `parallel` windows print at
 * once (a bid package asks for all its parts together; each window is a renderer process).
 */
export class ElectronHtmlToPdf implements HtmlToPdf {
  private printing = 0;
  private waiting: (() => void)[] = [];

  constructor(private readonly parallel = 2) {}

  async render(html: string): Promise<Uint8Array> {
    if (this.printing >= this.parallel) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.printing += 1;
    try {
      return await this.print(html);
    } finally {
      // Hand the slot straight to the next document, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.printing -= 1;
    }
  }

  private async print(html: string): Promise<Uint8Array> {
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        offscreen: true,
      },
    });
    try {
      await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      const pdf = await win.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: false,
        generateDocumentOutline: false,
      });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
    }
  }

  async close(): Promise<void> {
    // Nothing held between documents.
  }
}
