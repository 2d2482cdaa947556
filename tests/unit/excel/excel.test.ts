import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

async function xlsx(rows: (string | number | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function readBack(dataBase64: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((r) =>
    rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
  );
  return rows;
}

describe('Excel: the template, an all-or-nothing import, and an export that re-imports', () => {
  it('the template has the columns, a notes sheet, and imports as it is', async () => {
    const template = await t.ok('excel.template', { kind: 'products' });
    expect(template.filename).toBe('产品导入模板.xlsx');
    const [headers, example] = await readBack(template.dataBase64);
    expect(headers).toEqual([
      '编码',
      '名称',
      '品牌',
      '型号规格',
      '单位',
      '税率',
      '标准售价',
      '标准成本',
      '来源',
      '类别',
      '启用',
      '备注',
    ]);
    expect(example).toContain('法兰球阀');
    const preview = await t.ok('excel.preview', {
      kind: 'products',
      filename: template.filename,
      dataBase64: template.dataBase64,
    });
    expect(preview).toMatchObject({ total: 1, valid: 1, errors: [] });
  });

  it('imports customers with their contact and address; they are found by pinyin initials', async () => {
    const file = await xlsx([
      ['编码', '名称', '简称', '税号', '付款条件', '账期（天）', '信用额度（元）', '联系人', '手机', '送货地址'],
      [
        '',
        '南京扬子石化检修工程有限公司',
        '扬子检修',
        '91320116MA1XYZ1234',
        '月结60天',
        60,
        '1200000.50',
        '孙伟',
        '13851712345',
        '南京市六合区大厂新华路777号',
      ],
      ['C-2', '重庆钢铁集团设备维修有限公司', '', '', '', '', '', '', '', ''],
    ]);
    const preview = await t.ok('excel.preview', { kind: 'customers', filename: 'c.xlsx', dataBase64: file });
    expect(preview).toMatchObject({ total: 2, valid: 2, errors: [] });
    expect(preview.sample[0]).toMatchObject({ 名称: '南京扬子石化检修工程有限公司', 手机: '13851712345' });
    const result = await t.ok('excel.commit', { importId: preview.importId });
    expect(result).toEqual({ kind: 'customers', created: 2, updated: 0 });

    const found = await t.ok('customers.list', { q: 'yzjx' });
    expect(found.rows).toHaveLength(1);
    const c = await t.ok('customers.get', { id: found.rows[0]!.id });
    expect(c).toMatchObject({
      code: 'KH00001',
      paymentDays: 60,
      creditLimit: 120000050,
      primaryContact: '孙伟',
      primaryPhone: '13851712345',
    });
    expect(c.addresses[0]?.address).toBe('南京市六合区大厂新华路777号');
    expect((await t.ok('customers.list', { q: 'zqgt' })).rows.map((r) => r.code)).toEqual(['C-2']);
    const history = await t.ok('audit.forEntity', { entity: 'customer', entityId: String(c.id) });
    expect(history.map((h) => [h.action, h.channel])).toEqual([['create', 'excel.commit']]);
  });

  it('a file with bad rows reports each with its Excel row and column, and commit writes nothing', async () => {
    const file = await xlsx([
      ['编码', '名称', '税率', '标准售价', '来源'],
      ['P1', '球阀', '13%', '12.5', '外购'],
      ['P2', '', '13%', '1', '自产'],
      ['P3', '闸阀', '17%', '1', '自产'],
      ['P1', '截止阀', '9%', '1.23456', '代销'],
    ]);
    const before = await t.count('products');
    const preview = await t.ok('excel.preview', { kind: 'products', filename: 'p.xlsx', dataBase64: file });
    expect(preview.valid).toBe(1);
    const errorsAt = preview.errors.map((e) => `${e.row}:${e.column}`);
    expect(errorsAt).toEqual(expect.arrayContaining(['3:名称', '4:税率', '5:编码', '5:标准售价', '5:来源']));
    expect(preview.errors.find((e) => e.row === 4)!.message).toBe('应为 13%、9%、6%、3%、1% 或 0%');
    expect(preview.errors.find((e) => e.row === 5 && e.column === '编码')!.message).toContain('第 2 行');
    const err = await t.fail('excel.commit', { importId: preview.importId });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('已全部拒绝导入');
    expect(await t.count('products')).toBe(before);
  });

  it('speaks English to an English user, headers included', async () => {
    const file = await xlsx([
      ['Code', 'Name', 'Tax rate'],
      ['X1', 'Valve', 'abc'],
    ]);
    const r = await t.call(
      'excel.preview',
      { kind: 'products', filename: 'p.xlsx', dataBase64: file },
      { locale: 'en' },
    );
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.errors).toEqual([{ row: 2, column: 'Tax rate', message: 'must be 13%, 9%, 6%, 3%, 1% or 0%' }]);
  });

  it('an export edited and imported again updates the records instead of duplicating them', async () => {
    await t.ok('suppliers.create', {
      name: '苏州纽威阀门股份有限公司',
      categories: ['阀门'],
      contacts: [
        { name: '陆经理', mobile: '13962112002' },
        { name: '财务', phone: '0512-1234' },
      ],
    });
    await t.ok('suppliers.create', { name: '远东电缆有限公司', categories: ['电缆'] });
    const exported = await t.ok('excel.export', { kind: 'suppliers', filters: { category: '阀门' } });
    expect(exported.rows).toBe(1);
    const rows = await readBack(exported.dataBase64);
    expect(rows[1]).toEqual(
      expect.arrayContaining(['GY0001', '苏州纽威阀门股份有限公司', '阀门', '陆经理', '13962112002', '是']),
    );
    // Change the mobile in the sheet and bring it back.
    const headers = rows[0]!;
    rows[1]![headers.indexOf('手机')] = '13900000000';
    const preview = await t.ok('excel.preview', {
      kind: 'suppliers',
      filename: 's.xlsx',
      dataBase64: await xlsx(rows),
    });
    expect(preview.errors).toEqual([]);
    expect(await t.ok('excel.commit', { importId: preview.importId })).toEqual({
      kind: 'suppliers',
      created: 0,
      updated: 1,
    });
    expect(await t.count('suppliers')).toBe(2);
    const s = await t.ok('suppliers.get', { id: 1 });
    expect(s.contacts.map((c) => [c.name, c.mobile, c.isPrimary])).toEqual([
      ['陆经理', '13900000000', true],
      ['财务', null, false],
    ]);
    expect(s.lockVersion).toBe(2);
  });

  it('a dispatch clerk may export but not import products', async () => {
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const { sessionId } = await t.ok('auth.login', { username: 'wangqiang' });
    const file = await xlsx([['名称'], ['球阀']]);
    expect(
      (await t.fail('excel.preview', { kind: 'products', filename: 'p.xlsx', dataBase64: file }, { sessionId })).code,
    ).toBe('FORBIDDEN');
    expect((await t.call('excel.export', { kind: 'products' }, { sessionId })).ok).toBe(true);
  });

  it('reports progress while a 2,000-row import commits, and every row lands', async () => {
    const rows: (string | number)[][] = [['名称', '品牌', '型号规格', '标准售价']];
    for (let i = 1; i <= 2000; i++) rows.push([`球阀 ${i}`, '苏阀', `DN${i}`, `${i}.5`]);
    const preview = await t.ok('excel.preview', {
      kind: 'products',
      filename: 'big.xlsx',
      dataBase64: await xlsx(rows),
    });
    expect(preview.valid).toBe(2000);
    const seen: number[] = [];
    const commit = t.ok('excel.commit', { importId: preview.importId });
    let done = false;
    void commit.then(() => (done = true));
    while (!done) {
      const p = await t.ok('excel.progress', { importId: preview.importId });
      seen.push(p.done);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await commit).toEqual({ kind: 'products', created: 2000, updated: 0 });
    expect(seen.some((n) => n > 0 && n < 2000)).toBe(true);
    expect(await t.ok('excel.progress', { importId: preview.importId })).toEqual({
      state: 'done',
      done: 2000,
      total: 2000,
    });
    expect(await t.count('products')).toBe(2000);
  });

  it('an unknown import, or one committed twice, fails cleanly', async () => {
    expect((await t.fail('excel.commit', { importId: '00000000-0000-4000-8000-000000000000' })).message).toContain(
      '导入预览已过期',
    );
    const preview = await t.ok('excel.preview', {
      kind: 'products',
      filename: 'p.xlsx',
      dataBase64: await xlsx([['名称'], ['球阀']]),
    });
    await t.ok('excel.commit', { importId: preview.importId });
    expect((await t.fail('excel.commit', { importId: preview.importId })).code).toBe('NOT_FOUND');
    expect(await t.count('products')).toBe(1);
  });

  it('a file that is not Excel is refused in words', async () => {
    const err = await t.fail('excel.preview', {
      kind: 'customers',
      filename: 'x.xlsx',
      dataBase64: Buffer.from('hello').toString('base64'),
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('无法读取 Excel 文件');
  });
});
