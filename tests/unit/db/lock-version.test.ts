import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('a save made on a stale copy is refused', () => {
  it('a carrier saved from the version another user already changed answers CONFLICT and keeps their edit', async () => {
    const c = await t.ok('carriers.create', { name: '德邦物流', rate: '1.5' });
    expect(c.lockVersion).toBe(1);
    const first = await t.ok('carriers.update', { id: c.id, lockVersion: 1, data: { name: '德邦快递', rate: '1.6' } });
    expect(first.lockVersion).toBe(2);
    const err = await t.fail('carriers.update', { id: c.id, lockVersion: 1, data: { name: '德邦', rate: '9' } });
    expect(err.code).toBe('CONFLICT');
    expect(await t.ok('carriers.list', { page: 1, pageSize: 10, filters: {} })).toMatchObject({
      rows: [{ name: '德邦快递', rate: '1.6', lockVersion: 2 }],
    });
  });

  it('a customer is locked the same way, on lock_version', async () => {
    const c = await t.ok('customers.create', { name: '北京华联' });
    await t.ok('customers.setActive', { id: c.id, active: false });
    const err = await t.fail('customers.update', { id: c.id, lockVersion: c.lockVersion, data: { name: '华联' } });
    expect(err.code).toBe('CONFLICT');
    expect((await t.ok('customers.get', { id: c.id })).lockVersion).toBe(2);
  });
});
