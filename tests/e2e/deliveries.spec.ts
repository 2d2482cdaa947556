import { expect, login, printDialogs, test } from './fixtures';
import { chooseOption } from './pickers';
import { salesOrder } from './scenes';

test('from a sales order to a signed receipt: notice, delivery note, pick check, print, local run, 回单 with its scan', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(240_000);
  const order = await salesOrder(neiqin);

  // The sales assistant gives notice of part of the order.
  await page.goto(neiqin.url);
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '订单' }).click();
  await page.getByRole('grid').getByText(order.number).dblclick();
  await page.getByRole('button', { name: '发货通知' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '本次数量' });
  await dialog.getByLabel('本次数量 水泵控制柜').fill('2');
  await dialog.getByLabel('本次数量 液位浮球开关').fill('6');
  await dialog.getByRole('button', { name: '生成通知单' }).click();
  const notice = page.locator('.ant-drawer').filter({ hasText: '发货通知单 TZ' });
  await expect(notice.getByTestId('notice-status')).toHaveText('草稿');
  await notice.getByRole('button', { name: '确认发货' }).click();
  await expect(notice.getByTestId('notice-status')).toHaveText('已确认');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '退出登录' }).click();

  // The dispatch clerk makes the delivery note, checks the goods, prints, loads and delivers.
  await login(page, 'wangqiang');
  await page.getByRole('menuitem', { name: '发货通知单', exact: true }).click();
  await page.getByRole('grid').getByText('长沙银河自动化有限公司').dblclick();
  await page.getByRole('button', { name: '开送货单' }).click();
  await page
    .getByRole('dialog')
    .filter({ hasText: '本次数量' })
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  const note = page.locator('.ant-drawer').filter({ hasText: '送货单 FH' });
  await expect(note.getByTestId('note-status')).toHaveText('已开单');
  const noteNumber = /FH\d{4}-\d{5}/.exec((await note.locator('.ant-drawer-title').textContent()) ?? '')![0];

  // A miscount is caught before loading.
  await note.getByRole('tab', { name: '出库核对' }).click();
  await note.getByLabel('扫码/编码 水泵控制柜').fill('HX-KZG-15kW');
  await note.getByLabel('清点数量 水泵控制柜').fill('3');
  await note.getByLabel('扫码/编码 液位浮球开关').fill('UQK-61');
  await note.getByLabel('清点数量 液位浮球开关').fill('6');
  await note.getByRole('button', { name: '提交核对' }).click();
  await expect(note.getByTestId('pick-result')).toContainText('数量不符');
  await note.getByLabel('清点数量 水泵控制柜').fill('2');
  await note.getByRole('button', { name: '提交核对' }).click();
  await expect(note.getByTestId('note-status')).toHaveText('已核对');

  // Printed on the multipart form (in a browser, through its print dialog); printed once, it offers 补打.
  await note.getByRole('button', { name: /^打\s*印$/ }).click();
  await expect.poll(() => printDialogs(page)).toEqual(['blob:']);
  await note.getByRole('button', { name: /^补\s*打$/ }).waitFor();
  await page.keyboard.press('Escape');

  // The day board counts it among what goes out today.
  await page.getByRole('menuitem', { name: '发货看板' }).click();
  const goingOut = page.locator('.ant-card').filter({ hasText: '待发出' });
  await expect(goingOut.locator('.ant-card-head-title')).toHaveText('待发出（1）');
  await expect(goingOut.getByRole('row').filter({ hasText: noteNumber })).toContainText('长沙银河自动化有限公司');
  await expect(page.getByTestId('board-more')).toHaveCount(0);

  // A local run takes it out and brings it back delivered.
  await page.getByRole('menuitem', { name: '市内派车' }).click();
  await page.getByRole('button', { name: '新建派车' }).click();
  const runDialog = page.getByRole('dialog').filter({ hasText: '新建派车' });
  await runDialog.getByLabel('车辆', { exact: true }).fill('湘A·3F218');
  await runDialog.getByLabel('司机', { exact: true }).fill('周师傅');
  await chooseOption(page, runDialog.getByLabel('送货单'), '长沙银河自动化有限公司');
  await page.keyboard.press('Escape');
  await runDialog.getByRole('button', { name: /确\s*定|OK/ }).click();
  const run = page.locator('.ant-drawer').filter({ hasText: '派车单 PC' });
  await run.getByRole('button', { name: /出\s*车/ }).click();
  await run.getByRole('button', { name: /回\s*车/ }).click();
  await expect(run.getByRole('cell', { name: '已送达' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The signed copy comes back: signer and its photo.
  await page.getByRole('menuitem', { name: '送货单', exact: true }).click();
  await page.getByRole('grid').getByText('长沙银河自动化有限公司').dblclick();
  await note.getByRole('tab', { name: '回单' }).click();
  await note.getByLabel('签收人').fill('黄志强');
  await note
    .locator('input[type=file]')
    .setInputFiles({ name: '回单照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
  // One of the two did not arrive: the customer signs for it short.
  await chooseOption(page, note.getByLabel('差异 水泵控制柜'), '短少');
  await note.getByLabel('差异数量 水泵控制柜').fill('1');
  await note.getByRole('button', { name: '登记回单' }).click();
  await expect(note.getByTestId('note-status')).toHaveText('回单已回');
  await expect(note.getByText('回单照片.jpg')).toBeVisible();

  // 补发: the short one goes on a new notice for the same address, which names the note it makes good.
  await note.getByRole('button', { name: /补\s*发/ }).click();
  const redelivery = page.locator('.ant-drawer').filter({ hasText: '补发自送货单' });
  await expect(redelivery.getByRole('row').filter({ hasText: '水泵控制柜' }).locator('td').nth(3)).toHaveText('1');
  await expect(redelivery.getByText(`补发：送货单 ${noteNumber}`)).toBeVisible();
  await page.keyboard.press('Escape');

  // The order shows what went out.
  await page.getByRole('menuitem', { name: '订单' }).click();
  // The orders list, not the notices list still leaving the screen (two notices on this order now).
  await page.getByRole('grid', { name: 'orders' }).getByText(order.number).dblclick();
  const progress = page.getByTestId('order-progress');
  // Ordered 3, on notices 2 + 1 re-delivery, delivered 2 less 1 short, returned 0, still to deliver 2.
  await expect(progress.getByRole('row').filter({ hasText: '水泵控制柜' }).locator('td')).toHaveText([
    '水泵控制柜',
    'HX-KZG-15kW',
    '台',
    '3',
    '3',
    '1',
    '0',
    '2',
  ]);
});
