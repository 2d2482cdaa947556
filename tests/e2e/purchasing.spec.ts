import { type Locator, type Page } from '@playwright/test';
import { today } from '../../electron/core/dates';
import { expect, login, rpcAs, test, type Neiqin } from './fixtures';
import { chooseOption } from './pickers';

const OK = /^(确\s*定|知道了|OK)$/;

/** Three valve makers who have not been asked before, and the butterfly valve bought in from them. */
const MAKERS = { wuxi: '无锡华瑞阀门有限公司', wenzhou: '温州正宏阀门厂', tianjin: '天津津沽阀门有限公司' };

/**
 * The demo company, the makers, and a draft quote to 长沙银河 for six valves whose cost sheet still carries a
 * guessed cost (1,200.00 含税, typed by hand): the browser part starts where the purchaser is asked for real prices.
 */
async function quoteWithBoughtInValve(neiqin: Neiqin) {
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  const suppliers = {} as Record<keyof typeof MAKERS, number>;
  for (const [key, name] of Object.entries(MAKERS) as [keyof typeof MAKERS, string][])
    suppliers[key] = (await rpcAs(neiqin, 'lina', 'suppliers.create', { name, categories: ['阀门'] })).id;
  const valve = await rpcAs(neiqin, 'lina', 'products.create', {
    code: 'D341X-100',
    name: '法兰蝶阀',
    spec: 'D341X-16Q DN100',
    unit: '台',
    source: 'bought',
  });
  const customers = await rpcAs(neiqin, 'zhangli', 'customers.list', { q: 'csyh' });
  const goods = { productId: valve.id, name: '法兰蝶阀', spec: 'D341X-16Q DN100', unit: '台', quantity: '6' };
  const quote = await rpcAs(neiqin, 'zhangli', 'quotes.create', {
    customerId: customers.rows[0]!.id,
    quoteDate: today(),
    project: '雨花泵站阀门更换',
    costIncludesTax: true,
    lines: [{ ...goods, unitPrice: '1680' }],
    costLines: [{ ...goods, lineNo: 1, unitCost: '1200', costSource: 'manual' }],
  });
  return { quote, suppliers, valve };
}

/** Won and made a sales order, over the RPC seam (the quote pages are tested elsewhere). */
async function winQuote(neiqin: Neiqin, quoteId: number) {
  const submitted = await rpcAs(neiqin, 'zhangli', 'quotes.submit', { id: quoteId });
  if (submitted.status === 'pending_approval')
    await rpcAs(neiqin, 'chenjl', 'quotes.approve', { id: quoteId, comment: null });
  await rpcAs(neiqin, 'zhangli', 'quotes.markSent', { id: quoteId, via: 'fax' });
  await rpcAs(neiqin, 'zhangli', 'quotes.outcome', { id: quoteId, outcome: 'won' });
  return rpcAs(neiqin, 'zhangli', 'orders.createFromQuote', {
    quoteId,
    customerPo: 'YH-FM-0612',
    orderDate: today(),
  });
}

/** Goes to a page from the side menu, opening its group first when it is folded. */
async function goTo(page: Page, item: string, group?: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  await expect(async () => {
    if (group && !(await entry.isVisible())) await page.getByRole('menuitem', { name: group, exact: true }).click();
    await entry.click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** Closes a drawer with its close button and waits until it is gone (Escape could land on a closing dialog). */
async function closeDrawer(drawer: Locator): Promise<void> {
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
}

/** The RFQ's row of one supplier on its 询价供应商 tab. */
const supplierRow = (rfq: Locator, name: string) => rfq.getByRole('row').filter({ hasText: name });

async function logAsked(page: Page, rfq: Locator, name: string, channel: '电话' | '传真', person: string) {
  await supplierRow(rfq, name).getByRole('button', { name: '登记询价' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: `登记询价 · ${name}` });
  if (channel !== '电话') await chooseOption(page, dialog.getByLabel('询价方式'), channel);
  await dialog.getByLabel('发送对象').fill(person);
  await dialog.getByRole('button', { name: OK }).click();
  await expect(dialog).toBeHidden();
  await expect(supplierRow(rfq, name)).toContainText(channel);
}

async function answer(
  page: Page,
  rfq: Locator,
  name: string,
  a: { price: string; includesTax: boolean; lead: string; terms: string; file?: string },
) {
  await supplierRow(rfq, name).getByRole('button', { name: '登记报价' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: `登记报价 · ${name} · 第 1 轮` });
  const includesTax = dialog.getByRole('checkbox', { name: '价格含税' });
  if ((await includesTax.isChecked()) !== a.includesTax) await includesTax.click();
  await expect(includesTax).toBeChecked({ checked: a.includesTax });
  await dialog.getByLabel('付款方式').fill(a.terms);
  await dialog.getByLabel('单价', { exact: true }).fill(a.price);
  await dialog.getByLabel('交货期', { exact: true }).fill(a.lead);
  if (a.file) {
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: a.file, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await expect(dialog.locator('.ant-upload-list')).toContainText(a.file);
  }
  await dialog.getByRole('button', { name: OK }).click();
  await expect(dialog).toBeHidden();
  await expect(supplierRow(rfq, name)).toContainText('第 1 轮');
}

test('a bought-in valve: three suppliers asked and compared on one tax basis, the choice costed on the quote, bought for the won order, partly received and sent on to the customer', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(300_000);
  const { quote } = await quoteWithBoughtInValve(neiqin);

  // The purchaser opens the quote's cost sheet and asks prices for it.
  await page.goto(neiqin.url);
  await login(page, 'lina');
  await goTo(page, '报价');
  await page.getByRole('grid').getByText(quote.number, { exact: true }).dblclick();
  const quoteDrawer = page.locator('.ant-drawer').filter({ has: page.getByRole('tab', { name: '成本核算' }) });
  await quoteDrawer.getByRole('tab', { name: '成本核算' }).click();
  await quoteDrawer.getByRole('button', { name: /^询\s*价$/ }).click();
  const rfq = page.locator('.ant-drawer').filter({ hasText: /询价单号 XB\d{4}-\d{5}/ });
  await expect(rfq.locator('.ant-drawer-title')).toContainText('雨花泵站阀门更换');
  await expect(rfq).toContainText(`报价成本表 ${quote.number}`);
  await expect(rfq.getByLabel('名称').first()).toHaveValue('法兰蝶阀');

  // Three makers: two phoned, one faxed.
  await rfq.getByRole('tab', { name: '询价供应商' }).click();
  for (const [name, typed] of [
    [MAKERS.wuxi, '无锡华瑞'],
    [MAKERS.wenzhou, '温州正宏'],
    [MAKERS.tianjin, '天津津沽'],
  ]) {
    await chooseOption(page, rfq.getByLabel('添加供应商'), name!, typed);
    await rfq.getByRole('button', { name: '添加供应商' }).click();
    await expect(supplierRow(rfq, name!)).toContainText('未询价');
  }
  await logAsked(page, rfq, MAKERS.wuxi, '电话', '蒋经理');
  await logAsked(page, rfq, MAKERS.wenzhou, '电话', '陈工');
  await logAsked(page, rfq, MAKERS.tianjin, '传真', '022-25880000');

  // Their answers: 无锡 and 天津 with VAT, 温州 without (980.00 net is 1,107.40 with 13% VAT).
  await answer(page, rfq, MAKERS.wuxi, {
    price: '1130',
    includesTax: true,
    lead: '15',
    terms: '款到发货',
    file: '华瑞报价单.pdf',
  });
  await answer(page, rfq, MAKERS.wenzhou, { price: '980', includesTax: false, lead: '20', terms: '月结30天' });
  await answer(page, rfq, MAKERS.tianjin, { price: '1150', includesTax: true, lead: '10', terms: '款到发货' });
  await rfq.getByRole('tab', { name: '报价记录' }).click();
  await expect(rfq.getByRole('button', { name: '华瑞报价单.pdf' })).toBeVisible();

  // The comparison puts all three on both bases: 温州 is dearest as quoted but cheapest net, and is marked best.
  await rfq.getByRole('tab', { name: '比价' }).click();
  const cells = rfq.getByTestId('rfq-matrix').locator('.ant-table-tbody .ant-table-row').first().locator('td');
  const [wuxi, wenzhou, tianjin] = [cells.nth(1), cells.nth(2), cells.nth(3)];
  await expect(wuxi).toContainText('未税单价 1,000.00 · 含税单价 1,130.00');
  await expect(wuxi).toContainText('未税金额 6,000.00 · 含税金额 6,780.00');
  await expect(wenzhou).toContainText('980.00 未税 13%');
  await expect(wenzhou).toContainText('未税单价 980.00 · 含税单价 1,107.40');
  await expect(wenzhou).toContainText('未税金额 5,880.00 · 含税金额 6,644.40');
  await expect(tianjin).toContainText('未税单价 1,017.6991 · 含税单价 1,150.00');
  await expect(wenzhou.getByText('最优')).toBeVisible();
  await expect(wuxi.getByText('最优')).toHaveCount(0);
  await expect(tianjin.getByText('最优')).toHaveCount(0);

  // Chosen with a reason; the quote's cost sheet takes the price on its own basis (含税) and names the supplier.
  await wenzhou.getByRole('button', { name: /选\s*定/ }).click();
  const why = page.getByRole('dialog').filter({ hasText: '选定原因（必填）' });
  await why.getByLabel('选定原因（必填）').fill('折算未税价最低，质量稳定');
  await why.getByRole('button', { name: OK }).click();
  const note = page.getByRole('dialog').filter({ hasText: `报价单 ${quote.number} V1 成本表第 1 行已改为供应商报价` });
  await expect(note).toContainText('1107.4000，毛利已重算');
  await note.getByRole('button', { name: OK }).click();
  await expect(wenzhou.getByText('已选定')).toBeVisible();
  await expect(rfq.getByText('已定标')).toBeVisible();
  const rfqNumber = /XB\d{4}-\d{5}/.exec((await rfq.locator('.ant-drawer-title').textContent()) ?? '')![0];
  await closeDrawer(rfq);

  await goTo(page, '报价');
  await page.getByRole('grid').getByText(quote.number, { exact: true }).dblclick();
  await quoteDrawer.getByRole('tab', { name: '成本核算' }).click();
  const unitCost = quoteDrawer.getByLabel('成本单价 成本合计 1', { exact: true });
  await expect(unitCost).toHaveValue('1107.4000');
  const costLine = quoteDrawer.locator('tr').filter({ has: page.getByLabel('成本单价 成本合计 1', { exact: true }) });
  await expect(costLine).toContainText('供应商报价');
  await expect(costLine.getByTestId('cost-supplier-0')).toHaveText(MAKERS.wenzhou);
  // 6 × 1,107.40 含税.
  await expect(costLine).toContainText('6,644.40');
  await closeDrawer(quoteDrawer);

  // The customer takes the quote; the order's valve line is asked of 温州 again (the price holds) and chosen.
  const order = await winQuote(neiqin, quote.id);
  const forOrder = await rpcAs(neiqin, 'lina', 'purchasing.rfq.create', {
    origin: 'order',
    orderId: order.id,
    date: today(),
    notes: `沿用 ${rfqNumber} 的选定结果`,
  });
  const wenzhouId = (await rpcAs(neiqin, 'lina', 'suppliers.list', { q: '温州正宏' })).rows[0]!.id;
  await rpcAs(neiqin, 'lina', 'purchasing.rfq.addSupplier', { id: forOrder.id, supplierId: wenzhouId });
  await rpcAs(neiqin, 'lina', 'purchasing.rfq.logAsked', {
    id: forOrder.id,
    supplierId: wenzhouId,
    channel: 'phone',
    sentOn: today(),
  });
  const answered = await rpcAs(neiqin, 'lina', 'purchasing.rfq.answer', {
    id: forOrder.id,
    supplierId: wenzhouId,
    answerDate: today(),
    priceIncludesTax: false,
    paymentTerms: '月结30天',
    lines: [{ itemId: forOrder.rfqItems[0]!.id, unitPrice: '980', taxRate: '0.13', leadDays: 20 }],
  });
  await rpcAs(neiqin, 'lina', 'purchasing.rfq.choose', {
    itemId: forOrder.rfqItems[0]!.id,
    answerLineId: answered.rfqSuppliers[0]!.answers[0]!.lines[0]!.id,
    reason: `同 ${rfqNumber}`,
  });

  // 生成采购订单 on the order's RFQ: the PO made is named, and its link opens it.
  await goTo(page, '询价比价', '外购');
  await page.getByLabel('搜索', { exact: true }).fill(forOrder.number);
  await page.getByLabel('搜索', { exact: true }).press('Enter');
  await page.getByRole('grid').getByText(forOrder.number, { exact: true }).dblclick();
  const orderRfq = page.locator('.ant-drawer').filter({ hasText: `询价单号 ${forOrder.number}` });
  await orderRfq.getByRole('button', { name: '生成采购订单' }).click();
  const made = page.getByRole('dialog').filter({ hasText: '已生成 1 张采购订单' });
  await expect(made).toContainText(`${MAKERS.wenzhou} · 6,644.40`);
  const poNumber = /CG\d{4}-\d{5}/.exec((await made.getByRole('button', { name: /CG\d{4}-\d{5}/ }).textContent())!)![0];
  await made.getByRole('button', { name: poNumber }).click();
  await expect(page).toHaveURL(/#\/purchasing\/orders\?open=\d+$/);
  const po = page.locator('.ant-drawer').filter({ hasText: `采购单号 ${poNumber}` });
  await expect(po).toContainText(MAKERS.wenzhou);
  // A draft opens in its form: its line serves the order's 法兰蝶阀.
  const draftLine = po.getByRole('row').filter({ hasText: '法兰蝶阀' });
  await expect(draftLine).toContainText(`${order.number} 长沙银河自动化有限公司`);
  await expect(draftLine).toContainText('1. 法兰蝶阀 D341X-16Q DN100');
  await expect(po.getByLabel('数量 1', { exact: true })).toHaveValue('6');

  // Sent to 温州.
  await po.getByRole('button', { name: /发\s*出$/ }).click();
  await expect(page.getByText(`采购订单 ${poNumber} 已发出`)).toBeVisible();
  await expect(po.locator('.ant-descriptions')).toContainText('已发出');
  await closeDrawer(po);

  // Four arrive, one of them damaged: she signs for them.
  await page.getByRole('grid').getByText(poNumber, { exact: true }).dblclick();
  await po.getByRole('button', { name: '签收入库' }).click();
  const receipt = page.getByRole('dialog').filter({ hasText: `签收入库 · ${poNumber}` });
  await receipt.getByLabel('签收人').fill('李娜');
  await receipt.getByLabel('到货').first().fill('4');
  await receipt.getByLabel('损坏').first().fill('1');
  await receipt.getByRole('button', { name: /确\s*定|OK/ }).click();
  const signedText = page.getByText(/已签收，单号 RK\d{4}-\d{5}/);
  await expect(signedText).toBeVisible();
  const signed = { number: /RK\d{4}-\d{5}/.exec((await signedText.textContent())!)![0] };

  // Three accepted and three still owed; she sends what arrived on to the customer: the notice appears among the
  // delivery notices.
  await expect(po.locator('.ant-descriptions')).toContainText('部分到货');
  const line = po.getByRole('row').filter({ hasText: '法兰蝶阀' });
  await expect(line.getByRole('cell')).toHaveText([
    '1',
    /法兰蝶阀 D341X-16Q DN100/,
    '6 台',
    '980.00',
    '13%',
    '6,644.40',
    `${order.number} 长沙银河自动化有限公司 × 6`,
    '4',
    '3',
    '3',
  ]);
  await po.getByRole('tab', { name: '签收记录' }).click();
  await expect(po.getByRole('row').filter({ hasText: signed.number })).toContainText('李娜');
  await po.getByRole('button', { name: '转发货通知' }).click();
  const forwarded = page.getByText(/已生成发货通知 TZ\d{4}-\d{5}/);
  await expect(forwarded).toBeVisible();
  const noticeNumber = /TZ\d{4}-\d{5}/.exec((await forwarded.textContent())!)![0];
  await closeDrawer(po);
  await goTo(page, '发货通知单', '发货');
  const row = page.getByRole('grid').getByRole('row').filter({ hasText: noticeNumber });
  await expect(row).toContainText('长沙银河自动化有限公司');
  await expect(row).toContainText(order.number);
});
