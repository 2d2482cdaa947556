import { expect, login, test } from './fixtures';
import { chooseOption } from './pickers';

test('an inquiry taken by phone is quoted from, and shows it is being quoted', async ({ page, neiqin }) => {
  test.setTimeout(120_000);
  await page.goto(neiqin.url);
  await login(page, 'admin');
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/已载入示例数据/)).toBeVisible({ timeout: 60_000 });

  await page.getByRole('menuitem', { name: '询价' }).click();
  await page.getByRole('button', { name: '登记询价' }).click();
  const drawer = page.locator('.ant-drawer');
  await chooseOption(page, drawer.getByLabel('选择客户'), '杭州地铁运营有限公司', 'hzdt');
  await drawer.getByLabel('需求', { exact: true }).fill('九堡站排水泵更换，潜水排污泵 4 台');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await expect(drawer.getByText(/询价 XJ\d{4}-\d{5}/)).toBeVisible();

  await drawer.getByRole('button', { name: '据此报价' }).click();
  const quote = page.locator('.ant-drawer').filter({ hasText: '新建报价' });
  await expect(quote.getByText('杭州地铁运营有限公司')).toBeVisible();
  await quote.getByRole('tab', { name: '报价明细' }).click();
  await quote.getByLabel('名称 1', { exact: true }).fill('潜水排污泵');
  await quote.getByLabel('数量 1', { exact: true }).fill('4');
  await quote.getByLabel('单价 1', { exact: true }).fill('4200');
  await quote.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText(/报价单 BJ\d{4}-\d{5} V1/)).toBeVisible();

  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: '询价' }).click();
  await expect(page.getByRole('grid').getByText('报价中')).toBeVisible();
  await page.getByRole('tab', { name: '报价业务日志' }).click();
  await expect(page.getByRole('cell', { name: '16,800.00' })).toBeVisible();
});
