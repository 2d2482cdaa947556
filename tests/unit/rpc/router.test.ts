import { describe, expect, it } from 'vitest';
import { channels, type ChannelName } from '../../../electron/shared/contracts';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const WRITE_TABLES = [
  'customers',
  'customer_contacts',
  'customer_addresses',
  'products',
  'suppliers',
  'supplier_contacts',
  'users',
  'settings',
  'attachments',
  'number_sequences',
];

async function snapshot() {
  const counts: Record<string, number> = {};
  for (const table of WRITE_TABLES) counts[table] = await t.count(table);
  return counts;
}

const FILLERS: [string, unknown][] = [
  ['wrong types', { nested: true }],
  ['huge strings', 'x'.repeat(100_000)],
  ['SQL text', "1'; DROP TABLE customers; --"],
  ['script text', '<script>alert(1)</script>'],
];

/** Bad inputs for one channel: not an object at all, then every declared field filled with junk. */
function badInputsFor(name: ChannelName): [string, unknown][] {
  const schema = channels[name].input as unknown as { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const inputs: [string, unknown][] = [
    ['a string instead of an object', 'hello'],
    ['an array', [1, 2, 3]],
  ];
  if (keys.length)
    for (const [label, value] of FILLERS) inputs.push([label, Object.fromEntries(keys.map((k) => [k, value]))]);
  return inputs;
}

describe('the router answers bad input on every channel with a typed error and writes nothing', () => {
  const names = Object.keys(channels) as ChannelName[];

  it('every channel, fed junk of every kind', async () => {
    const before = await snapshot();
    const auditBefore = await t.count('audit_log');
    let tried = 0;
    for (const name of names) {
      for (const [label, input] of badInputsFor(name)) {
        const r = await t.call(name, input);
        expect(r.ok, `${name} accepted ${label}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code, `${name} / ${label}: ${r.error.message}`).toBe('VALIDATION');
          expect(r.error.message).toMatch(/^输入有误/);
        }
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(names.length * 2);
    expect(await snapshot()).toEqual(before);
    expect(await t.count('audit_log')).toBe(auditBefore);
  });

  it('names the offending field, in Chinese by default and in English on request', async () => {
    const zh = await t.fail('customers.create', { name: '' });
    expect(zh.code).toBe('VALIDATION');
    expect(zh.message).toBe('输入有误：名称不能为空');
    expect(zh.details?.fields?.[0]?.message).toBe('名称不能为空');
    expect(zh.details?.fields?.[0]?.path).toBe('name');
    const en = await t.fail('customers.create', { name: '', taxId: 'abc' }, { locale: 'en' });
    expect(en.message).toContain('Name is required');
    expect(en.message).toContain('"Tax ID" must be 15, 18 or 20 digits or capital letters');
  });

  it('refuses every non-public channel without a session', async () => {
    for (const name of Object.keys(channels) as ChannelName[]) {
      const r = await t.call(name, {}, { sessionId: 'not-a-session' });
      if (channels[name].access === 'public') continue;
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers an unknown channel with NOT_FOUND', async () => {
    const r = await t.call('customers.drop' as ChannelName, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });
});

describe('permissions are checked in the router', () => {
  it('a dispatch clerk can read customers but not change them or manage users', async () => {
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const login = await t.ok('auth.login', { username: 'wangqiang' });
    const as = { sessionId: login.sessionId };
    expect((await t.call('customers.list', {}, as)).ok).toBe(true);
    const write = await t.fail('customers.create', { name: '华东机电' }, as);
    expect(write.code).toBe('FORBIDDEN');
    expect(write.message).toBe('当前角色无权执行此操作');
    expect((await t.fail('users.list', {}, as)).code).toBe('FORBIDDEN');
    expect(await t.count('customers')).toBe(0);
  });

  it('a password protects a user: wrong or missing password is refused with one message', async () => {
    await t.ok('users.create', { username: 'chenjl', displayName: '陈经理', role: 'manager', password: 's3cret!' });
    expect((await t.fail('auth.login', { username: 'chenjl', password: 'nope' })).message).toBe('用户名或密码不正确');
    expect((await t.fail('auth.login', { username: 'chenjl' })).message).toBe('用户名或密码不正确');
    expect((await t.fail('auth.login', { username: 'nobody' })).message).toBe('用户名或密码不正确');
    const ok = await t.ok('auth.login', { username: 'chenjl', password: 's3cret!' });
    expect(ok.user.role).toBe('manager');
    const stored = (await t.core.services.db()('users').where({ username: 'chenjl' }).first()) as {
      password_hash: string;
    };
    expect(stored.password_hash).not.toContain('s3cret');
  });

  it('a deactivated user loses access at once, even with an open session', async () => {
    const u = await t.ok('users.create', { username: 'lina', displayName: '李娜', role: 'purchaser' });
    const { sessionId } = await t.ok('auth.login', { username: 'lina' });
    await t.ok('users.update', { id: u.id, displayName: '李娜', role: 'purchaser', active: false });
    expect((await t.fail('suppliers.list', {}, { sessionId })).code).toBe('UNAUTHENTICATED');
  });

  it("a role change applies to the user's open session at once", async () => {
    const u = await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    const { sessionId } = await t.ok('auth.login', { username: 'zhangli' });
    expect((await t.fail('suppliers.create', { name: '某供应商' }, { sessionId })).code).toBe('FORBIDDEN');
    await t.ok('users.update', { id: u.id, displayName: '张丽', role: 'purchaser', active: true });
    expect((await t.call('suppliers.create', { name: '某供应商' }, { sessionId })).ok).toBe(true);
    const me = await t.call('auth.me', {}, { sessionId });
    expect(me.ok && me.value.role).toBe('purchaser');
  });

  it('the last active administrator cannot be demoted', async () => {
    const me = await t.ok('auth.me', {});
    const err = await t.fail('users.update', { id: me.id, displayName: '管理员', role: 'sales', active: true });
    expect(err.code).toBe('CONFLICT');
  });
});
