import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../core/app';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { translate } from '../shared/i18n/translate';
import { isLocale, type Envelope } from '../shared/rpc/envelope';

const MAX_BODY_BYTES = 48 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // ES module workers (pdf.js's) are refused by browsers unless served as JavaScript.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface HostOptions {
  core: Core;
  token: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(data),
  });
  res.end(data);
}

function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the core's router over HTTP on loopback, plus the built renderer.
 * Every RPC needs the per-launch token; static files carry no data and need none.
 */
export async function startHost({ core, token, staticDir, port = 0 }: HostOptions): Promise<RunningHost> {
  const root = path.resolve(staticDir);

  async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const locale = req.headers['x-neiqin-locale'];
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      sendJson(res, 401, {
        ok: false,
        error: {
          code: 'UNAUTHENTICATED',
          message: translate(isLocale(locale) ? locale : 'zh-CN', 'errors.launchToken'),
        },
      });
      return;
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      sendJson(res, 413, {
        ok: false,
        error: { code: 'VALIDATION', message: `request larger than ${MAX_BODY_BYTES} bytes` },
      });
      return;
    }
    let input: unknown = {};
    if (body.length) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'request body is not JSON' } });
        return;
      }
    }
    const session = req.headers['x-neiqin-session'];
    const result = await core.call(decodeURIComponent(channel), input, {
      ...(typeof session === 'string' && session ? { sessionId: session } : {}),
      ...(isLocale(locale) ? { locale } : {}),
    });
    sendJson(res, 200, result);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    let file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    if (!file.startsWith(root + path.sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    if (!fs.existsSync(file)) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('The renderer is not built yet: run `npm run build`.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      // The launch token rides in the first URL; never leak it to another site.
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rpc = /^\/rpc\/([A-Za-z0-9_.]{1,80})$/.exec(url.pathname);
    if (rpc && req.method === 'POST') {
      handleRpc(req, res, rpc[1]!).catch((err: unknown) => {
        console.error('[neiqin] host request failed', err);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'host error' } });
      });
      return;
    }
    if (url.pathname.startsWith('/rpc/')) {
      sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'unknown RPC route' } });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(req, res, url.pathname);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
