import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

test('the purchaser imports products from an Excel file: preview, then all rows at once', async ({
  loggedIn: page,
}) => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  sheet.addRow(['名称', '品牌', '型号规格', '单位', '税率', '标准售价', '来源']);
  sheet.addRow(['压力变送器', '横河', 'EJA530E 0-2MPa', '台', '13%', '4680', '外购']);
  sheet.addRow(['电磁流量计', '科隆', 'OPTIFLUX 2000 DN80', '台', '13%', '15800', '外购']);
  sheet.addRow(['蝶阀', '恒信', 'D371X-16 DN200', '台', '13%', '1680', '自产']);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-xlsx-')), '产品.xlsx');
  await book.xlsx.writeFile(file);

  await page.getByRole('menuitem', { name: '产品' }).click();
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('从 Excel 导入产品')).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(file);
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByText('共 3 行，3 行有效')).toBeVisible();
  await expect(preview.getByText('EJA530E 0-2MPa')).toBeVisible();
  await dialog.getByRole('button', { name: '导入 3 行' }).click();
  await expect(page.getByText('导入完成：新建 3 条，更新 0 条')).toBeVisible();

  const grid = page.getByRole('grid');
  await expect(grid.getByText('电磁流量计')).toBeVisible();
  await page.getByLabel('搜索').fill('hx');
  await expect(grid.getByText('蝶阀')).toBeVisible();
  await expect(grid.getByText('压力变送器')).toHaveCount(0);
});

test('a file with mistakes shows them by row and column and imports nothing', async ({ loggedIn: page }) => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  sheet.addRow(['名称', '税率']);
  sheet.addRow(['球阀', '17%']);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-xlsx-')), 'bad.xlsx');
  await book.xlsx.writeFile(file);

  await page.getByRole('menuitem', { name: '产品' }).click();
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('1 处错误，请修正文件后重新选择')).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '应为 13%、9%、6%、3%、1% 或 0%' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '导入 0 行' })).toBeDisabled();
});

test('the administrator loads the demo company on first run and finds a customer by polyphone initials', async ({
  loggedIn: page,
}) => {
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.getByRole('button', { name: '载入示例数据' }).click();
  // A year of history goes through the services: it takes seconds, longer on a busy machine.
  await expect(page.getByText(/已载入示例数据：30 个客户/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('menuitem', { name: '客户' }).click();
  await page.getByLabel('搜索').fill('zqgt');
  await expect(page.getByRole('grid').getByText('重庆钢铁集团设备维修有限公司')).toBeVisible();
});
