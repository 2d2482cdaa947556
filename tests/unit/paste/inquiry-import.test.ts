import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { draftLine } from '../../../electron/shared/paste/line-draft';
import { readSheetLines } from '../../../electron/shared/paste/sheet-lines';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A customer's 询价清单 as they send it: a cover sheet, a title over the header, numbers as numbers, a formula. */
async function inquiryWorkbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const cover = book.addWorksheet('说明');
  cover.addRow(['请于本周五前报价，含13%增值税专用发票']);
  const sheet = book.addWorksheet('询价清单');
  sheet.addRow(['苏州工业园区清源华衍水务有限公司 询价清单']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['询价日期', '2026-03-02']);
  sheet.addRow([]);
  sheet.addRow(['序号', '物料编码', '物料名称', '规格型号', '单位', '数量', '单价（元）', '金额']);
  sheet.addRow([1, 'P-001', '电磁流量计', 'LDG-150', '台', 2, null, { formula: 'F5*G5', result: 0 }]);
  sheet.addRow([2, '', '法兰球阀', 'Q41F-16C  DN80', '台', 6, 1860.5, { formula: 'F6*G6', result: 11163 }]);
  sheet.addRow([3, '', '不锈钢软管', 'DN25 L=500', '根', 12.5, '１,２００.００', null]);
  sheet.addRow([4, '', '压力表', 'Y-100', '只', 'abc', 85, null]);
  sheet.addRow(['合计', '', '', '', '', '', '', { formula: 'SUM(H5:H8)', result: 11163 }]);
  const hidden = book.addWorksheet('内部');
  hidden.state = 'hidden';
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('a customer’s 询价清单 xlsx imported into a quote', () => {
  it('reads the chosen sheet, finds the header under the title, matches products and prices the lines exactly', async () => {
    await t.ok('products.create', {
      code: 'P-001',
      name: '电磁流量计',
      spec: 'LDG-150',
      unit: '台',
      listPrice: '6000',
    });
    await t.ok('products.create', {
      code: 'V-080',
      name: '法兰球阀',
      spec: 'Q41F-16C DN80',
      unit: '台',
      listPrice: '1700',
    });
    const customer = await t.ok('customers.create', { name: '苏州工业园区清源华衍水务有限公司' });
    const dataBase64 = await inquiryWorkbook();

    // Without a sheet named, the first sheet with anything in it; hidden sheets are not offered.
    const first = await t.ok('paste.readSheet', { filename: '询价清单.xlsx', dataBase64 });
    expect(first.sheets).toEqual(['说明', '询价清单']);
    expect(first.sheet).toBe('说明');

    const grid = await t.ok('paste.readSheet', { filename: '询价清单.xlsx', dataBase64, sheet: '询价清单' });
    expect(grid.firstRow).toBe(1);
    const read = readSheetLines(grid.rows, grid.firstRow);
    expect(read.headerRow).toBe(4);
    expect(read.columns).toEqual(['index', 'code', 'name', 'spec', 'unit', 'quantity', 'unitPrice', 'amount']);
    // Excel's own row numbers, the 合计 row left out, the bad quantity marked.
    expect(read.lines.map((l) => [l.row, l.name, l.quantity, l.unitPrice, l.problems])).toEqual([
      [5, '电磁流量计', '2', null, {}],
      [6, '法兰球阀', '6', '1860.5', {}],
      [7, '不锈钢软管', '12.5', '1200.00', {}],
      [8, '压力表', null, '85', { quantity: 'notNumber' }],
    ]);

    const { matches } = await t.ok('products.matchLines', {
      rows: read.lines.map((l) => ({ code: l.code, name: l.name, spec: l.spec })),
    });
    expect(matches.map((m) => m.by)).toEqual(['code', 'nameSpec', null, null]);

    // The user corrects nothing and leaves the bad row out; the rest become the quote's lines (tax included).
    const lines = read.lines
      .slice(0, 3)
      .map((l, i) => draftLine(l, matches[i]!.product, { priceIncludesTax: true, defaultUnit: '个' }));
    expect(lines.map((l) => [l.productId !== null, l.name, l.unit, l.quantity, l.unitPrice])).toEqual([
      // No price in the list: the list price (net 6000) with 13% tax.
      [true, '电磁流量计', '台', '2', '6780.00'],
      [true, '法兰球阀', '台', '6', '1860.5'],
      [false, '不锈钢软管', '根', '12.5', '1200.00'],
    ]);
    const quote = await t.ok('quotes.create', { customerId: customer.id, quoteDate: today(), lines });
    expect(quote.lines.map((l) => l.gross)).toEqual([1_356_000, 1_116_300, 1_500_000]);
    expect(quote.totals.gross).toBe(3_972_300);
  });

  it('a file that is not a workbook, or a sheet it does not have, is refused in plain words', async () => {
    const bad = await t.fail('paste.readSheet', {
      filename: '询价清单.xlsx',
      dataBase64: Buffer.from('not a workbook').toString('base64'),
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('无法读取 Excel 文件');
    const missing = await t.fail('paste.readSheet', {
      filename: '询价清单.xlsx',
      dataBase64: await inquiryWorkbook(),
      sheet: '报价',
    });
    expect(missing.message).toBe('文件中没有名为「报价」的工作表');
    expect(missing.details?.fields).toEqual([{ path: 'sheet', message: '文件中没有名为「报价」的工作表' }]);
  });
});
