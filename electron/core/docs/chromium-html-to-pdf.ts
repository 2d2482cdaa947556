import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

/**
 * Browser mode's HtmlToPdf: one headless Chromium, started on first use, and one page
 * reused for every document, one after another (a new page per document costs a
 * renderer process and its fonts each time).
 */
export class ChromiumHtmlToPdf implements HtmlToPdf {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly executablePath: string | null = findChromium()) {}

  private launch(): Promise<Browser> {
    if (!this.executablePath) throw new PdfEngineUnavailable('no Chromium found; set NEIQIN_CHROMIUM');
    const executablePath = this.executablePath;
    // playwright-core is about 70 MB resident: loaded with the first document, not at start.
    this.browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath, args: ARGS }))
      .catch((err: unknown) => {
        this.browser = null;
        throw new PdfEngineUnavailable(String((err as Error).message));
      });
    return this.browser;
  }

  private openPage(): Promise<Page> {
    this.page ??= this.launch()
      .then((browser) => browser.newContext({ javaScriptEnabled: false, offline: true }))
      .then((context) => context.newPage())
      .catch((err: unknown) => {
        this.page = null;
        throw err;
      });
    return this.page;
  }

  render(html: string): Promise<Uint8Array> {
    const run = async () => {
      const page = await this.openPage();
      await page.setContent(html, { waitUntil: 'load' });
      // Untagged, no outline: the structure tree costs about 40 % of a 200-page batch, and no reader here uses it.
      return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false });
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.page = null;
    if (browser) await (await browser).close();
  }
}
