import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BUYER_TAX_ID, digitalNumber, invoiceInput } from './invoice-fixtures';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const HEADER = [
  '序号',
  '发票代码',
  '发票号码',
  '数电票号码',
  '销方识别号',
  '购买方识别号',
  '购买方名称',
  '开票日期',
  '税收分类编码',
  '货物或应税劳务名称',
  '规格型号',
  '单位',
  '数量',
  '单价',
  '金额',
  '税率',
  '税额',
  '价税合计',
  '发票来源',
  '发票票种',
  '发票状态',
  '备注',
  '开票人',
];

/** The platform's per-line export of issued invoices, as a finance clerk downloads it. */
async function taxExport(rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('信息汇总表');
  sheet.addRow(HEADER);
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

const SELLER = '91320500MA1N0XXX3Q';
const row = (
  number: string,
  taxId: string,
  item: [name: string, spec: string, qty: string, price: string, net: string, tax: string, gross: string],
  status = '正常',
  remarks = '',
) => [
  '',
  '',
  number,
  SELLER,
  taxId,
  '苏州工业园区清源华衍水务有限公司',
  '2026-11-18 10:21:33',
  '1090531010000000000',
  item[0],
  item[1],
  '台',
  item[2],
  item[3],
  item[4],
  '13%',
  item[5],
  item[6],
  '电子发票服务平台',
  '数电发票（增值税专用发票）',
  status,
  remarks,
  '李会计',
];

describe('importing the tax system’s export', () => {
  it('previews row errors, then registers the valid invoices and red-letters in one batch', async () => {
    const c = await t.ok('customers.create', {
      name: '苏州工业园区清源华衍水务有限公司',
      taxId: BUYER_TAX_ID,
      paymentDays: 30,
    });
    const registered = await t.ok('invoices.create', invoiceInput(c.id));
    const blue = '26322000000012345678';
    const file = await taxExport([
      row(blue, BUYER_TAX_ID, [
        '*仪器仪表*电磁流量计',
        'LDG-150',
        '2',
        '6017.699115',
        '12035.40',
        '1564.60',
        '13600.00',
      ]),
      row(blue, BUYER_TAX_ID, ['*阀门*法兰球阀', 'Q41F-16C DN80', '1', '1646.46', '1646.46', '214.04', '1860.50']),
      row('26322000000012345679', '91110108MA00AAAA1X', [
        '*仪器仪表*压力变送器',
        'PT-10',
        '1',
        '1000',
        '1000.00',
        '130.00',
        '1130.00',
      ]),
      row(registered.number, BUYER_TAX_ID, [
        '*仪器仪表*电磁流量计',
        'LDG-150',
        '1',
        '1000',
        '1000.00',
        '130.00',
        '1130.00',
      ]),
      row(
        '26322000000012345680',
        BUYER_TAX_ID,
        ['*阀门*法兰球阀', 'Q41F-16C DN80', '-1', '1646.46', '-1646.46', '-214.04', '-1860.50'],
        '正常',
        `被红冲蓝字数电发票号码：${blue} 红字发票信息确认单编号：32050025111000012345`,
      ),
      row(
        '26322000000012345681',
        BUYER_TAX_ID,
        ['*阀门*法兰球阀', 'Q41F-16C DN80', '-1', '1646.46', '-1646.46', '-214.04', '-1860.50'],
        '正常',
        '被红冲蓝字数电发票号码：26322000000099999999',
      ),
      row('2632200000001234568', BUYER_TAX_ID, [
        '*仪器仪表*电磁流量计',
        'LDG-150',
        '1',
        '1000',
        '1000.00',
        '131.50',
        '1131.50',
      ]),
    ]);
    const before = await t.count('invoices');
    const preview = await t.ok('invoices.importPreview', { filename: '已开发票.xlsx', dataBase64: file });
    expect(await t.count('invoices')).toBe(before);
    expect(preview.total).toBe(6);
    expect(preview.valid).toBe(2);
    expect(preview.invoices).toEqual([
      {
        row: 2,
        number: blue,
        code: '',
        type: 'digital_special',
        issueDate: '2026-11-18',
        buyerName: '苏州工业园区清源华衍水务有限公司',
        customerName: c.name,
        gross: 1546050,
        lines: 2,
        redOf: null,
      },
      expect.objectContaining({ row: 6, number: '26322000000012345680', gross: -186050, redOf: blue }),
    ]);
    expect(preview.errors).toEqual([
      { row: 4, column: '购买方识别号', message: '没有税号为 91110108MA00AAAA1X 的客户，请先在客户资料中填写税号' },
      { row: 5, column: '发票号码', message: `发票 ${registered.number} 已经登记过了` },
      { row: 7, column: '发票号码', message: '找不到红字发票对应的蓝字发票 26322000000099999999' },
      { row: 8, column: '发票号码', message: '数电发票号码应为 20 位数字' },
      { row: 8, column: '税额', message: '税额与“金额×税率”相差超过 1 分，请按发票上的数字填写' },
    ]);

    const done = await t.ok('invoices.importCommit', { filename: '已开发票.xlsx', dataBase64: file });
    expect(done).toMatchObject({ created: 1, reds: 1, skipped: 4 });
    expect(await t.count('invoices')).toBe(before + 2);
    const [imported] = (await t.ok('invoices.list', { q: blue })).rows;
    const detail = await t.ok('invoices.get', { id: imported!.id });
    expect(detail).toMatchObject({
      importRef: done.importRef,
      net: 1368186,
      tax: 177864,
      gross: 1546050,
      open: 1360000,
      dueDate: '2026-12-18',
      issuer: '李会计',
      redRemaining: 1360000,
    });
    expect(detail.lines.map((l) => [l.taxClass, l.name, l.quantity, l.unitPrice])).toEqual([
      ['*仪器仪表*', '电磁流量计', '2', '6017.699115'],
      ['*阀门*', '法兰球阀', '1', '1646.46'],
    ]);
    expect(detail.reds).toMatchObject([{ number: '26322000000012345680', gross: -186050 }]);
    const audit = await t.ok('audit.forEntity', { entity: 'import', entityId: done.importRef });
    expect(audit).toHaveLength(1);
    // The same file again registers nothing twice.
    const again = await t.ok('invoices.importCommit', { filename: '已开发票.xlsx', dataBase64: file });
    expect(again).toMatchObject({ created: 0, reds: 0, skipped: 6 });
    expect(await t.count('invoices')).toBe(before + 2);
  });

  it('reads one row per invoice without detail columns, and needs the number column', async () => {
    const c = await t.ok('customers.create', { name: '无锡华光环保能源集团', taxId: BUYER_TAX_ID });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('发票');
    sheet.addRow([
      '发票代码',
      '发票号码',
      '购方识别号',
      '购方名称',
      '开票日期',
      '金额',
      '税额',
      '价税合计',
      '发票票种',
      '发票状态',
    ]);
    sheet.addRow([
      '3200231130',
      '00012345',
      BUYER_TAX_ID,
      c.name,
      '2026/11/3',
      '10000.00',
      '1300.00',
      '11300.00',
      '增值税专用发票',
      '正常',
    ]);
    sheet.addRow([
      '3200231130',
      '00012346',
      BUYER_TAX_ID,
      c.name,
      '2026/11/3',
      '500.00',
      '65.00',
      '565.00',
      '增值税普通发票',
      '作废',
    ]);
    const data = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const preview = await t.ok('invoices.importPreview', { filename: 'paper.xlsx', dataBase64: data });
    expect(preview.invoices).toMatchObject([
      {
        row: 2,
        code: '3200231130',
        number: '00012345',
        type: 'paper_special',
        issueDate: '2026-11-03',
        gross: 1130000,
      },
    ]);
    expect(preview.errors).toEqual([{ row: 3, column: '发票状态', message: '已作废的发票不登记' }]);

    const bare = new ExcelJS.Workbook();
    bare.addWorksheet('x').addRow(['购方识别号', '开票日期', '金额', '税额']);
    const missing = await t.ok('invoices.importPreview', {
      filename: 'bare.xlsx',
      dataBase64: Buffer.from(await bare.xlsx.writeBuffer()).toString('base64'),
    });
    expect(missing.errors).toEqual([{ row: 1, column: '发票号码', message: '缺少必需的列「发票号码」' }]);
  });

  it('a dispatch clerk cannot import', async () => {
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const { sessionId } = await t.ok('auth.login', { username: 'wangqiang' });
    const e = await t.fail('invoices.importPreview', { filename: 'a.xlsx', dataBase64: '' }, { sessionId });
    expect(e.code).toBe('FORBIDDEN');
    expect(digitalNumber()).toHaveLength(20);
  });
});
