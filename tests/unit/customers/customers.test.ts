import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const huaLian = {
  name: '北京华联商厦股份有限公司',
  shortName: '北京华联',
  taxId: '91110000100012345x',
  invoiceTitle: '北京华联商厦股份有限公司',
  invoiceAddressPhone: '北京市西城区阜成门外大街1号 010-68001234',
  invoiceBankAccount: '工商银行阜成门支行 0200001234567890123',
  paymentTerms: '月结30天',
  paymentDays: 30,
  creditLimit: 50_000_000,
  salesperson: '张丽',
  contacts: [
    { name: '刘伟', title: '采购经理', mobile: '13901012345', email: 'liuwei@example.cn' },
    { name: '赵敏', title: '仓库', phone: '010-68001235', isPrimary: true },
  ],
  addresses: [{ label: '总仓', address: '北京市大兴区物流园8号', contact: '赵敏', phone: '010-68001235' }],
};

describe('customers: the sales assistant keeps the customer file', () => {
  it('creates a customer with two contacts and an address; the mnemonic comes from the short name', async () => {
    const c = await t.ok('customers.create', huaLian);
    expect(c.code).toBe('KH00001');
    expect(c.mnemonic).toBe('bjhl');
    expect(c.taxId).toBe('91110000100012345X');
    expect(c.contacts.map((x) => [x.name, x.isPrimary])).toEqual([
      ['刘伟', false],
      ['赵敏', true],
    ]);
    expect(c.primaryContact).toBe('赵敏');
    expect(c.addresses[0]).toMatchObject({ address: '北京市大兴区物流园8号', isDefault: true });
    expect(c.creditLimit).toBe(50_000_000);
  });

  it('is found by code, by any part of the name, by pinyin initials and by full pinyin', async () => {
    await t.ok('customers.create', huaLian);
    await t.ok('customers.create', { name: '重庆钢铁集团有限公司', shortName: '重钢' });
    await t.ok('customers.create', { name: '上海电气' });
    const find = async (q: string) => (await t.ok('customers.list', { q })).rows.map((r) => r.name);
    expect(await find('KH00001')).toEqual([huaLian.name]);
    expect(await find('华联')).toEqual([huaLian.name]);
    expect(await find('bjhl')).toEqual([huaLian.name]);
    expect(await find('BJHL')).toEqual([huaLian.name]);
    expect(await find('beijing')).toEqual([huaLian.name]);
    expect(await find('cqgt')).toEqual(['重庆钢铁集团有限公司']);
    expect(await find('zqgt')).toEqual(['重庆钢铁集团有限公司']);
    expect(await find('100%')).toEqual([]);
    expect(await find('_')).toEqual([]);
  });

  it('pages, sorts by pinyin name and filters on the server', async () => {
    for (const name of ['重庆一厂', '安徽二厂', '北京三厂', '大连四厂', '鄂州五厂'])
      await t.ok('customers.create', { name, salesperson: name.startsWith('北') ? '王强' : '张丽' });
    const p1 = await t.ok('customers.list', { page: 1, pageSize: 2, sort: { field: 'name', dir: 'asc' } });
    expect(p1.total).toBe(5);
    expect(p1.rows.map((r) => r.name)).toEqual(['安徽二厂', '北京三厂']);
    const p3 = await t.ok('customers.list', { page: 3, pageSize: 2, sort: { field: 'name', dir: 'asc' } });
    expect(p3.rows.map((r) => r.name)).toEqual(['鄂州五厂']);
    const byWang = await t.ok('customers.list', { filters: { salesperson: '王强' } });
    expect(byWang.rows.map((r) => r.name)).toEqual(['北京三厂']);
  });

  it('an edit is audited with before and after; a stale edit is refused', async () => {
    const c = await t.ok('customers.create', huaLian);
    const edited = await t.ok('customers.update', {
      id: c.id,
      lockVersion: c.lockVersion,
      data: { ...huaLian, paymentTerms: '款到发货', paymentDays: 0 },
    });
    expect(edited.lockVersion).toBe(2);
    const stale = await t.fail('customers.update', {
      id: c.id,
      lockVersion: c.lockVersion,
      data: { ...huaLian, name: '改名' },
    });
    expect(stale.code).toBe('CONFLICT');
    const history = await t.ok('audit.forEntity', { entity: 'customer', entityId: String(c.id) });
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({ userName: '管理员', channel: 'customers.update' });
    expect((history[0]!.before as { paymentTerms: string }).paymentTerms).toBe('月结30天');
    expect((history[0]!.after as { paymentTerms: string }).paymentTerms).toBe('款到发货');
  });

  it('a duplicate code is a CONFLICT on the code field and nothing is written', async () => {
    await t.ok('customers.create', { code: 'A1', name: '甲' });
    const err = await t.fail('customers.create', { code: 'A1', name: '乙' });
    expect(err.code).toBe('CONFLICT');
    expect(err.details?.fields?.[0]?.path).toBe('code');
    expect(await t.count('customers')).toBe(1);
  });

  it('deactivating keeps the customer (nothing is deleted) but hides it from the active list', async () => {
    const c = await t.ok('customers.create', huaLian);
    await t.ok('customers.setActive', { id: c.id, active: false });
    expect((await t.ok('customers.list', { filters: { active: true } })).total).toBe(0);
    expect((await t.ok('customers.list', { filters: { active: false } })).total).toBe(1);
    expect((await t.ok('customers.get', { id: c.id })).active).toBe(false);
  });

  it('an unknown customer is NOT_FOUND, in words', async () => {
    const err = await t.fail('customers.get', { id: 999 });
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: '找不到客户（999）' });
  });
});
