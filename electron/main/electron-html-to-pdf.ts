import { BrowserWindow } from 'electron';
import type { HtmlToPdf } from '../core/docs/html-to-pdf';

/**
 * The desktop app's HtmlToPdf: a hidden, script-less window per document, printed with
 * Chromium's own printToPDF, honouring the document's @page size and margins.
 */
export class ElectronHtmlToPdf implements HtmlToPdf {
  async render(html: string): Promise<Uint8Array> {
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
