import { expect, test } from './fixtures';
import { chooseOption } from './pickers';

test('a fax from a supplier is registered with its scan and forwarded to the purchaser', async ({ loggedIn: page }) => {
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/已载入示例数据/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('menuitem', { name: '收发文' }).click();
  await page.getByRole('button', { name: '登记' }).click();
  const drawer = page.locator('.ant-drawer');
  await chooseOption(page, drawer.getByLabel('类型', { exact: true }), '传真');
  await drawer.getByLabel('主题', { exact: true }).fill('12 月起出厂价上调 5% 的通知');
  await drawer.getByLabel('对方编号', { exact: true }).fill('GH-2026-118');
  await chooseOption(page, drawer.getByLabel('选择供应商'), '布莱迪仪器仪表（上海）有限公司', 'bld');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer.getByText(/收发文登记 DJ\d{4}-\d{5}/)).toBeVisible();

  await drawer.getByRole('tab', { name: /附件/ }).click();
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: '调价通知.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(drawer.getByText('调价通知.pdf')).toBeVisible();

  await drawer.getByRole('tab', { name: /转发/ }).click();
  await drawer.getByLabel('转给', { exact: true }).fill('采购 刘芳');
  await drawer.getByRole('button', { name: '登记转发' }).click();
  await expect(drawer.getByRole('cell', { name: '采购 刘芳' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The list finds it by the supplier's number and shows its file and forward.
  await page.getByLabel('搜索').fill('GH-2026-118');
  const row = page.getByRole('row').filter({ hasText: '12 月起出厂价上调' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('传真');
  await expect(row).toContainText('布莱迪仪器仪表（上海）有限公司');
});
