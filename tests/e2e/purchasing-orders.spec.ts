import type { Locator, Page } from '@playwright/test';
import { expect, login, rpcAs, test } from './fixtures';
import { chooseOption } from './pickers';
import { salesOrder } from './scenes';

/** The select box around a picker's input: what it shows. */
const selectBox = (field: Locator) =>
  field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');

/** Opens a page from a navigation group, unfolding the group first. */
async function open(page: Page, group: string, item: string) {
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: group, exact: true }).click();
  await entry.click();
}

test('the purchaser buys what a sales order still needs, explains the spare, receives part with a damaged switch, and the goods go on to the customer', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The demo company's confirmed order for 长沙银河: 3 水泵控制柜 and 6 液位浮球开关, nothing bought yet.
  const order = await salesOrder(neiqin);

  await page.goto(neiqin.url);
  await login(page, 'lina');
  await page.getByRole('menuitem', { name: '订单', exact: true }).click();
  await page.getByRole('grid').getByText(order.number).dblclick();
  const orderDrawer = page.locator('.ant-drawer').filter({ hasText: `销售合同 ${order.number}` });
  await orderDrawer.getByRole('button', { name: '生成采购订单' }).click();

  // The form comes with the order's lines, each for all it still needs.
  const editor = page.locator('.ant-drawer').filter({ hasText: '新建采购订单' });
  await expect(editor.getByLabel('名称 1', { exact: true })).toHaveValue('水泵控制柜');
  await expect(editor.getByLabel('数量 1', { exact: true })).toHaveValue('3');
  await expect(editor.getByLabel('名称 2', { exact: true })).toHaveValue('液位浮球开关');
  await expect(editor.getByLabel('数量 2', { exact: true })).toHaveValue('6');
  await expect(editor.getByTestId('still-needed-1.1')).toHaveText('还需 3 台');
  await expect(editor.getByTestId('still-needed-2.1')).toHaveText('还需 6 只');
  await expect(editor.getByLabel('多买原因 1', { exact: true })).toBeHidden();

  await chooseOption(page, editor.getByLabel('选择供应商'), '南方泵业股份有限公司', '南方');
  // Its contact for orders comes with it.
  await expect(editor.getByText('沈经理 13588012005')).toBeVisible();
  await editor.getByLabel('单价 1', { exact: true }).fill('7600');
  await editor.getByLabel('单价 2', { exact: true }).fill('120');
  // One control cabinet more, as a spare: the core asks why, beside that line.
  await editor.getByLabel('数量 1', { exact: true }).fill('4');
  await expect(editor.getByTestId('po-gross')).toHaveText('31,120.00');
  await expect(editor.getByTestId('po-in-words')).toHaveText('叁万壹仟壹佰贰拾元整');
  await editor.getByRole('button', { name: /保\s*存$/ }).click();
  const reason = editor.getByLabel('多买原因 1', { exact: true });
  await expect(reason).toBeVisible();
  await expect(editor.getByText('比所服务的合同行多买 1 台，多出部分作为备货，请写明原因')).toBeVisible();
  await reason.fill('多备一台做备机');
  await expect(editor.getByText('比所服务的合同行多买 1 台，多出部分作为备货，请写明原因')).toBeHidden();
  await editor.getByRole('button', { name: /保\s*存$/ }).click();
  await expect(page.getByText(/已保存采购订单 CG\d{4}-\d{5}/)).toBeVisible();

  // The draft opens in its form again; sent, it is the PO's drawer.
  const draft = page.locator('.ant-drawer').filter({ has: page.getByTestId('po-status') });
  await expect(draft.getByTestId('po-status')).toHaveText('草稿');
  await expect(draft.getByLabel('多买原因 1', { exact: true })).toHaveValue('多备一台做备机');
  const poNumber = /CG\d{4}-\d{5}/.exec((await draft.locator('.ant-drawer-title').textContent()) ?? '')![0];
  await draft.getByRole('button', { name: /发\s*出$/ }).click();
  await expect(page.getByText(`采购订单 ${poNumber} 已发出`)).toBeVisible();
  const po = page.locator('.ant-drawer').filter({ hasText: `采购单号 ${poNumber}` });
  await expect(po.getByText('已发出', { exact: true })).toBeVisible();

  // All four cabinets arrive; five switches, one of them broken.
  await po.getByRole('button', { name: '签收入库' }).click();
  const receipt = page.getByRole('dialog').filter({ hasText: `签收入库 · ${poNumber}` });
  await receipt.getByLabel('签收人').fill('李娜');
  await receipt.getByLabel('到货').nth(1).fill('5');
  await receipt.getByLabel('损坏').nth(1).fill('1');
  await receipt.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText(/已签收，单号 RK\d{4}-\d{5}/)).toBeVisible();
  await expect(po.getByText('部分到货', { exact: true })).toBeVisible();
  // Ordered, arrived, accepted, owed: two switches are still owed by the supplier.
  const switches = po.getByRole('row').filter({ hasText: '液位浮球开关' });
  await expect(switches.locator('td').nth(7)).toHaveText('5');
  await expect(switches.locator('td').nth(8)).toHaveText('4');
  await expect(switches.locator('td').nth(9)).toHaveText('2');
  await expect(po.getByRole('row').filter({ hasText: '水泵控制柜' }).locator('td').nth(9)).toHaveText('0');

  // She sends what arrived on to the customer: a draft delivery notice for 3 cabinets and 4 switches.
  await po.getByRole('button', { name: '转发货通知' }).click();
  await expect(page.getByText(/已生成发货通知 TZ\d{4}-\d{5}/)).toBeVisible();
  await page.keyboard.press('Escape');

  // The sales order shows what is bought and arrived per line, on which PO.
  await page.getByRole('menuitem', { name: '订单', exact: true }).click();
  await page.getByRole('grid').getByText(order.number).dblclick();
  const purchasing = orderDrawer.getByTestId('order-purchasing');
  await expect(purchasing.getByRole('row').filter({ hasText: '液位浮球开关' })).toContainText(
    `${poNumber} 南方泵业股份有限公司 × 6 · 部分到货`,
  );
  await expect(purchasing.getByRole('row').filter({ hasText: '水泵控制柜' }).locator('td').nth(4)).toHaveText('3');
  expect(errors).toEqual([]);
});

test('a mistake in a PO line is told under its cell, and the total leaves the line out until it is right', async ({
  page,
  neiqin,
}) => {
  await salesOrder(neiqin);
  await page.goto(neiqin.url);
  await login(page, 'lina');
  await open(page, '外购', '采购订单');
  await expect(page.getByRole('button', { name: '新建采购订单' })).toBeVisible();
  await page.keyboard.press('Control+n');
  const editor = page.locator('.ant-drawer').filter({ hasText: '新建采购订单' });
  await editor.getByLabel('名称 1', { exact: true }).fill('电磁流量计');
  await editor.getByLabel('数量 1', { exact: true }).fill('-2');
  await editor.getByLabel('单价 1', { exact: true }).fill('12O0');
  const line = editor.getByTestId('po-lines').getByRole('row').nth(1);
  await expect(line.getByText('数量须大于 0')).toBeVisible();
  await expect(line.getByText('单价只能是数字，如 1446.40')).toBeVisible();
  await expect(editor.getByTestId('lines-incomplete')).toHaveText('第 1 行的数量或单价还没填好，合计暂未计入');
  await editor.getByLabel('数量 1', { exact: true }).fill('2');
  await editor.getByLabel('单价 1', { exact: true }).fill('1200');
  await expect(line.getByText('数量须大于 0')).toBeHidden();
  await expect(line.getByText('单价只能是数字，如 1446.40')).toBeHidden();
  await expect(editor.getByTestId('po-gross')).toHaveText('2,400.00');
  // Saved without a supplier: told beside the supplier, nothing written.
  await editor.getByRole('button', { name: /保\s*存$/ }).click();
  await expect(editor.getByText('供应商不能为空')).toBeVisible();
});

test('drop-shipped: the order bought for is the one delivered, to its customer’s address', async ({ page, neiqin }) => {
  const order = await salesOrder(neiqin);
  const { deliveryAddress } = await rpcAs(neiqin, 'lina', 'orders.get', { id: order.id });
  await page.goto(neiqin.url);
  await login(page, 'lina');
  await page.getByRole('menuitem', { name: '订单', exact: true }).click();
  await page.getByRole('grid').getByText(order.number).dblclick();
  await page.getByRole('button', { name: '生成采购订单' }).click();
  const editor = page.locator('.ant-drawer').filter({ hasText: '新建采购订单' });
  await expect(editor.getByLabel('名称 1', { exact: true })).toHaveValue('水泵控制柜');
  await editor.getByText('供应商直发客户').click();
  await expect(selectBox(editor.getByLabel('选择送货合同'))).toContainText(`${order.number} 长沙银河自动化有限公司`);
  await expect(editor.getByLabel('送货地址', { exact: true })).toHaveValue(deliveryAddress!);
  await chooseOption(page, editor.getByLabel('选择供应商'), '南方泵业股份有限公司', '南方');
  await editor.getByLabel('单价 1', { exact: true }).fill('7600');
  await editor.getByLabel('单价 2', { exact: true }).fill('120');
  await editor.getByRole('button', { name: /保\s*存$/ }).click();
  await expect(page.getByText(/已保存采购订单 CG\d{4}-\d{5}/)).toBeVisible();
  const draft = page.locator('.ant-drawer').filter({ has: page.getByTestId('po-status') });
  await expect(selectBox(draft.getByLabel('选择送货合同'))).toContainText(`${order.number} 长沙银河自动化有限公司`);
  await expect(draft.getByLabel('送货地址', { exact: true })).toHaveValue(deliveryAddress!);
});
