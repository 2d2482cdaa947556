import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { today } from '../../electron/core/dates';
import type { Envelope } from '../../electron/shared/rpc/envelope';
import { expect, login, printDialogs, rpcAs, test, type Neiqin } from './fixtures';
import { chooseOption } from './pickers';
import { salesOrder } from './scenes';

const PT_PER_MM = 72 / 25.4;

/** The page sizes, in whole mm, of a PDF the app sent back over the RPC seam. */
async function pageSizes(dataBase64: string): Promise<string[]> {
  const doc = await PDFDocument.load(Buffer.from(dataBase64, 'base64'));
  return doc.getPages().map((p) => `${Math.round(p.getWidth() / PT_PER_MM)}×${Math.round(p.getHeight() / PT_PER_MM)}`);
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** Two checked delivery notes of the order, one a notice each: numbers in the order made. */
async function twoCheckedNotes(neiqin: Neiqin): Promise<string[]> {
  const order = await salesOrder(neiqin);
  const progress = await rpcAs(neiqin, 'zhangli', 'orders.progress', { orderId: order.id });
  const numbers: string[] = [];
  for (const quantity of ['1', '2']) {
    const notice = await rpcAs(neiqin, 'zhangli', 'deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: progress.lines[0]!.orderLineId, quantity }],
    });
    await rpcAs(neiqin, 'zhangli', 'deliveries.notices.confirm', { id: notice.id });
    const note = await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.create', { noticeId: notice.id, date: today() });
    await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.check', {
      id: note.id,
      lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
    });
    numbers.push(note.number);
  }
  return numbers;
}

test('a dispatch clerk prints one note on A4 and the next on a 241 × 93 form, through the browser’s print dialog; the preview is one click away', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(180_000);
  const [first, second] = await twoCheckedNotes(neiqin);
  await page.goto(neiqin.url);
  await login(page, 'wangqiang');
  await page.getByRole('menuitem', { name: '送货单', exact: true }).click();

  // The first goes on plain A4 paper: one sheet per part.
  await page.getByRole('grid').getByText(first!).dblclick();
  const note = page.locator('.ant-drawer').filter({ hasText: `送货单 ${first}` });
  await expect(note.getByLabel('纸张')).toBeVisible();
  await chooseOption(page, note.getByLabel('纸张'), 'A4');
  await expect(note.getByRole('button', { name: '联次' })).toHaveText('3 联 · 逐联');
  const onA4 = page.waitForResponse((r) => r.url().includes('/rpc/deliveries.notes.print'));
  await note.getByRole('button', { name: /^打\s*印$/ }).click();
  const a4 = (await (await onA4).json()) as Envelope<{ dataBase64: string; pages: number }>;
  if (!a4.ok) throw new Error(a4.error.message);
  expect(await pageSizes(a4.value.dataBase64)).toEqual(['210×297', '210×297', '210×297']);
  // The browser's print dialog opened, for the PDF (a blob in a frame), not for the page.
  await expect.poll(() => printDialogs(page)).toEqual(['blob:']);
  await expect(note.getByRole('button', { name: /^补\s*打$/ })).toBeVisible();
  // The preview stays one click away.
  await note.getByRole('button', { name: '打印预览' }).click();
  await expect(page.locator('iframe[title="打印预览"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('iframe[title="打印预览"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();

  // The next goes on the 1/3 continuous form, carbonless: this PC remembered A4 from the last print.
  await page.getByRole('grid').getByText(second!).dblclick();
  const next = page.locator('.ant-drawer').filter({ hasText: `送货单 ${second}` });
  await expect(next.getByLabel('纸张').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText(
    'A4',
  );
  await chooseOption(page, next.getByLabel('纸张'), '241×93');
  await expect(next.getByRole('button', { name: '联次' })).toHaveText('3 联 · 复写');
  const onForm = page.waitForResponse((r) => r.url().includes('/rpc/deliveries.notes.print'));
  await next.getByRole('button', { name: /^打\s*印$/ }).click();
  const form = (await (await onForm).json()) as Envelope<{ dataBase64: string }>;
  if (!form.ok) throw new Error(form.error.message);
  expect(await pageSizes(form.value.dataBase64)).toEqual(['241×93']);
  await expect.poll(() => printDialogs(page)).toEqual(['blob:', 'blob:']);
  // The page has its focus back once the dialog is done: Escape closes the note.
  await expect(next.getByRole('button', { name: /^补\s*打$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(next).toBeHidden();

  // Both counted as printed; the company's own setting was never touched.
  const notes = await rpcAs(neiqin, 'wangqiang', 'deliveries.notes.list', { q: '' });
  expect(notes.rows.filter((r) => r.number === first || r.number === second).map((r) => r.printCount)).toEqual([1, 1]);
  expect((await rpcAs(neiqin, 'admin', 'settings.delivery.get', {})).paper).toBe('form-241x93');
});

test('套打: the dispatch clerk sets the offsets of the 241 × 93 form and downloads its calibration page, which carries them', async ({
  page,
  neiqin,
}) => {
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  await page.goto(neiqin.url);
  await login(page, 'wangqiang');
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('tab', { name: '套打' }).click();
  const row = page.getByTestId('offsets-form-241x93');
  // Out of range is said beside the field, and nothing is saved.
  await row.getByLabel('241×93 水平偏移（毫米）').fill('-25');
  await row.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(row.getByText('偏移应在 -20 到 20 毫米之间；偏得更多时请先把纸对准')).toBeVisible();
  await row.getByLabel('241×93 水平偏移（毫米）').fill('1.5');
  await row.getByLabel('241×93 垂直偏移（毫米）').fill('-0.5');
  await row.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByText('已保存 241×93 的偏移')).toBeVisible();
  expect((await rpcAs(neiqin, 'wangqiang', 'printing.offsets.get', {})).forms[0]).toEqual({
    paper: 'form-241x93',
    offsetX: 1.5,
    offsetY: -0.5,
  });

  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: '下载校准页' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('套打校准页-241x93.pdf');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-e2e-cal-')), 'cal.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  expect(text).toContain('套打校准页241×93mm');
  expect(text).toContain('水平+1.5mm，垂直−0.5mm');
  expect(await pageSizes(fs.readFileSync(file).toString('base64'))).toEqual(['241×93']);
});

test('in the desktop app 打印 goes straight to the printer kept on this PC for each paper, asked once; 打印机设置 sits beside the button', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(180_000);
  const [first, second] = await twoCheckedNotes(neiqin);
  // The Electron binary cannot run here: this stands in for its preload's window.neiqinDesktop (two printers on
  // this PC, every job recorded), so the renderer takes its desktop path in Chromium.
  await page.addInitScript(`
    if (window === window.top)
      window.neiqinDesktop = {
        printers: async () => ({
          ok: true,
          value: [
            { name: 'EPSON_LQ_630K', displayName: 'EPSON LQ-630K', description: '' },
            { name: 'HP_M1136', displayName: 'HP LaserJet M1136', description: '' },
          ],
        }),
        print: async (request) => {
          window.jobs = [...(window.jobs || []), { kind: request.kind, deviceName: request.deviceName, pageSize: request.pageSize, pdf: request.pdfBase64.startsWith('JVBERi0') }];
          return { ok: true, value: { deviceName: request.deviceName, pages: 1, widthMm: 0, heightMm: 0 } };
        },
      };
  `);
  const jobs = () => page.evaluate('window.jobs || []');
  await page.goto(neiqin.url);
  await login(page, 'wangqiang');
  await page.getByRole('menuitem', { name: '送货单', exact: true }).click();

  // The first note on the company's 241 × 93 form: this PC has no printer for it yet, so it asks, once.
  await page.getByRole('grid').getByText(first!).dblclick();
  const note = page.locator('.ant-drawer').filter({ hasText: `送货单 ${first}` });
  await note.getByRole('button', { name: /^打\s*印$/ }).click();
  const ask = page.getByRole('dialog').filter({ hasText: '选择打印机' });
  await expect(ask).toContainText('“送货单（241×93）”打印到哪台打印机？这台电脑会记住。');
  await chooseOption(page, ask.getByLabel('送货单（241×93）'), 'EPSON LQ-630K');
  await ask.getByRole('button', { name: /^打\s*印$/ }).click();
  await expect(page.getByText('已发送到打印机：EPSON_LQ_630K')).toBeVisible();
  await expect
    .poll(jobs)
    .toEqual([
      { kind: 'deliveryNote', deviceName: 'EPSON_LQ_630K', pageSize: { widthMm: 241, heightMm: 93 }, pdf: true },
    ]);
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();

  // The next on A4 goes to the laser: asked for A4 once too.
  await page.getByRole('grid').getByText(second!).dblclick();
  const next = page.locator('.ant-drawer').filter({ hasText: `送货单 ${second}` });
  await chooseOption(page, next.getByLabel('纸张'), 'A4');
  await next.getByRole('button', { name: /^打\s*印$/ }).click();
  const askA4 = page.getByRole('dialog').filter({ hasText: '选择打印机' });
  await chooseOption(page, askA4.getByLabel('送货单（A4）'), 'HP LaserJet M1136');
  await askA4.getByRole('button', { name: /^打\s*印$/ }).click();
  await expect.poll(async () => ((await jobs()) as unknown[]).length).toBe(2);

  // Back on the form, a reprint goes to the dot-matrix printer without asking.
  await chooseOption(page, next.getByLabel('纸张'), '241×93');
  await next.getByRole('button', { name: /^补\s*打$/ }).click();
  await expect.poll(jobs).toEqual([
    { kind: 'deliveryNote', deviceName: 'EPSON_LQ_630K', pageSize: { widthMm: 241, heightMm: 93 }, pdf: true },
    { kind: 'deliveryNote', deviceName: 'HP_M1136', pageSize: { widthMm: 210, heightMm: 297 }, pdf: true },
    { kind: 'deliveryNote', deviceName: 'EPSON_LQ_630K', pageSize: { widthMm: 241, heightMm: 93 }, pdf: true },
  ]);
  await expect(page.getByRole('dialog').filter({ hasText: '选择打印机' })).toHaveCount(0);

  // 打印机设置 beside the button: each document and paper with the printer this PC keeps for it.
  await next.getByRole('button', { name: '打印机设置' }).click();
  const printers = page.getByRole('dialog').filter({ hasText: '打印机设置' });
  await expect(printers.getByRole('row').filter({ hasText: '送货单（241×93）' })).toContainText('EPSON LQ-630K');
  await expect(printers.getByRole('row').filter({ hasText: '送货单（A4）' })).toContainText('HP LaserJet M1136');
  await expect(printers.getByRole('row').filter({ hasText: '报价单' })).toContainText('未设置（打印时询问）');
  // Nothing went through the browser's print dialog.
  expect(await printDialogs(page)).toEqual([]);
});
