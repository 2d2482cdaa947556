import type { Locator, Page } from '@playwright/test';
import { expect, login, printDialogs, rpcAs, test } from './fixtures';
import { checkedNote, salesOrder } from './scenes';

/** The cell of a list's row under the column headed `header`, as a user reads across. */
async function cell(grid: Locator, rowText: string, header: string): Promise<Locator> {
  const row = grid.locator('tbody tr').filter({ hasText: rowText }).first();
  await expect(row).toBeVisible();
  const headers = (await grid.locator('thead th').allTextContents()).map((h) => h.replace(/[▲▼\s]/g, ''));
  const column = headers.indexOf(header);
  expect(column, `column ${header} in ${headers.join('|')}`).toBeGreaterThanOrEqual(0);
  return row.locator('td').nth(column);
}

/** Figures as the whole app writes them: separators, two decimals (prices may carry more). */
const MONEY = /^-?\d{1,3}(,\d{3})*\.\d{2,4}$/;

async function menu(page: Page, name: string) {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

test('money, prices and quantities read the same in a list and in a drawer', async ({ page, neiqin }) => {
  test.setTimeout(120_000);
  const order = await salesOrder(neiqin);
  await page.goto(neiqin.url);
  await login(page, 'zhangli');

  // The orders list: the order's value with separators and two decimals (3 × 9800 + 6 × 180).
  await menu(page, '订单');
  const orders = page.getByRole('grid', { name: 'orders' });
  await expect(await cell(orders, order.number, '价税合计')).toHaveText('30,480.00');

  // Its drawer: unit prices as prices (14464 would read 14,464.00), quantities as entered, amounts as money.
  await orders.getByText(order.number).dblclick();
  const drawer = page.locator('.ant-drawer').filter({ hasText: `销售合同 ${order.number}` });
  const lines = drawer.locator('.ant-table').first();
  const pump = lines.getByRole('row').filter({ hasText: '水泵控制柜' });
  await expect(pump).toContainText('9,800.00');
  await expect(pump.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  await expect(pump).toContainText('29,400.00');
  const float = lines.getByRole('row').filter({ hasText: '液位浮球开关' });
  await expect(float).toContainText('180.00');
  await expect(float).toContainText('1,080.00');
  await expect(pump).not.toContainText('9800');
  await page.keyboard.press('Escape');

  // The products list: list prices and costs all with two decimals, however they were entered.
  await menu(page, '产品');
  const products = page.getByRole('grid', { name: 'products' });
  await expect(products.locator('tbody tr').first()).toBeVisible();
  for (const header of ['标准售价', '标准成本']) {
    const headers = (await products.locator('thead th').allTextContents()).map((h) => h.replace(/[▲▼\s]/g, ''));
    const column = headers.indexOf(header);
    expect(column, header).toBeGreaterThanOrEqual(0);
    const values = await products
      .locator('tbody tr.row')
      .locator(`td:nth-child(${column + 1})`)
      .allTextContents();
    expect(values.length).toBeGreaterThan(5);
    for (const v of values) expect(v, header).toMatch(MONEY);
  }
});

test('the history shows names and labels, never status codes or ids', async ({ page, neiqin }) => {
  test.setTimeout(120_000);
  const order = await salesOrder(neiqin);
  const progress = await rpcAs(neiqin, 'zhangli', 'orders.progress', { orderId: order.id });
  const notice = await rpcAs(neiqin, 'zhangli', 'deliveries.notices.create', {
    orderId: order.id,
    date: order.orderDate,
    lines: progress.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.ordered })),
  });
  await rpcAs(neiqin, 'zhangli', 'deliveries.notices.confirm', { id: notice.id });
  await page.goto(neiqin.url);
  await login(page, 'admin');

  // The notice's history: its state by name, the credit check naming the customer, amounts as money.
  await menu(page, '发货通知单');
  await page.getByRole('grid', { name: 'notices' }).getByText(notice.number).dblclick();
  const drawer = page.locator('.ant-drawer').filter({ hasText: `发货通知单 ${notice.number}` });
  const history = drawer.getByTestId('audit-timeline');
  await expect(history).toContainText('草稿');
  await expect(history).toContainText('已确认');
  await expect(history).toContainText(`客户：${order.customerName}`);
  const text = (await history.textContent()) ?? '';
  expect(text).not.toMatch(/\b(draft|confirmed|overLimit|overdue)\b/);
  expect(text).not.toMatch(/客户：\d/);
  expect(text).not.toContain('（分）');
  await page.keyboard.press('Escape');

  // The operation log names each record by its number, and every change by its labels.
  await menu(page, '操作日志');
  const log = page.getByRole('grid', { name: 'audit' });
  await expect(await cell(log, '提交审批', '单据/资料')).toHaveText(/^BJ\d{4}-\d{5} V1$/);
  const submitted = await cell(log, '提交审批', '变更');
  await expect(submitted).toHaveText(/^状态：草稿 → (待审批|已审批)$/);
  const confirmed = await cell(log, notice.number, '变更');
  await expect(confirmed).toContainText('状态：草稿 → 已确认');
  await expect(confirmed).not.toContainText('confirmed');
});

test('the 送货单 list shows the new print count right after printing, from the list and from the note', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(120_000);
  const order = await salesOrder(neiqin);
  const note = await checkedNote(neiqin, order.id);
  await page.goto(neiqin.url);
  await login(page, 'wangqiang');
  await menu(page, '送货单');
  const grid = page.getByRole('grid', { name: 'notes' });
  const printCount = () => cell(grid, note.number, '打印次数');
  await expect(await printCount()).toHaveText('0');

  // Ticked and printed from the list: the browser's print dialog opens for it, and the list already says 1.
  await grid.locator('tbody tr').filter({ hasText: note.number }).getByRole('checkbox').check();
  await page.getByRole('button', { name: '打印所选（1）' }).click();
  await expect.poll(() => printDialogs(page)).toEqual(['blob:']);
  await expect(await printCount()).toHaveText('1');

  // Again: a reprint, and 2 at once.
  await grid.locator('tbody tr').filter({ hasText: note.number }).getByRole('checkbox').check();
  await page.getByRole('button', { name: '打印所选（1）' }).click();
  await expect(page.getByText(`以下送货单为补打：${note.number}`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(await printCount()).toHaveText('2');

  // From the note itself (补打), then back to the list: 3, without reloading.
  await grid.getByText(note.number).dblclick();
  const drawer = page.locator('.ant-drawer').filter({ hasText: `送货单 ${note.number}` });
  await drawer.getByRole('button', { name: /^补\s*打$/ }).click();
  await expect.poll(() => printDialogs(page)).toEqual(['blob:', 'blob:', 'blob:']);
  await drawer.getByRole('tab', { name: '操作记录' }).click();
  await expect(drawer.getByTestId('audit-timeline')).toContainText('补打');
  await page.keyboard.press('Escape');
  await expect(await printCount()).toHaveText('3');
});
