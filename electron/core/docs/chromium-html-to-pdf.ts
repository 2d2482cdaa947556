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
 * Browser mode's HtmlToPdf: one headless Chromium, started on first use, and a small pool of pages reused for every
 * document (a new page per document costs a renderer process and its fonts each time). Documents asked for at once —
 * the parts of a bid package — print on up to `parallel` pages side by side; the rest wait their turn.
 */
export class ChromiumHtmlToPdf implements HtmlToPdf {
  private browser: Promise<Browser> | null = null;
  /** Pages opened so far; those not printing are in `idle`. */
  private opened = 0;
  private idle: Page[] = [];
  private waiting: ((page: Page | null) => void)[] = [];

  constructor(
    private readonly executablePath: string | null = findChromium(),
    private readonly parallel = 2,
  ) {}

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

  /** An idle page, a new one while the pool has room, else the next one given back. */
  private async take(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    if (this.opened < this.parallel) {
      this.opened += 1;
      try {
        const context = await (await this.launch()).newContext({ javaScriptEnabled: false, offline: true });
        return await context.newPage();
      } catch (err) {
        this.opened -= 1;
        this.waiting.shift()?.(null);
        throw err;
      }
    }
    const next = await new Promise<Page | null>((resolve) => this.waiting.push(resolve));
    return next ?? this.take();
  }

  private give(page: Page | null): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else if (page) this.idle.push(page);
  }

  async render(html: string): Promise<Uint8Array> {
    const page = await this.take();
    let healthy = true;
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // Untagged, no outline: the structure tree costs about 40 % of a 200-page batch, and no reader here uses it.
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false });
    } catch (err) {
      // A page that failed (crashed renderer, closed browser) is not reused.
      healthy = false;
      this.opened -= 1;
      await page.close().catch(() => undefined);
      throw err;
    } finally {
      this.give(healthy ? page : null);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.idle = [];
    this.opened = 0;
    for (const waiter of this.waiting.splice(0)) waiter(null);
    if (browser) await (await browser).close();
  }
}
