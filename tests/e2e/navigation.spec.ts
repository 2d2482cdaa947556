import type { Page } from '@playwright/test';
import { today } from '../../electron/core/dates';
import { expect, login, rpcAs, test, type Neiqin } from './fixtures';
import { chooseOption } from './pickers';
import { salesOrder } from './scenes';

/** The open drawer (the last one opened). */
const drawerOf = (page: Page) => page.locator('.ant-drawer-open').last();

/** A quote without a cost sheet, submitted by the sales assistant: it waits for the manager. */
async function quoteAwaitingApproval(neiqin: Neiqin) {
  const customers = await rpcAs(neiqin, 'zhangli', 'customers.list', { q: 'csyh' });
  const q = await rpcAs(neiqin, 'zhangli', 'quotes.create', {
    customerId: customers.rows[0]!.id,
    quoteDate: today(),
    project: '麓谷水厂二期',
    lines: [{ name: '水泵控制柜', spec: 'HX-KZG-15kW', unit: '台', quantity: '2', unitPrice: '9800' }],
  });
  const submitted = await rpcAs(neiqin, 'zhangli', 'quotes.submit', { id: q.id });
  expect(submitted.status).toBe('pending_approval');
  return submitted;
}

/** The order's first line on a confirmed notice and a delivery note not yet checked. */
async function noteToCheck(neiqin: Neiqin, orderId: number) {
  const progress = await rpcAs(neiqin, 'zhangli', 'orders.progress', { orderId });
  const notice = await rpcAs(neiqin, 'zhangli', 'deliveries.notices.create', {
    orderId,
    date: today(),
    lines: [{ orderLineId: progress.lines[0]!.orderLineId, quantity: '1' }],
  });
  await rpcAs(neiqin, 'zhangli', 'deliveries.notices.confirm', { id: notice.id });
  return rpcAs(neiqin, 'wangqiang', 'deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 1 });
}

test('Ctrl+K finds an order by its number and a customer by its pinyin initials, and opens each on its page', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(120_000);
  const order = await salesOrder(neiqin);
  await page.goto(neiqin.url);
  await login(page, 'zhangli');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog').filter({ hasText: '全局搜索' });
  await expect(palette).toBeVisible();
  await page.keyboard.type(order.number);
  const results = palette.getByTestId('search-results');
  await expect(results.getByRole('option').first()).toContainText(order.number);
  await expect(results).toContainText('销售合同');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/orders\\?open=${order.id}$`));
  await expect(drawerOf(page).locator('.ant-drawer-title')).toHaveText(`销售合同 ${order.number}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);

  // The header's box opens the same search; the customer is found by its initials and chosen with ↓ and Enter.
  await page.getByTestId('header-search').click();
  await expect(palette).toBeVisible();
  await page.keyboard.type('csyh');
  const customer = results.getByRole('option').filter({ hasText: '长沙银河自动化有限公司' });
  await expect(customer).toBeVisible();
  await expect(results).toContainText('客户');
  const options = results.getByRole('option');
  const index = (await options.allTextContents()).findIndex((text) => text.includes('长沙银河自动化有限公司'));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(customer).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/customers\?open=\d+$/);
  await expect(drawerOf(page).getByLabel('名称', { exact: true })).toHaveValue('长沙银河自动化有限公司');

  // Nothing found says so; Esc closes the search.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('没有这样的单号');
  await expect(palette).toContainText('没有找到“没有这样的单号”');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test('shortcuts: ? lists them, Ctrl+N opens a new quote, lines are typed from the keyboard, Ctrl+S saves, Esc closes, Ctrl+P prints, Alt+↓ goes to the next record', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(180_000);
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  await page.goto(neiqin.url);
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '报价' }).click();
  await expect(page.getByRole('grid')).toBeVisible();

  await page.keyboard.press('?');
  const list = page.getByTestId('shortcut-list');
  await expect(list).toBeVisible();
  for (const [keys, what] of [
    ['Ctrl+K', '全局搜索'],
    ['Ctrl+N', '新建（列表页）'],
    ['Ctrl+S', '保存（编辑中）'],
    ['Ctrl+P', '打印（单据抽屉中）'],
    ['Esc', '关闭抽屉或对话框'],
    ['Alt+↓', '下一条记录（抽屉中）'],
  ] as const)
    await expect(list.getByRole('row').filter({ hasText: keys })).toContainText(what);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  // Ctrl+N on the list opens a new quote.
  await page.keyboard.press('Control+n');
  const drawer = drawerOf(page);
  await expect(drawer.locator('.ant-drawer-title')).toHaveText('新建报价');
  await chooseOption(page, drawer.getByLabel('选择客户'), '长沙银河自动化有限公司', 'csyh');
  await drawer.getByRole('tab', { name: '报价明细' }).click();

  // The first line's product is picked by typing its code; Enter runs along the line and adds the next one.
  await drawer.getByLabel('选择产品 1').click();
  await page.keyboard.type('HX-KZG');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toContainText('水泵控制柜');
  await page.keyboard.press('Enter');
  await expect(drawer.getByLabel('名称 1', { exact: true })).toHaveValue('水泵控制柜');
  await drawer.getByLabel('数量 1', { exact: true }).fill('2');
  await page.keyboard.press('Enter');
  await expect(drawer.getByLabel('单价 1', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(drawer.getByLabel('选择产品 2')).toBeFocused();
  // …and the second line's by the pinyin initials of its name (耐震压力表).
  await page.keyboard.type('nzylb');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active')).toContainText('耐震压力表');
  await page.keyboard.press('Enter');
  await expect(drawer.getByLabel('名称 2', { exact: true })).toHaveValue('耐震压力表');

  // Ctrl+S saves the draft: it gets its number.
  await page.keyboard.press('Control+s');
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(drawer.locator('.ant-drawer-title')).toContainText(/报价单 BJ\d{4}-\d{5} V1/);
  const number = /BJ\d{4}-\d{5}/.exec((await drawer.locator('.ant-drawer-title').textContent()) ?? '')![0];
  const saved = await rpcAs(neiqin, 'zhangli', 'quotes.list', { q: number });
  expect(saved.rows[0]!.gross).toBeGreaterThan(0);

  // Esc closes it; Ctrl+P in a quote shows its print preview (not the browser's print of the page).
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  await page.getByRole('grid').getByText(number).dblclick();
  await expect(drawerOf(page).locator('.ant-drawer-title')).toContainText(number);
  await page.keyboard.press('Control+p');
  await expect(page.locator('iframe[title="打印预览"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('iframe[title="打印预览"]')).toHaveCount(0);

  // Alt+↓ and Alt+↑ go through the list's records without closing the drawer.
  const numbers = (await page.getByRole('grid').locator('tbody tr.row td:first-child').allTextContents()).slice(0, 2);
  await page.keyboard.press('Escape');
  await page.getByRole('grid').getByText(numbers[0]!, { exact: true }).dblclick();
  await expect(drawerOf(page).locator('.ant-drawer-title')).toContainText(numbers[0]!);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(drawerOf(page).locator('.ant-drawer-title')).toContainText(numbers[1]!);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(drawerOf(page).locator('.ant-drawer-title')).toContainText(numbers[0]!);
});

test('the home page is each role’s work queue: the manager’s approval waiting, the dispatch clerk’s note to check', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(150_000);
  const order = await salesOrder(neiqin);
  const quote = await quoteAwaitingApproval(neiqin);
  const note = await noteToCheck(neiqin, order.id);

  await page.goto(neiqin.url);
  await login(page, 'chenjl');
  const approvals = page.getByTestId('queue-approvals');
  await expect(approvals).toContainText('待审批');
  const item = approvals.getByRole('link').filter({ hasText: `${quote.number} V1` });
  await expect(item).toContainText('长沙银河自动化有限公司');
  await expect(page.getByTestId('queue-notesToCheck')).toHaveCount(0);
  await item.click();
  await expect(page).toHaveURL(new RegExp(`#/quotes\\?open=${quote.id}$`));
  await expect(drawerOf(page).getByTestId('quote-status')).toHaveText('待审批');
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.getByRole('button', { name: '退出登录' }).click();

  await login(page, 'wangqiang');
  const toCheck = page.getByTestId('queue-notesToCheck');
  await expect(toCheck).toContainText('待核对的送货单');
  await expect(page.getByTestId('queue-approvals')).toHaveCount(0);
  await toCheck.getByRole('link').filter({ hasText: note.number }).click();
  await expect(page).toHaveURL(new RegExp(`#/deliveries/notes\\?open=${note.id}$`));
  await expect(drawerOf(page).getByTestId('note-status')).toHaveText('已开单');
});

test('switching user on a shared PC keeps the page when the next user may see it, else goes home', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(120_000);
  const order = await salesOrder(neiqin);
  await page.goto(neiqin.url);
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '订单' }).click();
  await page.getByRole('grid').getByText(order.number).dblclick();
  await expect(drawerOf(page).locator('.ant-drawer-title')).toHaveText(`销售合同 ${order.number}`);
  await page.keyboard.press('Escape');

  // The dispatch clerk takes the PC over: he is on the same page.
  await page.getByRole('button', { name: '退出登录' }).click();
  await login(page, 'wangqiang');
  await expect(page.getByTestId('current-user')).toContainText('王强');
  await expect(page).toHaveURL(/#\/orders$/);
  await expect(page.getByRole('grid').getByText(order.number)).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();

  // The invoice register is no page for him: after the sales assistant there, he lands on his home page.
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '发票' }).click();
  await page.getByRole('menuitem', { name: '发票登记' }).click();
  await expect(page).toHaveURL(/#\/invoices$/);
  await page.getByRole('button', { name: '退出登录' }).click();
  await login(page, 'wangqiang');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByText('您好，王强')).toBeVisible();
});
