import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { PdfEngineUnavailable, type HtmlToPdf } from './html-to-pdf';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The system's Chromium-family browser: NEIQIN_CHROMIUM, else the usual places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NEIQIN_CHROMIUM) return fs.existsSync(env.NEIQIN_CHROMIUM) ? env.NEIQIN_CHROMIUM : null;
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

// No network, no background services: a print engine, not a browser.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'];

/** Browser mode's HtmlToPdf: one headless Chromium, started on first use, a fresh page per document. */
export class ChromiumHtmlToPdf implements HtmlToPdf {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string | null = findChromium()) {}

  private launch(): Promise<Browser> {
    if (!this.executablePath) throw new PdfEngineUnavailable('no Chromium found; set NEIQIN_CHROMIUM');
    this.browser ??= chromium.launch({ executablePath: this.executablePath, args: ARGS }).catch((err: unknown) => {
      this.browser = null;
      throw new PdfEngineUnavailable(String((err as Error).message));
    });
    return this.browser;
  }

  async render(html: string): Promise<Uint8Array> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close();
  }
}
