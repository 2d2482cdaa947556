import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMERS, DEMO_PRODUCTS, DEMO_SUPPLIERS } from '../../../electron/core/demo/demo-company';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('the demo company: a new user tries everything at once', () => {
  it('loads customers, products, suppliers, company data and a user per role into an empty company', async () => {
    expect(await t.ok('demo.status', {})).toEqual({ empty: true, loaded: false });
    const counts = await t.ok('demo.load', {});
    expect(counts).toEqual({
      customers: DEMO_CUSTOMERS.length,
      products: DEMO_PRODUCTS.length,
      suppliers: DEMO_SUPPLIERS.length,
      users: 4,
    });
    expect(DEMO_CUSTOMERS.length).toBeGreaterThanOrEqual(30);
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(80);
    expect(await t.ok('demo.status', {})).toEqual({ empty: false, loaded: true });
    expect((await t.ok('customers.list', {})).total).toBe(DEMO_CUSTOMERS.length);
    expect((await t.ok('products.list', { filters: { source: 'bought' } })).total).toBeGreaterThan(40);
    expect((await t.ok('settings.company.get', {})).name).toBe('杭州恒信机电设备有限公司');
    const roles = (await t.ok('users.list', {})).map((u) => u.role).sort();
    expect(roles).toEqual(['admin', 'dispatch', 'manager', 'purchaser', 'sales']);
    // Carriers too, so freight can be booked at once.
    expect((await t.ok('carriers.list', { filters: { active: true } })).rows.map((c) => c.name)).toContain(
      '佳吉快运杭州分公司',
    );
  });

  it('its customers answer the searches people make: pinyin initials with polyphones, Chinese substrings', async () => {
    await t.ok('demo.load', {});
    const names = async (q: string) => (await t.ok('customers.list', { q })).rows.map((r) => r.name);
    expect(await names('bjhl')).toContain('北京华联机电工程有限公司');
    expect(await names('cqgt')).toContain('重庆钢铁集团设备维修有限公司');
    expect(await names('zqgt')).toContain('重庆钢铁集团设备维修有限公司');
    expect(await names('银河')).toEqual(['长沙银河自动化有限公司']);
    expect(await names('zsyh')).toContain('长沙银河自动化有限公司');
    expect((await t.ok('products.list', { q: '6ES7' })).total).toBeGreaterThanOrEqual(4);
  });

  it('loads only once: a second load is a CONFLICT and writes nothing', async () => {
    await t.ok('demo.load', {});
    const before = await t.count('customers');
    const err = await t.fail('demo.load', {});
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('示例数据只能在空账套中载入');
    expect(await t.count('customers')).toBe(before);
  });

  it('only an administrator may load it', async () => {
    await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    const { sessionId } = await t.ok('auth.login', { username: 'zhangli' });
    expect((await t.fail('demo.load', {}, { sessionId })).code).toBe('FORBIDDEN');
    expect(await t.count('customers')).toBe(0);
  });
});
