import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('a product no longer sold', () => {
  it('is set inactive and kept: hidden from the active list, still found among the inactive, and can come back', async () => {
    const old = await t.ok('products.create', {
      name: '老款闸阀',
      spec: 'Z41H-16C DN100',
      unit: '台',
      listPrice: '980',
    });
    await t.ok('products.create', { name: '新款闸阀', spec: 'Z41H-16C DN100 II', unit: '台', listPrice: '1020' });
    const off = await t.ok('products.setActive', { id: old.id, active: false });
    expect(off).toMatchObject({ active: false, listPrice: '980.00', spec: 'Z41H-16C DN100' });
    const names = async (active: boolean) =>
      (await t.ok('products.list', { filters: { active } })).rows.map((r) => r.name);
    expect(await names(true)).toEqual(['新款闸阀']);
    expect(await names(false)).toEqual(['老款闸阀']);
    expect(await t.count('products')).toBe(2);
    const log = await t.ok('audit.forEntity', { entity: 'product', entityId: String(old.id) });
    expect(log.length).toBeGreaterThanOrEqual(2);

    const dispatch = await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const login = await t.core.call('auth.login', { username: dispatch.username });
    if (!login.ok) throw new Error(login.error.message);
    const sessionId = (login.value as { sessionId: string }).sessionId;
    const refused = await t.fail('products.setActive', { id: old.id, active: true }, { sessionId });
    expect(refused.code).toBe('FORBIDDEN');

    await t.ok('products.setActive', { id: old.id, active: true });
    expect((await names(true)).sort()).toEqual(['新款闸阀', '老款闸阀'].sort());
  });
});
