import { today } from '../../electron/core/dates';
import { expect, login, rpcAs, test } from './fixtures';
import { chooseOption } from './pickers';
import { checkedNote, salesOrder } from './scenes';

test('a consignment with a carrier: booked, shipped under a waybill, arrived, and its freight settled with a deduction', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(240_000);
  const order = await salesOrder(neiqin);
  const note = await checkedNote(neiqin, order.id);

  // The dispatch clerk books the checked note with the carrier, by weight.
  await page.goto(neiqin.url);
  await login(page, 'wangqiang');
  await page.getByRole('menuitem', { name: '托运', exact: true }).click();
  await page.getByRole('button', { name: '新建托运' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '新建托运' });
  await chooseOption(page, dialog.getByLabel('承运商'), '佳吉快运杭州分公司');
  await chooseOption(page, dialog.getByLabel('送货单', { exact: true }), note.number);
  await page.keyboard.press('Escape');
  await expect(dialog.getByLabel('收货人', { exact: true })).toHaveValue('长沙银河自动化有限公司');
  await dialog.getByLabel('到站', { exact: true }).fill('长沙');
  await dialog.getByLabel('货物', { exact: true }).fill('水泵控制柜');
  await dialog.getByLabel('重量（kg）', { exact: true }).fill('120');
  await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();

  // 120 kg at 1.20 yuan/kg: 144.00, above the carrier's 50.00 minimum.
  const consignment = page.locator('.ant-drawer').filter({ hasText: /托运单 TY\d{4}-\d{5}/ });
  await expect(consignment.getByText('144.00（按重量，月结）')).toBeVisible();
  const number = /TY\d{4}-\d{5}/.exec((await consignment.locator('.ant-drawer-title').textContent()) ?? '')![0];
  await consignment.getByRole('button', { name: /发\s*运/ }).click();
  const ask = page.getByRole('dialog').filter({ hasText: '运单号' });
  await ask.getByLabel('运单号').fill('JJ-2611-0088');
  await ask.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(consignment.getByText('JJ-2611-0088')).toBeVisible();
  await expect(consignment.getByText('已发运')).toBeVisible();
  await consignment.getByRole('button', { name: '已到达' }).click();
  await expect(consignment.getByRole('button', { name: '已到达' })).toHaveCount(0);
  await expect(consignment.getByRole('cell', { name: '已送达' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The signed copy comes back (the 回单 screen has its own test), so the freight can be settled.
  await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.receipt', { id: note.id, signer: '黄志强', date: today() });

  await page.getByRole('menuitem', { name: '运费结算' }).click();
  await chooseOption(page, page.getByLabel('承运商'), '佳吉快运杭州分公司');
  const open = page.locator('.ant-card').filter({ hasText: '可结算托运单' });
  const row = open.getByRole('row').filter({ hasText: number });
  await expect(row).toContainText('JJ-2611-0088');
  await row.getByRole('checkbox').check();
  await expect(page.getByTestId('chosen-freight')).toHaveText('144.00');
  // The carrier broke an outer carton: 4.00 is deducted.
  await page.getByLabel('调整金额').fill('-4');
  await page.getByLabel('调整说明').fill('外箱破损扣款');
  await page.getByLabel('付款凭证').fill('网银 20261130-01');
  await page.getByRole('button', { name: /结\s*算/ }).click();
  await expect(page.getByText(/已结算 YF\d{4}-00001，应付 140\.00/)).toBeVisible();
  await expect(page.locator('iframe[title="打印预览"]')).toBeVisible();
  await page.keyboard.press('Escape');

  const settled = page.locator('.ant-card').filter({ hasText: '结算记录' }).getByRole('row').filter({ hasText: 'YF' });
  await expect(settled).toHaveCount(1);
  await expect(settled.locator('td')).toContainText([
    '佳吉快运杭州分公司',
    '144.00',
    '-4.00',
    '140.00',
    '网银 20261130-01',
  ]);
  await expect(open.getByRole('row').filter({ hasText: number })).toHaveCount(0);

  // The consignment list shows which settlement paid it.
  await page.getByRole('menuitem', { name: '托运', exact: true }).click();
  await expect(page.getByRole('grid').getByRole('row').filter({ hasText: number })).toContainText(/YF\d{4}-00001/);
});
