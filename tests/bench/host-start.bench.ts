import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'out', 'main', 'cli.js');
const RENDERER = path.join(ROOT, 'out', 'renderer');
const RUNS = 5;
const SETTLE_MS = 2000;
const TARGET_MB = 150;

// The floor: plain Node serving the same built files, nothing else loaded.
const BARE_SERVER = `
const http = require('node:http'), fs = require('node:fs'), path = require('node:path');
const root = process.argv[1];
const server = http.createServer((req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  const file = path.join(root, p === '/' ? 'index.html' : p);
  fs.createReadStream(fs.existsSync(file) ? file : path.join(root, 'index.html')).pipe(res);
});
server.listen(0, '127.0.0.1', () => console.log('  open: http://127.0.0.1:' + server.address().port + '/'));
`;

// What the host loaded at start before: Chromium's driver, exceljs, pdf-lib, nodemailer, the HTML renderer.
const EAGER = ['playwright-core', 'exceljs', 'pdf-lib', 'nodemailer', 'react-dom/server'];

interface Start {
  firstPageMs: number;
  rssMb: number;
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** The page and the files it names (script, style sheet): what a browser fetches to show the first screen. */
async function fetchFirstPage(url: string): Promise<void> {
  const html = await (await fetch(url)).text();
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
  if (!assets.length) throw new Error(`no assets in the page at ${url}`);
  await Promise.all(assets.map(async (a) => (await fetch(a)).arrayBuffer()));
}

/** Starts `args` under node, waits for its address, fetches the first page, lets it settle, reads its RSS. */
function start(args: string[]): Promise<Start> {
  const began = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<Start>((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before serving: ${out}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /open: (\S+)/.exec(out)?.[1];
      if (!url) return;
      out = '';
      child.stdout.removeAllListeners('data');
      void (async () => {
        await fetchFirstPage(url);
        const firstPageMs = Number(process.hrtime.bigint() - began) / 1e6;
        await new Promise((r) => setTimeout(r, SETTLE_MS));
        const rss = rssMb(child.pid!);
        child.removeAllListeners('exit');
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
        resolve({ firstPageMs, rssMb: rss });
      })().catch(reject);
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('browser-mode host start', () => {
  beforeAll(() => {
    // Measure the code as it stands, not a stale build.
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
  }, 300_000);

  it('reports time to the first page and idle RSS, against a bare Node server and the host with everything preloaded', async () => {
    const cases = {
      bare: () => ['-e', BARE_SERVER, RENDERER],
      host: () => [CLI, 'serve', '--data-dir', fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-start-'))],
      eager: () => [
        ...EAGER.flatMap((m) => ['-r', m]),
        CLI,
        'serve',
        '--data-dir',
        fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-start-')),
      ],
    };
    const results: Record<keyof typeof cases, Start[]> = { bare: [], host: [], eager: [] };
    // Interleaved, so a busy moment on the machine falls on every case alike.
    for (let i = 0; i < RUNS; i++) {
      for (const name of Object.keys(cases) as (keyof typeof cases)[]) results[name].push(await start(cases[name]()));
    }
    const row = (name: keyof typeof cases) => ({
      ms: median(results[name].map((r) => r.firstPageMs)),
      mb: median(results[name].map((r) => r.rssMb)),
    });
    const bare = row('bare');
    const host = row('host');
    const eager = row('eager');
    console.log(
      `\nHost start bench (median of ${RUNS} starts; first page = spawn to page and assets fetched; RSS after ${SETTLE_MS} ms idle)`,
    );
    console.table([
      {
        case: 'bare Node serving out/renderer',
        'first page ms': bare.ms.toFixed(0),
        'idle RSS MB': bare.mb.toFixed(1),
      },
      {
        case: 'neiqin serve',
        'first page ms': host.ms.toFixed(0),
        'idle RSS MB': host.mb.toFixed(1),
        'ratio to bare (ms / MB)': `${(host.ms / bare.ms).toFixed(1)}× / ${(host.mb / bare.mb).toFixed(2)}×`,
        'target MB': TARGET_MB,
        'within target': host.mb <= TARGET_MB ? 'yes' : 'NO',
      },
      {
        case: `neiqin serve, ${EAGER.join(', ')} preloaded`,
        'first page ms': eager.ms.toFixed(0),
        'idle RSS MB': eager.mb.toFixed(1),
        'ratio to bare (ms / MB)': `${(eager.ms / bare.ms).toFixed(1)}× / ${(eager.mb / bare.mb).toFixed(2)}×`,
      },
    ]);
  }, 600_000);
});
