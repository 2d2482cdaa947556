import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

const REFUSED = '只有销售经理可以修改信用额度和账期';

async function sheet(rows: (string | number | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('导入');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('only a manager sets a credit limit or payment days', () => {
  it('the sales assistant is refused beside the field and nothing is written; unchanged values pass', async () => {
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const before = await t.count('customers');
    const refused = await t.fail(
      'customers.create',
      { name: '常州新能电力设备有限公司', creditLimit: 20_000_000, paymentDays: 60 },
      { sessionId: sales },
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: REFUSED });
    expect(refused.details?.fields).toEqual([
      { path: 'creditLimit', message: REFUSED },
      { path: 'paymentDays', message: REFUSED },
    ]);
    expect(await t.count('customers')).toBe(before);

    // Without terms she may add the customer: no limit and no payment days until the manager sets them.
    const made = await t.call('customers.create', { name: '常州新能电力设备有限公司' }, { sessionId: sales });
    expect(made).toMatchObject({ ok: true, value: { creditLimit: null, paymentDays: 0 } });
    const customer = (made as { ok: true; value: { id: number; lockVersion: number } }).value;

    // The manager sets them, audited.
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const set = await t.call(
      'customers.update',
      {
        id: customer.id,
        lockVersion: customer.lockVersion,
        data: { name: '常州新能电力设备有限公司', creditLimit: 0, paymentDays: 30 },
      },
      { sessionId: manager },
    );
    expect(set).toMatchObject({ ok: true, value: { creditLimit: 0, paymentDays: 30, lockVersion: 2 } });
    const audit = await t.ok('audit.forEntity', { entity: 'customer', entityId: String(customer.id) });
    expect(audit[0]).toMatchObject({
      action: 'update',
      userName: '陈经理',
      before: expect.objectContaining({ creditLimit: null, paymentDays: 0 }),
      after: expect.objectContaining({ creditLimit: 0, paymentDays: 30 }),
    });

    // She may edit the rest with the terms as they are, but not raise the limit.
    const renamed = await t.call(
      'customers.update',
      {
        id: customer.id,
        lockVersion: 2,
        data: { name: '常州新能电力设备股份有限公司', creditLimit: 0, paymentDays: 30 },
      },
      { sessionId: sales },
    );
    expect(renamed).toMatchObject({ ok: true, value: { name: '常州新能电力设备股份有限公司', lockVersion: 3 } });
    const raise = await t.fail(
      'customers.update',
      {
        id: customer.id,
        lockVersion: 3,
        data: { name: '常州新能电力设备股份有限公司', creditLimit: 5_000_000, paymentDays: 30 },
      },
      { sessionId: sales },
    );
    expect(raise.details?.fields).toEqual([{ path: 'creditLimit', message: REFUSED }]);
    expect(await t.ok('customers.get', { id: customer.id })).toMatchObject({ creditLimit: 0, lockVersion: 3 });
  });

  it('an import by the sales assistant that changes a limit is refused on its row; 不限 and 0 round-trip', async () => {
    await t.ok('customers.create', { code: 'C901', name: '无锡华光锅炉配套有限公司', creditLimit: null });
    await t.ok('customers.create', { code: 'C902', name: '镇江船舶电器有限公司', creditLimit: 0, paymentDays: 15 });
    const exported = await t.ok('excel.export', { kind: 'customers' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.dataBase64, 'base64') as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const limitAt = rows[0]!.indexOf('信用额度（元）');
    expect(rows.slice(1).map((r) => [r[0], r[limitAt]])).toEqual([
      ['C901', '不限'],
      ['C902', '0'],
    ]);

    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const preview = await t.call(
      'excel.preview',
      {
        kind: 'customers',
        filename: 'c.xlsx',
        dataBase64: await sheet([
          ['编码', '名称', '信用额度（元）'],
          ['C901', '无锡华光锅炉配套有限公司', '不限'],
          ['C902', '镇江船舶电器有限公司', '80000'],
        ]),
      },
      { sessionId: sales },
    );
    expect(preview).toMatchObject({
      ok: true,
      value: { valid: 1, errors: [{ row: 3, column: '信用额度（元）', message: REFUSED }] },
    });
  });
});
