import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { today } from '../../electron/core/dates';
import type { Envelope } from '../../electron/shared/rpc/envelope';
import { expect, login, rpcAs, test } from './fixtures';
import { chooseOption } from './pickers';

/** The text of a PDF the app sent back over the RPC seam, whitespace removed. */
function pdfText(dataBase64: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-e2e-pdf-')), 'd.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

test('a faxed order is entered directly, changed once, partly delivered, closed short, and its contract printed', async ({
  page,
  neiqin,
}) => {
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  await page.goto(neiqin.url);
  await login(page, 'zhangli');
  await page.getByRole('menuitem', { name: '订单' }).click();

  // The customer's fax: four control cabinets at list price, its PO number and the fax itself.
  await page.getByRole('button', { name: '新建订单' }).click();
  const editor = page.locator('.ant-drawer').filter({ hasText: '新建订单' });
  await chooseOption(page, editor.getByLabel('选择客户'), '长沙银河自动化有限公司', 'csyh');
  await editor.getByLabel('客户订单号', { exact: true }).fill('YH-FAX-1130');
  await editor.getByRole('tab', { name: '合同明细' }).click();
  await chooseOption(page, editor.getByLabel('选择产品 1'), '水泵控制柜', 'HX-KZG');
  await editor.getByLabel('数量 1', { exact: true }).fill('4');
  await editor.getByLabel('单价 1', { exact: true }).fill('14464');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  const draft = page.locator('.ant-drawer').filter({ hasText: '直接录入' });
  await expect(draft.getByTestId('order-status')).toHaveText('草稿');
  const number = ((await draft.locator('.ant-drawer-title').textContent()) ?? '').match(/HT\d{4}-\d{5}/)![0];
  await draft.getByRole('tab', { name: '客户订单' }).click();
  await draft
    .locator('input[type=file]')
    .setInputFiles({ name: '订单传真.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(draft.getByText('订单传真.pdf')).toBeVisible();
  // At list price the order is within the rules and confirms itself.
  await draft.getByRole('button', { name: '确认订单' }).click();
  const order = page.locator('.ant-drawer').filter({ hasText: `销售合同 ${number}` });
  await expect(order.getByTestId('order-status')).toHaveText('已确认');

  // The customer faxes again: five, not four. A numbered change, with the reason.
  await order.getByRole('button', { name: /变\s*更/ }).click();
  const change = page.getByRole('dialog').filter({ hasText: '第 1 次变更' });
  await change.getByLabel('数量 1', { exact: true }).fill('5');
  await change.getByLabel('原因', { exact: true }).fill('客户传真追加一台');
  await change.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存第 1 次变更')).toBeVisible();

  // Three go out and are delivered; the order is partly delivered.
  const { orderId, lineId } = await (async () => {
    const found = await rpcAs(neiqin, 'zhangli', 'orders.list', { q: number });
    const id = found.rows[0]!.id;
    const detail = await rpcAs(neiqin, 'zhangli', 'orders.get', { id });
    return { orderId: id, lineId: detail.lines[0]!.id };
  })();
  const notice = await rpcAs(neiqin, 'zhangli', 'deliveries.notices.create', {
    orderId,
    date: today(),
    lines: [{ orderLineId: lineId, quantity: '3' }],
  });
  await rpcAs(neiqin, 'zhangli', 'deliveries.notices.confirm', { id: notice.id });
  const note = await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.create', {
    noticeId: notice.id,
    date: today(),
    packages: 3,
  });
  await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.check', {
    id: note.id,
    lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
  });
  for (const to of ['loaded', 'in_transit', 'delivered'] as const)
    await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.advance', { id: note.id, to });
  // Reloaded, the page opens the same order again (its address names it).
  await page.reload();
  await expect(order.getByTestId('order-status')).toHaveText('部分发货');

  // The customer needs no more: closed short, with the reason.
  await order.getByRole('button', { name: '短交结案' }).click();
  const closing = page.locator('.ant-modal').filter({ hasText: `短交结案：销售合同 ${number}` });
  await closing.getByLabel('原因').fill('客户项目调整，余下两台不再需要');
  await closing.getByRole('button', { name: '短交结案' }).click();
  await expect(order.getByTestId('order-status')).toHaveText('已结案');
  await expect(order.getByText(/^张丽 .*：客户项目调整，余下两台不再需要$/)).toBeVisible();
  await order.getByRole('tab', { name: '变更记录' }).click();
  await expect(order.getByText('第 1 次变更').first()).toBeVisible();
  await expect(order.getByText(/数量 4 → 5/)).toBeVisible();

  // The contract prints as changed: the change confirmation with five cabinets and the total in words.
  const printed = page.waitForResponse((r) => r.url().includes('/rpc/orders.printContract'));
  await order.getByRole('button', { name: '打印合同' }).click();
  const envelope = (await (await printed).json()) as Envelope<{ dataBase64: string }>;
  if (!envelope.ok) throw new Error(envelope.error.message);
  const text = pdfText(envelope.value.dataBase64);
  expect(text).toContain('订单变更确认书');
  expect(text).toContain('第1次变更');
  expect(text).toContain('长沙银河自动化有限公司');
  expect(text).toContain('YH-FAX-1130');
  // 5 × 14,464.00
  expect(text).toContain('72,320.00');
  expect(text).toContain('柒万贰仟叁佰贰拾元整');
});
