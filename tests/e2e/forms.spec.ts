import { today } from '../../electron/core/dates';
import { expect, login, rpcAs, test, type Neiqin } from './fixtures';
import { chooseOption } from './pickers';

/** A won quote of the demo company's products made a sales order for the customer, over the RPC seam. */
async function orderOf(
  neiqin: Neiqin,
  customerId: number,
  lines: { product: string; quantity: string }[],
): Promise<{ id: number; number: string }> {
  const quoteLines = [];
  for (const l of lines) {
    const p = (await rpcAs(neiqin, 'zhangli', 'products.list', { q: l.product })).rows[0]!;
    quoteLines.push({
      productId: p.id,
      name: p.name,
      spec: p.spec,
      unit: p.unit,
      taxRate: p.taxRate,
      quantity: l.quantity,
      unitPrice: p.listPrice,
    });
  }
  const q = await rpcAs(neiqin, 'zhangli', 'quotes.create', { customerId, quoteDate: today(), lines: quoteLines });
  const submitted = await rpcAs(neiqin, 'zhangli', 'quotes.submit', { id: q.id });
  if (submitted.status === 'pending_approval')
    await rpcAs(neiqin, 'chenjl', 'quotes.approve', { id: q.id, comment: null });
  await rpcAs(neiqin, 'zhangli', 'quotes.markSent', { id: q.id, via: 'fax' });
  await rpcAs(neiqin, 'zhangli', 'quotes.outcome', { id: q.id, outcome: 'won' });
  return rpcAs(neiqin, 'zhangli', 'orders.createFromQuote', { quoteId: q.id, customerPo: null, orderDate: today() });
}

test('quote lines say under the cell what is wrong, take full-width digits and separators, and keep the summary', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(120_000);
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  await page.goto(neiqin.url);
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '报价' }).click();
  await page.getByRole('button', { name: '新建报价' }).click();
  const drawer = page.locator('.ant-drawer').filter({ has: page.getByRole('tab', { name: '成本核算' }) });
  await drawer.getByRole('tab', { name: '报价明细' }).click();
  await drawer.getByLabel('名称 1', { exact: true }).fill('法兰球阀');
  const quantity = drawer.getByLabel('数量 1', { exact: true });
  const price = drawer.getByLabel('单价 1', { exact: true });
  const summary = drawer.getByTestId('quote-summary');

  // A negative quantity: said under the box; the summary stays and names the line it leaves out.
  await quantity.fill('-3');
  await expect(drawer.getByText('数量须大于 0')).toBeVisible();
  await expect(summary).toContainText('第 1 行的数量或单价还没填好，合计暂未计入');
  await quantity.fill('2');
  await expect(drawer.getByText('数量须大于 0')).toHaveCount(0);

  // A letter O for a zero: said how to write it; the summary does not vanish.
  await price.fill('1446.4O');
  await expect(drawer.getByText('单价只能是数字，如 1446.40')).toBeVisible();
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('第 1 行的数量或单价还没填好');

  // Full-width digits and point (an IME in full-width mode) are taken, and shown as kept on leaving the box.
  await price.fill('１４４６．４');
  await expect(drawer.getByText('单价只能是数字，如 1446.40')).toHaveCount(0);
  await expect(drawer.getByTestId('quote-gross')).toHaveText('2,892.80');
  await price.press('Tab');
  await expect(price).toHaveValue('1446.4');

  // A thousands separator is taken too.
  await price.fill('1,446.40');
  await price.press('Tab');
  await expect(price).toHaveValue('1446.40');
  await expect(drawer.getByTestId('quote-gross')).toHaveText('2,892.80');
  await expect(summary).not.toContainText('还没填好');
  await expect(summary).toContainText('贰仟捌佰玖拾贰元捌角');

  // A discount larger than the goods: refused beside the lines, never written as （负数）.
  await drawer.getByRole('button', { name: '添加折扣' }).click();
  await drawer.getByLabel('单价 2', { exact: true }).fill('5000');
  await expect(summary).toContainText('价税合计不能为负数：折扣大于货物金额，请检查折扣行');
  await expect(summary).not.toContainText('负数）');
  await expect(drawer.getByTestId('quote-words')).toHaveCount(0);

  // Saved without a customer: the message names 客户, and the user is taken to the field on the other tab.
  await drawer.getByRole('button', { name: '保存草稿' }).click();
  await expect(drawer.getByRole('tab', { name: '报价信息' })).toHaveAttribute('aria-selected', 'true');
  await expect(drawer.getByText('客户不能为空')).toBeVisible();
  await expect(drawer.getByRole('combobox', { name: '选择客户' })).toBeFocused();
  await expect(page.getByText(/期望|实际接收|undefined/)).toHaveCount(0);
  await chooseOption(page, drawer.getByLabel('选择客户'), '长沙银河自动化有限公司', 'csyh');
  await expect(drawer.getByText('客户不能为空')).toHaveCount(0);

  // The lines refuse the negative total beside them; taking the discount out clears it.
  await drawer.getByRole('button', { name: '保存草稿' }).click();
  await expect(drawer.getByRole('tab', { name: '报价明细' })).toHaveAttribute('aria-selected', 'true');
  await expect(drawer.locator('.ant-form-item-explain-error, .ant-form-item-explain').first()).toBeVisible();
  await drawer.getByRole('button', { name: '删除 2' }).click();
  await expect(summary).not.toContainText('价税合计不能为负数');

  // Escape with unsaved changes asks first; staying keeps everything as it was.
  await page.keyboard.press('Escape');
  const leave = page.getByRole('dialog').filter({ hasText: '有未保存的修改，确定离开？' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: /留\s*下/ }).click();
  await expect(leave).toBeHidden();
  await expect(drawer.getByLabel('单价 1', { exact: true })).toHaveValue('1446.40');

  // A new quote goes for approval from its first save: 提交审批 is there before it was ever saved.
  await drawer.getByRole('button', { name: '提交审批' }).click();
  await expect(drawer.getByTestId('quote-status')).toHaveText(/待审批|已审批/);
  await expect(drawer.getByText(/报价单 BJ\d{4}-\d{5} V1/)).toBeVisible();
  // Saved: closing no longer asks.
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(leave).toBeHidden();
});

test('a record with unsaved changes asks before its drawer closes or the page is left', async ({ page, neiqin }) => {
  await page.goto(neiqin.url);
  await login(page, 'admin');
  await page.getByRole('menuitem', { name: '产品' }).click();
  await page.getByRole('menuitem', { name: '客户' }).click();
  await page.getByRole('button', { name: '新建客户' }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '新建客户' });
  await drawer.getByLabel('名称', { exact: true }).fill('湖南湘江环保科技有限公司');
  const leave = page.getByRole('dialog').filter({ hasText: '有未保存的修改，确定离开？' });

  // Leaving for another page (the back button; the drawer's mask covers the menu): asked; staying keeps the page and
  // the typing.
  const back = () => page.evaluate('window.history.back()');
  await back();
  await expect(leave).toBeVisible();
  await expect(leave).toContainText('离开后，刚才的修改不会保存。');
  await leave.getByRole('button', { name: /留\s*下/ }).click();
  await expect(page).toHaveURL(/#\/customers/);
  await expect(drawer.getByLabel('名称', { exact: true })).toHaveValue('湖南湘江环保科技有限公司');

  // The close button asks too; leaving closes it, nothing saved.
  await drawer.locator('.ant-drawer-close').click();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: /离\s*开/ }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText('暂无数据')).toBeVisible();

  // Nothing typed: the back button closes the drawer without a question.
  await page.getByRole('button', { name: '新建客户' }).click();
  await expect(drawer).toBeVisible();
  await back();
  await expect(drawer).toBeHidden();
  await expect(leave).toHaveCount(0);
});

test('a delivery notice leaves the service line unticked, says 最多可发 instead of clamping, and a manager releases a blocked notice at once', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(120_000);
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  // A cash-only customer (信用额度 0): every notice is over its limit.
  const customer = await rpcAs(neiqin, 'admin', 'customers.create', { name: '株洲现款机电经营部', creditLimit: 0 });
  const order = await orderOf(neiqin, customer.id, [
    { product: '水泵控制柜', quantity: '2' },
    { product: '安装调试服务', quantity: '3' },
  ]);

  await page.goto(neiqin.url);
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '订单' }).click();
  await page.getByRole('grid').getByText(order.number).dblclick();
  await page.getByRole('button', { name: '发货通知' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '本次数量' });
  const cabinet = dialog.getByLabel('本次数量 水泵控制柜');
  const service = dialog.getByLabel('本次数量 安装调试服务');
  // Goods from stock are offered in full; the installation service is not put on the notice unless chosen.
  await expect(dialog.getByLabel('发货 水泵控制柜')).toBeChecked();
  await expect(cabinet).toHaveValue('2');
  await expect(dialog.getByLabel('发货 安装调试服务')).not.toBeChecked();
  await expect(service).toHaveValue('');
  await expect(dialog.getByRole('row').filter({ hasText: '安装调试服务' })).toContainText('服务/非库存');

  // More than is available, and a negative figure: said, and left as typed.
  await cabinet.fill('5');
  await expect(dialog.getByText('最多可发 2')).toBeVisible();
  await cabinet.press('Tab');
  await expect(cabinet).toHaveValue('5');
  await cabinet.fill('-3');
  await expect(dialog.getByText('不能为负数')).toBeVisible();
  await cabinet.press('Tab');
  await expect(cabinet).toHaveValue('-3');
  await dialog.getByRole('button', { name: '生成通知单' }).click();
  await expect(dialog).toBeVisible();
  await cabinet.fill('2');
  await expect(dialog.getByText('不能为负数')).toHaveCount(0);
  await dialog.getByRole('button', { name: '生成通知单' }).click();
  const notice = page.locator('.ant-drawer').filter({ hasText: '发货通知单 TZ' });
  await expect(notice.getByTestId('notice-status')).toHaveText('草稿');
  await expect(notice.getByRole('row').filter({ hasText: '水泵控制柜' })).toBeVisible();
  await expect(notice.getByRole('row').filter({ hasText: '安装调试服务' })).toHaveCount(0);
  // The sales assistant sees the block before trying, and that a manager must release it.
  await expect(notice.getByTestId('credit-warning')).toContainText('信用检查未通过：超出信用额度');
  await expect(notice.getByRole('button', { name: '放行并确认' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '退出登录' }).click();

  // The manager opens the blocked notice and releases it at once: no failed confirm first.
  await login(page, 'chenjl');
  await page.getByRole('menuitem', { name: '发货通知单', exact: true }).click();
  await page.getByRole('grid').getByText('株洲现款机电经营部').dblclick();
  await expect(notice.getByTestId('credit-warning')).toContainText('超出信用额度');
  await notice.getByRole('button', { name: '放行并确认' }).click();
  const ask = page.getByRole('dialog').filter({ hasText: '放行原因' });
  await ask.getByLabel('放行原因').fill('老客户，款到即发');
  await ask.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(notice.getByTestId('notice-status')).toHaveText('已确认');
  await expect(notice.getByText('已由 陈经理 放行：老客户，款到即发')).toBeVisible();
});

test('the 回单 form has labels and says which quantity is which', async ({ page, neiqin }) => {
  test.setTimeout(120_000);
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  const customers = await rpcAs(neiqin, 'zhangli', 'customers.list', { q: 'csyh' });
  const order = await orderOf(neiqin, customers.rows[0]!.id, [{ product: '水泵控制柜', quantity: '2' }]);
  const progress = await rpcAs(neiqin, 'zhangli', 'orders.progress', { orderId: order.id });
  const notice = await rpcAs(neiqin, 'zhangli', 'deliveries.notices.create', {
    orderId: order.id,
    date: today(),
    lines: progress.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.ordered })),
  });
  await rpcAs(neiqin, 'chenjl', 'deliveries.notices.confirm', { id: notice.id, overrideReason: '测试放行' });
  const note = await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.create', { noticeId: notice.id, date: today() });
  await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.check', {
    id: note.id,
    lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
  });
  for (const to of ['loaded', 'in_transit', 'delivered'] as const)
    await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.advance', { id: note.id, to });

  await page.goto(neiqin.url);
  await login(page, 'wangqiang');
  await page.getByRole('menuitem', { name: '送货单', exact: true }).click();
  await page.getByRole('grid').getByText(note.number).dblclick();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '送货单 FH' });
  await drawer.getByRole('tab', { name: '回单' }).click();
  const labels = drawer.locator('.ant-form-item-label');
  for (const label of ['签收人', '回单日期', '备注', '回单扫描件']) await expect(labels.getByText(label)).toBeVisible();
  const headers = drawer.locator('[role="tabpanel"][aria-hidden="false"] thead th');
  await expect(headers.filter({ hasText: '送货数量' })).toBeVisible();
  await expect(headers.filter({ hasText: '差异数量' })).toBeVisible();
  await expect(headers.filter({ hasText: /^数量$/ })).toHaveCount(0);

  // Saved without a signer, or with a shortage larger than was delivered: said beside the field.
  await chooseOption(page, drawer.getByLabel('差异 水泵控制柜'), '短少');
  await drawer.getByLabel('差异数量 水泵控制柜').fill('3');
  await drawer.getByRole('button', { name: '登记回单' }).click();
  await expect(drawer.getByText('请填写签收人')).toBeVisible();
  await expect(drawer.getByText('不能超过送货数量 2')).toBeVisible();
  await drawer.getByLabel('签收人').fill('黄志强');
  await drawer.getByLabel('差异数量 水泵控制柜').fill('1');
  await drawer.getByRole('button', { name: '登记回单' }).click();
  await expect(drawer.getByTestId('note-status')).toHaveText('回单已回');
});

test('order lines say what is wrong too: a new order by phone, and a change to a confirmed one', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(120_000);
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  const customers = await rpcAs(neiqin, 'zhangli', 'customers.list', { q: 'csyh' });
  const order = await orderOf(neiqin, customers.rows[0]!.id, [{ product: '水泵控制柜', quantity: '2' }]);
  await page.goto(neiqin.url);
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '订单' }).click();
  const leave = page.getByRole('dialog').filter({ hasText: '有未保存的修改，确定离开？' });

  // A new order by phone: a negative quantity and a thousands separator.
  await page.getByRole('button', { name: '新建订单' }).click();
  const editor = page.locator('.ant-drawer').filter({ hasText: '新建订单' });
  await editor.getByRole('tab', { name: '合同明细' }).click();
  await editor.getByLabel('名称 1', { exact: true }).fill('水泵控制柜');
  await editor.getByLabel('数量 1', { exact: true }).fill('-1');
  await expect(editor.getByText('数量须大于 0')).toBeVisible();
  await expect(editor.getByTestId('order-summary')).toContainText('第 1 行的数量或单价还没填好');
  await editor.getByLabel('数量 1', { exact: true }).fill('2');
  await editor.getByLabel('单价 1', { exact: true }).fill('12,800');
  await expect(editor.getByText('数量须大于 0')).toHaveCount(0);
  await expect(editor.getByTestId('order-gross')).toHaveText('25,600.00');
  await page.keyboard.press('Escape');
  await leave.getByRole('button', { name: /离\s*开/ }).click();
  await expect(editor).toBeHidden();

  // A change to the confirmed order: a letter in the price is said under the cell; the total stays.
  await page.getByRole('grid').getByText(order.number).dblclick();
  await page.getByRole('button', { name: /变\s*更/ }).click();
  const change = page.getByRole('dialog').filter({ hasText: '第 1 次变更' });
  await change.getByLabel('单价 1', { exact: true }).fill('1446.4O');
  await expect(change.getByText('单价只能是数字，如 1446.40')).toBeVisible();
  await expect(change.getByTestId('change-total')).toBeVisible();
  await expect(change).toContainText('第 1 行的数量或单价还没填好');
  await change.getByLabel('单价 1', { exact: true }).fill('１２８００');
  await expect(change.getByText('单价只能是数字，如 1446.40')).toHaveCount(0);
  await expect(change.getByTestId('change-total')).toContainText('25,600.00');
  await change.getByRole('button', { name: /取\s*消/ }).click();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: /离\s*开/ }).click();
  await expect(change).toBeHidden();
});
