import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { openTestCore, type TestCore } from '../support/test-core';

let t: TestCore;
let host: RunningHost;
const token = 'launch-token-for-test';

beforeEach(async () => {
  t = await openTestCore();
  const staticDir = path.join(t.dataDir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>内勤</title>');
  host = await startHost({ core: t.core, token, staticDir });
});
afterEach(async () => {
  await host.close();
  await t.close();
});

/** One request exactly as written, path and all: fetch would normalise `..` and `%2e%2e` away before sending. */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text });
    });
  });
}

/** Whether anything accepts a TCP connection at host:port. */
function accepts(hostname: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port, timeout: 2000 });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}rpc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('browser mode: the router over HTTP on loopback, behind the launch token', () => {
  it('prints a loopback URL that really answers, with the token and only with it', async () => {
    const printed = new URL(host.url);
    expect(printed.protocol).toBe('http:');
    expect(printed.hostname).toBe('127.0.0.1');
    expect(printed.pathname).toBe('/');
    const port = Number(printed.port);
    expect(port).toBeGreaterThan(0);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    // The address is built here from the parsed port, not taken from the server.
    const login = (token: string) =>
      fetch(`http://127.0.0.1:${port}/rpc/auth.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ username: 'admin' }),
      });
    const good = await login(token);
    expect(good.status).toBe(200);
    expect(((await good.json()) as { ok: boolean }).ok).toBe(true);
    expect((await login(`${token}x`)).status).toBe(401);
    expect((await login(token.slice(0, -1))).status).toBe(401);
  });

  it('cannot be reached from another interface of the machine', async () => {
    const port = Number(new URL(host.url).port);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of outside) expect(await accepts(address, port), address).toBe(false);
  });

  it('without the token answers 401 and runs nothing', async () => {
    const before = await t.count('users');
    const res = await post('users.create', { username: 'intruder', displayName: 'x', role: 'admin' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const wrong = await post('auth.login', { username: 'admin' }, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(await t.count('users')).toBe(before);
  });

  it('with the token logs in and calls a channel with the session, in the asked language', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const login = (await (await post('auth.login', { username: 'admin' }, auth)).json()) as {
      ok: boolean;
      value: { sessionId: string };
    };
    expect(login.ok).toBe(true);
    const session = { ...auth, 'X-Neiqin-Session': login.value.sessionId };
    const created = (await (await post('customers.create', { name: '杭州测试客户' }, session)).json()) as {
      ok: boolean;
      value: { code: string };
    };
    expect(created).toMatchObject({ ok: true, value: { code: 'KH00001' } });
    const bad = (await (
      await post('customers.create', { name: '' }, { ...session, 'X-Neiqin-Locale': 'en' })
    ).json()) as { error: { message: string } };
    expect(bad.error.message).toMatch(/^Invalid input/);
  });

  it('answers malformed requests clearly', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    expect((await post('auth.login', '{not json', auth)).status).toBe(400);
    expect((await post('no.such', {}, auth)).status).toBe(200);
    expect(((await (await post('no.such', {}, auth)).json()) as { error: { code: string } }).error.code).toBe(
      'NOT_FOUND',
    );
    expect((await fetch(`${host.url}rpc/a%2Fb`, { method: 'POST' })).status).toBe(404);
  });

  it('serves the renderer with a strict content security policy and never a file outside it', async () => {
    const res = await fetch(`${host.url}customers/deep/link`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('内勤');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('never serves the database beside the renderer folder, however the path is encoded', async () => {
    const db = fs.readFileSync(t.core.services.dbFile);
    expect(path.dirname(t.core.services.dbFile)).toBe(path.dirname(path.join(t.dataDir, 'renderer')));
    expect(db.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const dbName = path.basename(t.core.services.dbFile);
    const port = Number(new URL(host.url).port);
    // The guard itself answers the paths that decode to `../` inside one segment.
    for (const raw of [
      `/..%2f${dbName}`,
      `/%2e%2e%2f${dbName}`,
      `/..%2F..%2F${dbName}`,
      `/assets/..%2f..%2f${dbName}`,
    ]) {
      const res = await rawGet(port, raw);
      expect(res.status, raw).toBe(403);
      expect(res.body, raw).not.toContain('SQLite format');
    }
    // The URL parser resolves these before the guard; they must still stay inside the folder.
    for (const raw of [`/../${dbName}`, `/%2e%2e/${dbName}`, `/%2e%2e/%2e%2e/${dbName}`, `/.%2e/${dbName}`]) {
      const res = await rawGet(port, raw);
      expect(res.status, raw).toBe(200);
      expect(res.body, raw).toContain('<title>内勤</title>');
      expect(res.body, raw).not.toContain('SQLite format');
    }
  });
});
