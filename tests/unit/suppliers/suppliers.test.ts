import { describe, expect, it } from 'vitest';
import type { Role } from '../../../electron/shared/auth/roles';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A session of a new user with the given role, for calls made as that person. */
async function sessionOf(username: string, role: Role): Promise<string> {
  await t.ok('users.create', { username, displayName: username, role });
  const login = await t.core.call('auth.login', { username });
  if (!login.ok) throw new Error(login.error.message);
  return (login.value as { sessionId: string }).sessionId;
}

const supplier = {
  name: '苏州阀门厂有限公司',
  taxId: '91320500134850123X',
  bankName: '中国银行苏州分行',
  bankAccount: '4660 5821 0001',
  categories: ['阀门'],
  contacts: [{ name: '沈建国', mobile: '13901234567', isPrimary: true }],
};

describe('the purchaser keeps a supplier up to date', () => {
  it('renames it, changes bank and contacts; search follows the new name; a stale copy is refused; the log keeps before and after', async () => {
    const created = await t.ok('suppliers.create', supplier);
    const updated = await t.ok('suppliers.update', {
      id: created.id,
      lockVersion: created.lockVersion,
      data: {
        ...supplier,
        code: created.code,
        name: '无锡精工阀业有限公司',
        bankName: '工商银行无锡分行',
        bankAccount: '1103 0201 0990 0012 345',
        categories: ['阀门', '执行器'],
        contacts: [{ name: '顾晓东', phone: '0510-82345678', isPrimary: true }],
      },
    });
    expect(updated).toMatchObject({
      code: created.code,
      name: '无锡精工阀业有限公司',
      bankName: '工商银行无锡分行',
      categories: ['阀门', '执行器'],
      primaryContact: '顾晓东',
      lockVersion: created.lockVersion + 1,
    });
    expect(updated.contacts.map((c) => c.name)).toEqual(['顾晓东']);
    expect((await t.ok('suppliers.list', { q: 'wxjg' })).rows.map((r) => r.id)).toEqual([created.id]);
    expect((await t.ok('suppliers.list', { q: 'szfmc' })).total).toBe(0);

    const stale = await t.fail('suppliers.update', {
      id: created.id,
      lockVersion: created.lockVersion,
      data: { ...supplier, name: '旧副本' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await t.ok('suppliers.get', { id: created.id })).name).toBe('无锡精工阀业有限公司');

    const log = await t.ok('audit.forEntity', { entity: 'supplier', entityId: String(created.id) });
    const update = log.find((a) => a.action === 'update');
    expect(update?.before).toMatchObject({ name: '苏州阀门厂有限公司' });
    expect(update?.after).toMatchObject({ name: '无锡精工阀业有限公司' });
  });

  it('a supplier no longer used is set inactive, kept, hidden from the active list, and can come back', async () => {
    const a = await t.ok('suppliers.create', supplier);
    await t.ok('suppliers.create', { name: '杭州仪表厂' });
    const off = await t.ok('suppliers.setActive', { id: a.id, active: false });
    expect(off.active).toBe(false);
    const activeNames = async () =>
      (await t.ok('suppliers.list', { filters: { active: true } })).rows.map((r) => r.name);
    expect(await activeNames()).toEqual(['杭州仪表厂']);
    expect((await t.ok('suppliers.list', { filters: { active: false } })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await t.ok('suppliers.get', { id: a.id })).contacts).toHaveLength(1);

    // The sales assistant may read suppliers but not switch them.
    const sales = await sessionOf('zhangli', 'sales');
    const refused = await t.fail('suppliers.setActive', { id: a.id, active: true }, { sessionId: sales });
    expect(refused.code).toBe('FORBIDDEN');
    expect((await t.ok('suppliers.get', { id: a.id })).active).toBe(false);

    await t.ok('suppliers.setActive', { id: a.id, active: true });
    expect((await activeNames()).sort()).toEqual(['杭州仪表厂', '苏州阀门厂有限公司'].sort());
  });
});
