import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, rpcAs, test } from './fixtures';
import { chooseOption } from './pickers';

/** The DOM as the page has it (this file compiles for Node, without the DOM's types). */
interface PageDom {
  DataTransfer: new () => { setData(format: string, data: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => Event;
}

/** What Ctrl+V does in a browser: a paste event carrying the clipboard's text, bubbling from the focused box. */
function pasteInto(box: Locator, text: string) {
  return box.evaluate((el, pasted) => {
    const dom = globalThis as unknown as PageDom;
    const data = new dom.DataTransfer();
    data.setData('text/plain', pasted);
    (el as unknown as { dispatchEvent(e: Event): boolean }).dispatchEvent(
      new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

test('three rows copied from Excel are pasted into a quote: matched by code and by name and spec, one left as free text, priced right', async ({
  loggedIn: page,
  neiqin,
}) => {
  await rpcAs(neiqin, 'admin', 'products.create', {
    code: 'P-001',
    name: '电磁流量计',
    brand: '光华',
    spec: 'LDG-150',
    unit: '台',
    listPrice: '6000',
  });
  await rpcAs(neiqin, 'admin', 'products.create', {
    name: '法兰球阀',
    spec: 'Q41F-16C DN80',
    unit: '台',
    listPrice: '1700',
  });
  await rpcAs(neiqin, 'admin', 'customers.create', { name: '苏州工业园区清源华衍水务有限公司' });

  await page.getByRole('menuitem', { name: '报价' }).click();
  await page.getByRole('button', { name: '新建报价' }).click();
  const drawer = page.locator('.ant-drawer').filter({ has: page.getByRole('tab', { name: '成本核算' }) });
  await chooseOption(page, drawer.getByLabel('选择客户'), '苏州工业园区清源华衍水务有限公司', '清源');
  await drawer.getByRole('tab', { name: '报价明细' }).click();

  // What Excel puts on the clipboard: a header row, then three rows; the price typed with a separator, a
  // quantity in full-width digits.
  const copied = [
    ['编码', '名称', '规格', '数量', '单价'],
    ['P-001', '', '', '2', ''],
    ['', '法兰球阀', 'Q41F-16C DN80', '６', '1,860.50'],
    ['', '不锈钢软管', 'DN25 L=500', '10', '45'],
  ]
    .map((r) => r.join('\t'))
    .join('\r\n');
  // Ctrl+V in the lines table (the first line's name box has the focus).
  const nameBox = drawer.getByLabel('名称 1', { exact: true });
  await nameBox.click();
  await pasteInto(nameBox, copied);

  const dialog = page.getByRole('dialog').filter({ hasText: '从 Excel 粘贴明细' });
  await expect(dialog.getByTestId('paste-layout')).toHaveText('表头在第 1 行：编码、名称、规格、数量、单价');
  await expect(dialog.getByTestId('paste-summary')).toContainText(
    '共 3 行：按编码匹配 1 行，按名称规格匹配 1 行，未匹配 1 行',
  );
  const rows = dialog.getByTestId('paste-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-matched', 'yes');
  await expect(rows.nth(1)).toHaveAttribute('data-matched', 'yes');
  // The unmatched row stands out and stays a free-text line.
  await expect(rows.nth(2)).toHaveAttribute('data-matched', 'no');
  await expect(rows.nth(2)).toContainText('未匹配');
  await expect(rows.nth(2)).toContainText('不锈钢软管');
  // The first row had no price: it will take the list price with tax (6000 × 1.13).
  await expect(dialog.getByLabel('单价 1', { exact: true })).toHaveAttribute('placeholder', '空着按 6,780.00');
  await dialog.getByRole('button', { name: '添加 3 行' }).click();
  await expect(page.getByText('已添加 3 行明细')).toBeVisible();

  // The blank first line gave way; the three lines are the quote's, priced exactly.
  await expect(drawer.getByLabel('名称 1', { exact: true })).toHaveValue('电磁流量计');
  await expect(drawer.getByLabel('型号规格 1', { exact: true })).toHaveValue('LDG-150');
  await expect(drawer.getByLabel('单价 1', { exact: true })).toHaveValue('6780.00');
  await expect(drawer.getByLabel('名称 2', { exact: true })).toHaveValue('法兰球阀');
  await expect(drawer.getByLabel('数量 2', { exact: true })).toHaveValue('6');
  await expect(drawer.getByLabel('单价 2', { exact: true })).toHaveValue('1860.50');
  await expect(drawer.getByLabel('名称 3', { exact: true })).toHaveValue('不锈钢软管');
  await expect(drawer.getByLabel('单价 3', { exact: true })).toHaveValue('45');
  await expect(drawer.getByLabel('名称 4', { exact: true })).toHaveCount(0);
  // 2 × 6,780.00 + 6 × 1,860.50 + 10 × 45.00
  await expect(drawer.getByTestId('quote-gross')).toHaveText('25,173.00');
  await drawer.getByRole('button', { name: '保存草稿' }).click();
  await expect(drawer.getByText(/报价单 BJ\d{4}-\d{5} V1/)).toBeVisible();
});

test('the orders list exports every row of its filter, not only the page shown, and the file reads back', async ({
  loggedIn: page,
  neiqin,
}) => {
  test.setTimeout(120_000);
  const suzhou = await rpcAs(neiqin, 'admin', 'customers.create', { name: '苏州工业园区清源华衍水务有限公司' });
  const changsha = await rpcAs(neiqin, 'admin', 'customers.create', { name: '长沙银河自动化有限公司' });
  const order = (customerId: number, i: number) =>
    rpcAs(neiqin, 'admin', 'orders.direct.create', {
      customerId,
      customerPo: `PO-${String(i).padStart(2, '0')}`,
      orderDate: today(),
      lines: [{ name: '法兰球阀', spec: 'Q41F-16C DN80', unit: '台', quantity: String(i), unitPrice: '1234.5' }],
    });
  // 23 of Suzhou's orders, more than a page of 20; two of Changsha's, which the filter leaves out.
  for (let i = 1; i <= 23; i++) await order(suzhou.id, i);
  for (let i = 1; i <= 2; i++) await order(changsha.id, 100 + i);

  await page.getByRole('menuitem', { name: '订单' }).click();
  await page.getByLabel('客户名称或拼音').fill('清源');
  const grid = page.getByRole('grid');
  await expect(page.getByText('共 23 条')).toBeVisible();
  // Twenty a page.
  await page.locator('.ant-pagination-options .ant-select').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '20 条/页' }).click();
  await expect(grid.locator('tbody tr.row')).toHaveCount(20);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`销售合同-${today().replace(/-/g, '')}.xlsx`);
  await expect(page.getByText('已导出 23 行')).toBeVisible();

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(row(1)).toEqual([
    '合同号',
    '状态',
    '客户',
    '客户订单号',
    '业务员',
    '来源报价',
    '合同日期',
    '交货日期',
    '价税合计',
  ]);
  expect(sheet.rowCount).toBe(24);
  const body = Array.from({ length: 23 }, (_, i) => row(i + 2));
  expect(new Set(body.map((r) => r[2]))).toEqual(new Set(['苏州工业园区清源华衍水务有限公司']));
  expect(body.map((r) => r[1])).toEqual(Array(23).fill('草稿'));
  // Money as numbers Excel can add up, shown with two decimals: 1,234.50 × i.
  const gross = new Map(body.map((r) => [r[3], r[8]]));
  expect(gross.get('PO-01')).toBe(1234.5);
  expect(gross.get('PO-23')).toBe(28393.5);
  expect(sheet.getRow(2).getCell(9).numFmt).toBe('#,##0.00');
});

test('a customer’s 询价清单 xlsx becomes a new quote’s lines from the inquiry, the sheet chosen, a bad quantity corrected', async ({
  loggedIn: page,
  neiqin,
}) => {
  await rpcAs(neiqin, 'admin', 'products.create', {
    code: 'P-001',
    name: '电磁流量计',
    spec: 'LDG-150',
    unit: '台',
    listPrice: '6000',
  });
  const customer = await rpcAs(neiqin, 'admin', 'customers.create', { name: '长沙银河自动化有限公司' });
  await rpcAs(neiqin, 'admin', 'inquiries.create', {
    customerId: customer.id,
    date: today(),
    requirement: '见询价清单',
  });

  const book = new ExcelJS.Workbook();
  book.addWorksheet('说明').addRow(['请报含税价']);
  const sheet = book.addWorksheet('询价清单');
  sheet.addRow(['长沙银河自动化有限公司 询价清单']);
  sheet.addRow(['序号', '物料编码', '物料名称', '规格型号', '单位', '数量', '单价']);
  sheet.addRow([1, 'P-001', '电磁流量计', 'LDG-150', '台', 3, null]);
  sheet.addRow([2, '', '压力表', 'Y-100 0-1.6MPa', '只', '1２个', 85]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await page.getByRole('menuitem', { name: '询价' }).click();
  await page.getByRole('grid').getByText('见询价清单').dblclick();
  await page.getByRole('button', { name: '导入询价清单报价' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '导入客户询价清单' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: '询价清单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  // The first sheet is only a note: the user picks the list.
  await expect(dialog.getByTestId('paste-layout')).toHaveText(
    '没有识别到表头，按默认顺序：编码或名称、规格、单位、数量、单价',
  );
  await chooseOption(page, dialog.getByLabel('工作表'), '询价清单');
  await expect(dialog.getByTestId('paste-layout')).toHaveText('表头在第 2 行：编码、名称、规格、单位、数量、单价');
  await expect(dialog.getByTestId('paste-summary')).toContainText(
    '共 2 行：按编码匹配 1 行，按名称规格匹配 0 行，未匹配 1 行',
  );
  // '1２个' is not a quantity: said beside it, and nothing can be added until it is put right.
  await expect(dialog.getByText('不是数字')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '添加 2 行' })).toBeDisabled();
  await dialog.getByLabel('数量 2', { exact: true }).fill('１２');
  await expect(dialog.getByText('不是数字')).toBeHidden();
  await dialog.getByRole('button', { name: '添加 2 行' }).click();

  const drawer = page.locator('.ant-drawer').filter({ has: page.getByRole('tab', { name: '成本核算' }) });
  await expect(drawer.getByLabel('名称 1', { exact: true })).toHaveValue('电磁流量计');
  await expect(drawer.getByLabel('名称 2', { exact: true })).toHaveValue('压力表');
  await expect(drawer.getByLabel('数量 2', { exact: true })).toHaveValue('12');
  // 3 × 6,780.00 + 12 × 85.00
  await expect(drawer.getByTestId('quote-gross')).toHaveText('21,360.00');
  await drawer.getByRole('button', { name: '保存草稿' }).click();
  await expect(drawer.getByText(/报价单 BJ\d{4}-\d{5} V1/)).toBeVisible();
  await drawer.getByRole('tab', { name: '报价信息' }).click();
  await expect(drawer.getByText('长沙银河自动化有限公司')).toBeVisible();
});
