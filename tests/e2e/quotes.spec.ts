import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, login, test } from './fixtures';
import { chooseMenuItem, chooseOption } from './pickers';
import { localMailServer } from './mail-server';

test('an inquiry is priced on a cost sheet, approved by the manager, e-mailed, revised to V2, won and made a sales order', async ({
  page,
  neiqin,
}) => {
  // A whole working story: three logins, a mail server, a PDF, a revision, a sales order.
  test.setTimeout(240_000);
  const mail = await localMailServer();
  await page.goto(neiqin.url);
  await login(page, 'admin');
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText(/已载入示例数据/)).toBeVisible({ timeout: 60_000 });
  // The company's mail server, set up once by the administrator.
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('tab', { name: '邮件服务器' }).click();
  await page.getByLabel('服务器', { exact: true }).fill('127.0.0.1');
  await page.getByLabel('端口', { exact: true }).fill(String(mail.port));
  const tls = page.getByLabel('SSL/TLS', { exact: true });
  if ((await tls.getAttribute('aria-checked')) === 'true') await tls.click();
  await page.getByLabel('发件地址', { exact: true }).fill('quotes@hengxin.example');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  // The approval rules allow project prices up to 40% below list (设置 › 审批规则); the margin rule stays at 15%.
  await page.getByRole('tab', { name: '审批规则' }).click();
  await page.getByLabel('最高折扣率（%）', { exact: true }).fill('40');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存').last()).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();

  // The customer phones in an inquiry; the sales assistant logs it and quotes from it.
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '询价' }).click();
  await page.getByRole('button', { name: '登记询价' }).click();
  const inquiry = page.locator('.ant-drawer').filter({ hasText: '需求' });
  await chooseOption(page, inquiry.getByLabel('选择客户'), '长沙银河自动化有限公司', 'csyh');
  await inquiry.getByLabel('需求', { exact: true }).fill('泵房改造，水泵控制柜 2 台');
  await inquiry.getByRole('button', { name: /保\s*存/ }).click();
  await expect(inquiry.getByText(/询价 XJ\d{4}-\d{5}/)).toBeVisible();
  await inquiry.getByRole('button', { name: '据此报价' }).click();
  const drawer = page.locator('.ant-drawer').filter({ has: page.getByRole('tab', { name: '成本核算' }) });
  await expect(drawer.getByText('长沙银河自动化有限公司')).toBeVisible();
  // She prices a control cabinet below the margin the company accepts.
  await expect(drawer.getByLabel('联系人', { exact: true })).toHaveValue('黄志强');
  await drawer.getByLabel('项目', { exact: true }).fill('麓谷水厂泵房改造');
  await drawer.getByRole('tab', { name: '报价明细' }).click();
  await chooseOption(page, drawer.getByLabel('选择产品 1'), '水泵控制柜', 'HX-KZG');
  await expect(drawer.getByLabel('名称 1', { exact: true })).toHaveValue('水泵控制柜');
  await drawer.getByLabel('数量 1', { exact: true }).fill('2');
  await drawer.getByLabel('单价 1', { exact: true }).fill('9000');
  await drawer.getByRole('tab', { name: '成本核算' }).click();
  await drawer.getByRole('button', { name: '添加成本行' }).click();
  await drawer.getByLabel('名称 成本合计 1').fill('控制柜材料');
  await drawer.getByLabel('数量 成本合计 1').fill('2');
  await drawer.getByLabel('成本单价 成本合计 1').fill('7600');
  await expect(drawer.getByTestId('quote-gross')).toHaveText('18,000.00');
  await expect(drawer.getByTestId('quote-summary')).toContainText('壹万捌仟元整');
  await drawer.getByRole('button', { name: '保存草稿' }).click();
  await expect(drawer.getByText(/报价单 BJ\d{4}-\d{5} V1/)).toBeVisible();
  await drawer.getByRole('button', { name: '提交审批' }).click();
  await expect(drawer.getByTestId('quote-status')).toHaveText('待审批');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '退出登录' }).click();

  // The manager approves it.
  await login(page, 'chenjl');
  await page.getByRole('menuitem', { name: '报价' }).click();
  await page.getByRole('grid').getByText('麓谷水厂泵房改造').dblclick();
  await drawer.getByRole('tab', { name: '审批记录' }).click();
  await expect(drawer.getByText(/毛利率 .*% 低于 15%/)).toBeVisible();
  await drawer.getByRole('button', { name: '审批通过' }).click();
  await page.getByRole('dialog').getByLabel('意见').fill('战略客户，同意');
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(drawer.getByTestId('quote-status')).toHaveText('已审批');

  // E-mailed to the customer through the company's server; the PDF downloads with the total in words.
  await drawer.getByRole('button', { name: '邮件发送' }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/收件人/)
    .fill('huangzq@yinhe-auto.example');
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('已发送邮件至 huangzq@yinhe-auto.example')).toBeVisible();
  await expect(drawer.getByTestId('quote-status')).toHaveText('已发送');
  expect(mail.inbox).toHaveLength(1);
  expect(mail.inbox[0]!.to).toEqual(['huangzq@yinhe-auto.example']);
  expect(mail.inbox[0]!.raw).toContain('application/pdf');
  const download = page.waitForEvent('download');
  await chooseMenuItem(page, drawer.getByRole('button', { name: '更多' }), '下载 PDF');
  const file = await (await download).path();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('长沙银河自动化有限公司');
  expect(text).toContain('壹万捌仟元整');
  expect(fs.statSync(file).size).toBeGreaterThan(1000);

  // The customer asks for a change: V2, with V1 kept.
  await drawer.getByRole('button', { name: /修\s*订/ }).click();
  await page.getByRole('dialog').getByLabel('原因').fill('客户要求增加一台');
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(drawer.getByText(/V2/).first()).toBeVisible();
  await drawer.getByRole('tab', { name: '报价明细' }).click();
  await drawer.getByLabel('数量 1', { exact: true }).fill('3');
  await drawer.getByRole('button', { name: '保存草稿' }).click();
  await expect(drawer.getByTestId('quote-gross')).toHaveText('27,000.00');
  await drawer.getByRole('tab', { name: '历史版本' }).click();
  await expect(drawer.getByTestId('quote-diff')).toContainText('2 → 3');
  // Three cabinets on the same materials earn enough, and 9,000 a set is within the 40% allowed off the list price:
  // V2 approves itself.
  await drawer.getByRole('button', { name: '提交审批' }).click();
  await expect(drawer.getByTestId('quote-status')).toHaveText('已审批');
  await drawer.getByRole('button', { name: '标记已发送' }).click();
  await expect(drawer.getByTestId('quote-status')).toHaveText('已发送');
  // The customer is called back; the conversation is kept with the quote.
  await drawer.getByRole('tab', { name: '跟进记录' }).click();
  await drawer.getByLabel('客户反馈').fill('技术确认，等领导签字');
  await drawer.getByRole('button', { name: '记录跟进' }).click();
  await expect(drawer.getByText('技术确认，等领导签字')).toBeVisible();
  await drawer.getByRole('button', { name: /^成\s*交$/ }).click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(drawer.getByTestId('quote-status')).toHaveText('已成交');

  // The won quote becomes the sales order.
  await drawer.getByRole('button', { name: '生成销售合同' }).click();
  await page.getByRole('dialog').getByLabel('客户订单号').fill('YH-PO-0088');
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText(/已生成销售合同 HT\d{4}-\d{5}/)).toBeVisible();
  const order = page.locator('.ant-drawer').filter({ hasText: '销售合同 HT' });
  await expect(order.getByText('YH-PO-0088')).toBeVisible();
  await expect(order.getByText('贰万柒仟元整')).toBeVisible();
  await mail.close();
});
