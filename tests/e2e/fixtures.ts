import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { ChannelName, In, Out } from '../../electron/shared/contracts';
import type { Envelope } from '../../electron/shared/rpc/envelope';

export interface Neiqin {
  /** The browser-mode URL with its launch token, as a user would open it. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

/** Starts the real browser-mode host (the built CLI) on a free port with an empty data folder. */
async function startHost(): Promise<{ neiqin: Neiqin; child: ChildProcess }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-e2e-'));
  const token = `e2e-${Math.random().toString(36).slice(2)}`;
  const child = spawn(
    process.execPath,
    [path.resolve('out/main/cli.js'), 'serve', '--port', '0', '--data-dir', dataDir],
    {
      env: { ...process.env, NEIQIN_TOKEN: token },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /open: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${out}`)));
  });
  return { neiqin: { url, origin: new URL(url).origin, token, dataDir }, child };
}

// Each test gets its own host and empty data folder: no test sees another's records.
export const test = base.extend<{ loggedIn: Page; neiqin: Neiqin }>({
  neiqin: [
    async ({}, use) => {
      const { neiqin, child } = await startHost();
      await use(neiqin);
      // The host writes on its way out (the day's automatic backup): let it finish before the folder goes.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(neiqin.dataDir, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
  // Headless Chromium has no print dialog: a page that asked for one would crash. Every page records the dialogs
  // it opened instead (window.printed: each frame's protocol, 'blob:' for a PDF), in every frame it loads.
  page: async ({ page }, use) => {
    await page.addInitScript(`
      window.print = () => {
        window.top.printed = [...(window.top.printed || []), location.protocol];
      };
    `);
    await use(page);
  },
  loggedIn: async ({ page, neiqin }, use) => {
    await page.goto(neiqin.url);
    await login(page, 'admin');
    await use(page);
  },
});

/** The print dialogs the page opened so far (see the page fixture). */
export const printDialogs = (page: Page) => page.evaluate('window.printed || []') as Promise<string[]>;

/** Logs in from the login screen by choosing the user, as people do. */
export async function login(page: Page, username: string, password = ''): Promise<void> {
  await expect(page.getByText(/^(登录内勤|Log in to Neiqin)$/)).toBeVisible();
  await page
    .getByLabel(/用户|User/)
    .first()
    .click();
  await page.keyboard.type(username);
  // Enter with no user matching would log in as whoever was chosen before: the user must be offered.
  await expect(page.locator('.ant-select-dropdown .ant-select-item-option-active')).toBeVisible();
  await page.keyboard.press('Enter');
  if (password) await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Log in/ }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

export { expect };

/** Calls a channel over the host's HTTP seam as a user, the way the renderer does: to set the scene before the browser part. */
export async function rpcAs<K extends ChannelName>(
  neiqin: Neiqin,
  username: string,
  channel: K,
  input: In<K>,
): Promise<Out<K>> {
  const post = async <C extends ChannelName>(name: C, body: In<C>, session?: string): Promise<Out<C>> => {
    const res = await fetch(`${neiqin.origin}/rpc/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${neiqin.token}`,
        ...(session ? { 'x-neiqin-session': session } : {}),
      },
      body: JSON.stringify(body),
    });
    const envelope = (await res.json()) as Envelope<Out<C>>;
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value;
  };
  const { sessionId } = await post('auth.login', { username });
  return post(channel, input, sessionId);
}
