import fs from 'node:fs';
import path from 'node:path';
import { expect, login, test } from './fixtures';
import { chooseOption } from './pickers';

test.describe('settings the administrator keeps', () => {
  test('users: create one, change the role, and deactivate; each change shows at the next login', async ({
    page,
    neiqin,
  }) => {
    await page.goto(neiqin.url);
    await login(page, 'admin');
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '用户与角色' }).click();

    // A new purchaser, without a password.
    await page.getByRole('button', { name: '新建用户' }).click();
    const create = page.getByRole('dialog').filter({ hasText: '新建用户' });
    await create.getByLabel('用户名', { exact: true }).fill('liuyang');
    await create.getByLabel('姓名', { exact: true }).fill('刘洋');
    await chooseOption(page, create.getByLabel('角色', { exact: true }), '采购');
    await create.getByRole('button', { name: /确\s*定|OK/ }).click();
    const row = page.getByRole('row').filter({ hasText: 'liuyang' });
    await expect(row.locator('td')).toContainText(['liuyang', '刘洋', '采购', '否', '启用']);

    // As a purchaser he sees the quotes.
    await page.getByRole('button', { name: '退出登录' }).click();
    await login(page, 'liuyang');
    await expect(page.getByTestId('current-user')).toContainText('刘洋');
    await expect(page.getByRole('menuitem', { name: '报价' })).toBeVisible();
    await page.getByRole('button', { name: '退出登录' }).click();

    // He moves to dispatch.
    await login(page, 'admin');
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '用户与角色' }).click();
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const edit = page.getByRole('dialog').filter({ hasText: '刘洋' });
    await chooseOption(page, edit.getByLabel('角色', { exact: true }), '外勤调度');
    await edit.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(row.locator('td').nth(2)).toHaveText('外勤调度');
    await page.getByRole('button', { name: '退出登录' }).click();
    await login(page, 'liuyang');
    await expect(page.getByRole('menuitem', { name: '市内派车' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: '报价' })).toHaveCount(0);
    await page.getByRole('button', { name: '退出登录' }).click();

    // He leaves: deactivated, kept in the list, and no longer offered at login.
    await login(page, 'admin');
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '用户与角色' }).click();
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    await edit.getByLabel('启用', { exact: true }).click();
    await edit.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(row.locator('td').nth(4)).toHaveText('停用');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('用户').first().click();
    await expect(page.locator('.ant-select-item-option').filter({ hasText: '管理员' }).first()).toBeVisible();
    await expect(page.locator('.ant-select-item-option').filter({ hasText: '刘洋' })).toHaveCount(0);
  });

  test('backup: made from the screen, listed with its reason, and on disk in the data folder', async ({
    loggedIn: page,
    neiqin,
  }) => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '备份与恢复' }).click();
    await expect(page.getByText(path.join(neiqin.dataDir, 'backups'))).toBeVisible();
    await page.getByRole('button', { name: '立即备份' }).click();
    const done = page.getByText(/^已备份：/);
    await expect(done).toBeVisible();
    const name = ((await done.textContent()) ?? '').replace(/^已备份：/, '').trim();
    expect(name).toMatch(/^neiqin-.*manual.*\.db$/);
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row.locator('td').nth(1)).toHaveText('手动');
    const file = path.join(neiqin.dataDir, 'backups', name);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
