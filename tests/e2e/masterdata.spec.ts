import { expect, test } from './fixtures';

test.describe('master data as a sales assistant uses it', () => {
  test('create a customer with two contacts, find it by pinyin initials and by a Chinese substring, edit it and read its history', async ({
    loggedIn: page,
  }) => {
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('名称', { exact: true }).fill('杭州华联机电设备有限公司');
    await drawer.getByLabel('简称', { exact: true }).fill('杭州华联');
    await drawer.getByLabel('付款条件', { exact: true }).fill('月结30天');
    await drawer.getByRole('tab', { name: '联系人' }).click();
    await drawer.getByRole('button', { name: '添加联系人' }).click();
    await drawer.getByRole('button', { name: '添加联系人' }).click();
    await drawer.getByLabel('联系人 1 名称', { exact: true }).fill('刘伟');
    await drawer.getByLabel('联系人 1 手机', { exact: true }).fill('13901012345');
    await drawer.getByLabel('联系人 2 名称', { exact: true }).fill('赵敏');
    await drawer.getByLabel('联系人 2 手机', { exact: true }).fill('13801012345');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await expect(drawer.getByText('编辑客户 KH00001')).toBeVisible();
    await drawer.getByRole('button', { name: /取\s*消/ }).click();

    const search = page.getByLabel('搜索', { exact: true });
    const grid = page.getByRole('grid');
    await search.fill('hzhl');
    await expect(grid.getByText('杭州华联机电设备有限公司')).toBeVisible();
    await expect(grid.getByText('刘伟')).toBeVisible();
    await search.fill('zzzz');
    await expect(page.getByText('暂无数据')).toBeVisible();
    await search.fill('华联机电');
    await expect(grid.getByText('杭州华联机电设备有限公司')).toBeVisible();

    // Keyboard: focus the list, Enter opens the selected row.
    await grid.focus();
    await page.keyboard.press('Enter');
    await expect(drawer.getByText('编辑客户 KH00001')).toBeVisible();
    await drawer.getByLabel('付款条件', { exact: true }).fill('款到发货');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('已保存').last()).toBeVisible();
    await drawer.getByRole('tab', { name: '操作记录' }).click();
    const history = drawer.getByTestId('audit-timeline');
    await expect(history.getByText('修改')).toBeVisible();
    await expect(history.getByText('新建')).toBeVisible();
    await expect(history.getByText('月结30天')).toBeVisible();
    await expect(history.getByText('→ 款到发货')).toBeVisible();
  });

  test('a save with bad input shows the error on the field and writes nothing', async ({ loggedIn: page }) => {
    await page.getByRole('menuitem', { name: '产品' }).click();
    await page.getByRole('button', { name: '新建产品' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('名称', { exact: true }).fill('球阀');
    await drawer.getByLabel('标准售价', { exact: true }).fill('12.345678');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect(drawer.getByText('标准售价最多 4 位小数')).toBeVisible();
    // Closing what was typed asks first.
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: '有未保存的修改，确定离开？' })
      .getByRole('button', { name: /离\s*开/ })
      .click();
    await expect(page.getByText('暂无数据')).toBeVisible();
  });

  test('switching to English changes the whole interface, and back', async ({ loggedIn: page }) => {
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('menuitem', { name: 'Customers' })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Customers' }).click();
    await expect(page.getByRole('button', { name: 'New customer' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Name', exact: true })).toBeVisible();
    await expect(page.getByText('Log out')).toBeVisible();
    await page.getByText('中文', { exact: true }).click();
    await expect(page.getByRole('button', { name: '新建客户' })).toBeVisible();
  });

  test('the page without its launch token reaches no data and says why', async ({ page, neiqin }) => {
    await page.goto(neiqin.origin + '/');
    await expect(page.getByText('缺少或错误的启动令牌')).toBeVisible();
  });
});
