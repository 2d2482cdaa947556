import fs from 'node:fs';
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

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}rpc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('browser mode: the router over HTTP on loopback, behind the launch token', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
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
    const escape = await fetch(`${host.url}%2e%2e/%2e%2e/neiqin.db`);
    expect(await escape.text()).not.toContain('SQLite');
  });
});
