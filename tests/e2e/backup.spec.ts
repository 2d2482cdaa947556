import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('设置 › 备份与恢复 shows the day’s automatic backup and keeps a second folder and the rotation', async ({
  loggedIn: page,
  neiqin,
}) => {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('tab', { name: '备份与恢复' }).click();
  // Browser mode backed up on start: the status and the list both show it.
  await expect(page.getByTestId('auto-backup-status')).toContainText(/成功：neiqin-\d{8}-\d{6}-auto\.db/);
  await expect(page.getByRole('row').filter({ hasText: '自动' })).toHaveCount(1);

  const folder = page.getByLabel('第二备份位置', { exact: true });
  await folder.fill('usb-backups');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText(/第二备份位置应填写完整路径/).first()).toBeVisible();
  // The form is busy until the error notice closes.
  await expect(page.getByRole('button', { name: /保\s*存/ })).not.toHaveClass(/ant-btn-loading/);

  const usb = path.join(neiqin.dataDir, 'usb');
  fs.mkdirSync(usb);
  await folder.fill(usb);
  await page.getByLabel('保留每日备份（天）', { exact: true }).fill('10');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();

  await page.reload();
  await page.getByRole('tab', { name: '备份与恢复' }).click();
  await expect(page.getByLabel('第二备份位置', { exact: true })).toHaveValue(usb);
  await expect(page.getByLabel('保留每日备份（天）', { exact: true })).toHaveValue('10');
});
