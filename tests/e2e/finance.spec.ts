import { today } from '../../electron/core/dates';
import type { Page } from '@playwright/test';
import { expect, login, rpcAs, test } from './fixtures';
import { chooseOption } from './pickers';
import { localMailServer } from './mail-server';
import { checkedNote, salesOrder } from './scenes';

/** Opens a page from a navigation group, unfolding the group first. */
async function open(page: Page, group: string, item: string) {
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: group, exact: true }).click();
  await entry.click();
}

/** The invoice PDF as the tax system hands it out (only its first bytes matter here). */
const invoicePdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const NUMBER = '26432000000012345678';

test('a delivered note is invoiced, e-mailed, acknowledged, paid and allocated; the ageing shows the customer clean', async ({
  page,
  neiqin,
}) => {
  // The whole money side of one order: two logins, a mail server, an upload, a receipt and two reports.
  test.setTimeout(180_000);
  const mail = await localMailServer();
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // The scene: the demo company's order for 长沙银河, delivered and signed for; the company's mail server.
    const order = await salesOrder(neiqin);
    const note = await checkedNote(neiqin, order.id);
    for (const to of ['loaded', 'in_transit', 'delivered'] as const)
      await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.advance', { id: note.id, to });
    await rpcAs(neiqin, 'admin', 'settings.smtp.update', {
      host: '127.0.0.1',
      port: mail.port,
      secure: false,
      user: null,
      from: 'finance@hengxin.example',
      fromName: '恒信机电财务',
      password: null,
    });

    // The sales assistant registers the invoice from 已送货未开票: the form arrives filled from the note.
    await page.goto(neiqin.url);
    await login(page, 'zhangli');
    await open(page, '发票', '已送货未开票');
    await page.getByRole('cell', { name: '长沙银河自动化有限公司' }).click();
    const lines = page.locator('.ant-card').filter({ hasText: '长沙银河自动化有限公司 的已送货未开票明细' });
    await expect(lines.getByText(note.number).first()).toBeVisible();
    await lines.getByRole('checkbox').first().check();
    await lines.getByRole('button', { name: '为勾选的 1 张送货单登记发票' }).click();
    const form = page.locator('.ant-drawer').filter({ hasText: '登记发票' });
    await expect(form.getByLabel('购买方名称', { exact: true })).toHaveValue('长沙银河自动化有限公司');
    await expect(form.getByLabel('明细 1 货物或服务名称')).toHaveValue('水泵控制柜');
    await expect(form.getByTestId('invoice-totals')).toContainText('价税合计 30,480.00');
    await form.getByLabel('发票号码', { exact: true }).fill(NUMBER);
    await form.getByRole('button', { name: /保\s*存/ }).click();

    // The register opens the new invoice: not yet sent.
    const drawer = page.locator('.ant-drawer').filter({ hasText: `数电专票 ${NUMBER}` });
    await expect(drawer.locator('.ant-drawer-title')).toContainText('未送出');
    await expect(drawer.getByText('30,480.00').first()).toBeVisible();

    // She e-mails it with the PDF the tax system issued.
    await drawer.getByRole('button', { name: '送出发票' }).click();
    const send = page.getByRole('dialog').filter({ hasText: `送出发票 ${NUMBER}` });
    await expect(send.getByLabel('主题', { exact: true })).toHaveValue(/.+/);
    await send.getByLabel('收件人', { exact: true }).fill('caiwu@yinhe-auto.example');
    await send.locator('input[type=file]').setInputFiles({
      name: `${NUMBER}.pdf`,
      mimeType: 'application/pdf',
      buffer: invoicePdf,
    });
    await expect(send.getByText(`${NUMBER}.pdf`)).toBeVisible();
    await send.getByRole('button', { name: '送出发票' }).click();
    await expect(page.getByText('发票已送出')).toBeVisible();
    await expect(drawer.locator('.ant-drawer-title')).toContainText('待回执');
    expect(mail.inbox).toHaveLength(1);
    expect(mail.inbox[0]!.to).toEqual(['caiwu@yinhe-auto.example']);
    expect(mail.inbox[0]!.raw).toContain('application/pdf');
    expect(mail.inbox[0]!.raw).toContain(`${NUMBER}.pdf`);
    await drawer.getByRole('tab', { name: /送出与催要记录/ }).click();
    await expect(drawer.getByRole('cell', { name: /caiwu@yinhe-auto\.example/ })).toBeVisible();
    await expect(drawer.getByRole('cell', { name: '邮件', exact: true })).toBeVisible();

    // The buyer's accountant confirms receipt: the 回执 is recorded.
    await drawer.getByRole('button', { name: '登记回执' }).click();
    const ack = page.getByRole('dialog').filter({ hasText: '登记回执：发票' });
    await ack.getByLabel('签收人', { exact: true }).fill('刘会计');
    await ack.getByRole('button', { name: '登记回执' }).click();
    await expect(drawer.locator('.ant-drawer-title')).toContainText(`已回执 ${today()} 刘会计 签收`);
    await page.keyboard.press('Escape');

    // The money arrives: she records the receipt and lets the oldest-due-first fill allocate it.
    await open(page, '回款', '回款登记');
    await page.getByRole('button', { name: '登记回款' }).click();
    const receipt = page.getByRole('dialog').filter({ hasText: '登记回款' });
    await chooseOption(page, receipt.getByLabel('客户', { exact: true }), '长沙银河自动化有限公司', 'csyh');
    await receipt.getByLabel('金额（元）', { exact: true }).fill('30480');
    await receipt.getByLabel('银行流水号', { exact: true }).fill('CMB20261130001');
    await receipt.getByRole('button', { name: '按先到期先核销填入' }).click();
    await expect(receipt.getByLabel(`本次核销（元） ${NUMBER}`)).toHaveValue('30480.00');
    await receipt.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText(/回款 HK\d{4}-\d{5} 已登记/)).toBeVisible();
    // The saved receipt opens: wholly allocated to the invoice, nothing left unapplied.
    const saved = page.locator('.ant-drawer').filter({ hasText: /回款单号 HK\d{4}-\d{5}/ });
    await expect(saved.getByRole('row').filter({ hasText: NUMBER })).toContainText('30,480.00');
    await expect(saved.getByRole('row').filter({ hasText: '未核销' })).toContainText(/未核销\s*0\.00$/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('grid').getByRole('row').filter({ hasText: 'CMB20261130001' })).toContainText(
      '30,480.00',
    );
    await page.getByRole('button', { name: '退出登录' }).click();

    // The manager's ageing no longer lists the customer; the dashboard draws its charts.
    await login(page, 'chenjl');
    await open(page, '应收', '账龄分析');
    await expect(page.getByRole('heading', { name: '账龄分析' })).toBeVisible();
    // Loaded (the demo's overdue customer is there) and the customer who paid is not.
    await expect(page.locator('.ant-table .ant-spin-spinning')).toHaveCount(0);
    await expect(page.locator('.ant-table')).toContainText('黄岩模具');
    await expect(page.locator('.ant-table')).not.toContainText('长沙银河');
    await page.getByRole('menuitem', { name: '经营看板' }).click();
    await expect(page.getByText('应收余额').first()).toBeVisible();
    await expect(
      page.locator('.ant-card').filter({ hasText: '近 12 个月销售与回款' }).locator('canvas, svg').first(),
    ).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await mail.close();
  }
});
