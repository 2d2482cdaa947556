import { afterEach, beforeEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/app';
import type { ChannelName, In, Out } from '../../../electron/shared/contracts';
import type { Envelope, Locale, RpcErrorBody } from '../../../electron/shared/rpc/envelope';

export interface TestCore {
  core: Core;
  dataDir: string;
  sessionId: string;
  /** The raw envelope, for asserting errors. */
  call<K extends ChannelName>(
    channel: K,
    input: In<K> | unknown,
    opts?: { locale?: Locale; sessionId?: string },
  ): Promise<Envelope<Out<K>>>;
  /** The value of a call that must succeed. */
  ok<K extends ChannelName>(channel: K, input: In<K>): Promise<Out<K>>;
  /** The error of a call that must fail. */
  fail<K extends ChannelName>(
    channel: K,
    input: In<K> | unknown,
    opts?: { locale?: Locale; sessionId?: string },
  ): Promise<RpcErrorBody>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

/** A real core on a fresh SQLite file in a temp folder, logged in as the built-in admin. */
export async function openTestCore(): Promise<TestCore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-test-'));
  const core = await openCore({ dataDir });
  const login = await core.call('auth.login', { username: 'admin' });
  if (!login.ok) throw new Error(`admin login failed: ${login.error.message}`);
  const sessionId = (login.value as { sessionId: string }).sessionId;

  const t: TestCore = {
    core,
    dataDir,
    sessionId,
    call: (channel, input, opts) =>
      core.call(channel, input, { sessionId: opts?.sessionId ?? sessionId, locale: opts?.locale ?? 'zh-CN' }) as never,
    async ok(channel, input) {
      const r = await t.call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    async fail(channel, input, opts) {
      const r = await t.call(channel, input, opts);
      if (r.ok) throw new Error(`${channel} succeeded but should have failed`);
      return r.error;
    },
    async count(table) {
      const row = (await core.services.db()(table).count({ n: '*' }).first()) as { n: number | string };
      return Number(row.n);
    },
    async close() {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

/**
 * A fresh core for every test of the file. The returned object stands for the current
 * test's core: `const t = useTestCore();` then `await t.ok(...)` inside a test.
 */
export function useTestCore(): TestCore {
  let current: TestCore | undefined;
  beforeEach(async () => {
    current = await openTestCore();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const now = (): TestCore => {
    if (!current) throw new Error('useTestCore: no core outside a test');
    return current;
  };
  return new Proxy({} as TestCore, {
    get: (_target, key) => now()[key as keyof TestCore],
    set: (_target, key, value) => Reflect.set(now(), key, value),
  });
}
