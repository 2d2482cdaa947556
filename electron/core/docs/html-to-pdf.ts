/**
 * The one way documents become PDF: the desktop app prints with Electron's
 * printToPDF, browser mode and the tests with Chromium. Both honour the page size and
 * margins the document's print CSS declares, so a quote prints the same in both.
 */
export interface HtmlToPdf {
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export class PdfEngineUnavailable extends Error {
  constructor(detail: string) {
    super(`No browser engine to print PDFs with: ${detail}`);
    this.name = 'PdfEngineUnavailable';
  }
}
