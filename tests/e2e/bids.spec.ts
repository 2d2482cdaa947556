import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import { PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { addDays, today } from '../../electron/core/dates';
import { expect, login, rpcAs, test } from './fixtures';
import { chooseOption } from './pickers';

const OK = /^(确\s*定|OK)$/;
const PROJECT = '雨花区污水泵站设备采购项目';
/** Named apart from the demo company's own licence, which the library already holds. */
const LICENCE = '营业执照（2026 年换发）';

/** Goes to a page from the side menu, opening its group first when it is folded. */
async function goTo(page: Page, item: string, group?: string): Promise<void> {
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  await expect(async () => {
    if (group && !(await entry.isVisible())) await page.getByRole('menuitem', { name: group, exact: true }).click();
    await entry.click({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** Types a day (or a day and time) into a date picker as a user does, confirms it with Enter, and sees it taken. */
async function pickDate(field: Locator, text: string): Promise<void> {
  await expect(async () => {
    await field.click();
    await field.fill(text);
    await field.press('Enter');
    await expect(field).toHaveValue(text, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** The form row of a labelled field: where its error is shown, beside it. */
const formItem = (form: Locator, label: string) =>
  form.locator('.ant-form-item').filter({ has: form.page().getByLabel(label, { exact: true }) });

/** A one-page PDF, as a scanned licence would come. */
async function licencePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Business licence 91430100MA4L0B1X2Y', { x: 60, y: 760, size: 18 });
  return Buffer.from(await doc.save());
}

/** The bookmarks of a PDF: its /Outlines entries, first to last. */
function bookmarkCount(doc: PDFDocument): number {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let ref = outlines?.get(PDFName.of('First'));
  let n = 0;
  while (ref instanceof PDFRef) {
    n += 1;
    ref = doc.context.lookup(ref, PDFDict).get(PDFName.of('Next'));
  }
  return n;
}

/** One cell of the 分项报价表 grid, by its column and line number. */
const cell = (editor: Locator, column: string, line: number) => editor.getByLabel(`${column} ${line}`, { exact: true });

test('a sales assistant registers a tender, files the licence in the library, prices the package, attaches the licence and builds the 正本', async ({
  page,
  neiqin,
}) => {
  test.setTimeout(240_000);
  // The company (投标人) and its people come with the demo data; the story starts at the tender.
  await rpcAs(neiqin, 'admin', 'demo.load', {});
  const questions = `${addDays(today(), 3)} 17:00`;
  const submission = `${addDays(today(), 10)} 09:00`;
  const opening = `${addDays(today(), 10)} 09:30`;
  const licenceValidTo = addDays(today(), 5);

  await page.goto(neiqin.url);
  await login(page, 'zhangli');

  // 1. The tender, with its deadlines, 1 正本 / 2 副本 and the two documents it asks for, in its order.
  await goTo(page, '招标项目', '投标');
  await page.getByRole('button', { name: '新建招标项目' }).click();
  const form = page.getByRole('dialog').filter({ hasText: '新建招标项目' });
  await form.getByLabel('项目名称').fill(PROJECT);
  await form.getByLabel('招标编号').fill('CSYH-2026-ZB-0318');
  await form.getByLabel('采购人').fill('长沙市雨花区水务局');
  await pickDate(form.getByLabel('提问截止'), questions);
  await pickDate(form.getByLabel('投标截止'), submission);
  // An opening picked a day before the submission deadline is refused beside 投标截止, in words.
  await pickDate(form.getByLabel('开标时间'), `${addDays(today(), 9)} 09:30`);
  await form.getByRole('button', { name: OK }).click();
  await expect(formItem(form, '投标截止').getByText('投标截止不能晚于开标时间')).toBeVisible();
  await pickDate(form.getByLabel('开标时间'), opening);
  await expect(form.getByLabel('正本份数')).toHaveValue('1');
  await expect(form.getByLabel('副本份数')).toHaveValue('2');
  // Each row is added once the previous one is there (the button moves down as rows come).
  for (const [n, name] of ['开标一览表', '资格证明文件'].entries()) {
    const row = form.getByLabel(`文件要求 ${n + 1}`, { exact: true });
    await expect(async () => {
      if ((await row.count()) === 0) await form.getByRole('button', { name: '添加文件要求' }).click();
      await expect(row).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await row.fill(name);
  }
  await form.getByRole('button', { name: OK }).click();
  await expect(form).toBeHidden();
  const drawer = page.locator('.ant-drawer').filter({ hasText: 'CSYH-2026-ZB-0318' });
  await expect(drawer.locator('.ant-drawer-title')).toHaveText(PROJECT);
  await expect(drawer.getByRole('listitem')).toHaveText([/开标一览表/, /资格证明文件/]);
  await expect(drawer).toContainText('1 / 2');
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  // 首页 lists its three deadlines, soonest first (among the demo's own tenders).
  await goTo(page, '首页');
  const deadlines = page.locator('.ant-card').filter({ hasText: '近期投标节点' });
  await expect(deadlines.locator('.ant-list-item').filter({ hasText: PROJECT })).toHaveText([
    new RegExp(`${questions}.*提问截止.*${PROJECT}`),
    new RegExp(`${submission}.*投标截止.*${PROJECT}`),
    new RegExp(`${opening}.*开标.*${PROJECT}`),
  ]);

  // 2. The business licence, valid until five days before the opening, with its scan.
  await goTo(page, '资料库', '投标');
  await page.getByRole('button', { name: '新建资料' }).click();
  const item = page.getByRole('dialog').filter({ hasText: '新建资料' });
  await chooseOption(page, item.getByLabel('类型'), '营业执照');
  await item.getByLabel('名称').fill(LICENCE);
  await item.getByLabel('发证机构').fill('长沙市市场监督管理局');
  await item.getByLabel('编号').fill('91430100MA4L0B1X2Y');
  // A licence valid to a day before it was valid from is refused beside 有效期至.
  await pickDate(item.getByLabel('有效期自'), addDays(today(), 6));
  await pickDate(item.getByLabel('有效期至'), licenceValidTo);
  await item.getByRole('button', { name: OK }).click();
  await expect(formItem(item, '有效期至').getByText('有效期至不能早于有效期自')).toBeVisible();
  await pickDate(item.getByLabel('有效期自'), addDays(today(), -365));
  await item.getByRole('button', { name: OK }).click();
  const saved = page.getByRole('dialog').filter({ hasText: LICENCE });
  await expect(saved.getByText('60天内到期')).toBeVisible();
  await saved
    .locator('input[type=file]')
    .setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: await licencePdf() });
  await expect(saved.getByRole('listitem').filter({ hasText: '营业执照.pdf' })).toContainText('主文件');
  await saved.getByRole('button', { name: /取\s*消|Cancel/ }).click();
  await expect(saved).toBeHidden();
  const licenceRow = page.getByRole('grid').getByRole('row').filter({ hasText: LICENCE });
  await expect(licenceRow).toContainText(licenceValidTo);
  await expect(licenceRow).toContainText('60天内到期');
  // The PDF's first page, drawn by pdf.js when it was added, is the row's thumbnail.
  await expect(licenceRow.getByRole('img', { name: '营业执照.pdf.thumb.png' })).toBeVisible();

  // 3. The package for the tender: the usual parts, matched to what the tender asks for.
  await goTo(page, '投标文件', '投标');
  await page.getByRole('button', { name: '新建投标文件' }).click();
  const create = page.getByRole('dialog').filter({ hasText: '新建投标文件' });
  await chooseOption(page, create.getByLabel('招标项目'), PROJECT, '雨花');
  await create.getByRole('button', { name: /^创\s*建$/ }).click();
  await expect(page).toHaveURL(/#\/bids\/packages\/\d+$/);
  const editor = page.locator('.page');
  await expect(editor.getByRole('heading', { name: `${PROJECT} 投标文件` })).toBeVisible();

  // The 分项报价表: three lines, the first price typed with a letter in it.
  await editor.getByRole('tab', { name: '分项报价表' }).click();
  const lines = [
    ['潜污泵', '凯泉', 'WQ150-15-15', '上海凯泉泵业', '台', '2', '18650.5O'],
    ['水泵控制柜', '恒星', 'HX-KZG-15kW', '长沙恒星电气', '台', '1', '5639'],
    ['液位浮球开关', '远控', 'UQK-61', '上海远控', '只', '6', '180.35'],
  ];
  const columns = ['名称', '品牌', '规格型号', '产地/制造商', '单位', '数量', '单价（含税）'];
  for (const [i, line] of lines.entries()) {
    const first = cell(editor, columns[0]!, i + 1);
    await expect(async () => {
      if ((await first.count()) === 0) await editor.getByRole('button', { name: '添加一行' }).click();
      await expect(first).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    for (const [c, value] of line.entries()) await cell(editor, columns[c]!, i + 1).fill(value);
  }
  await editor.getByRole('button', { name: '保存表格' }).click();
  const priceCell = cell(editor, '单价（含税）', 1).locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]',
  );
  await expect(priceCell.locator('.ant-form-item-explain-error')).toHaveText('单价只能是数字，如 1446.40');
  // Nothing was saved: no total yet.
  await expect(editor.getByText('投标总价：¥0.00')).toBeVisible();
  await cell(editor, '单价（含税）', 1).fill('18650.50');
  await editor.getByRole('button', { name: '保存表格' }).click();
  await expect(priceCell.locator('.ant-form-item-explain-error')).toHaveCount(0);
  const grid = editor.locator('.ant-table-tbody');
  const gridLine = (n: number) => grid.getByRole('row').filter({ has: page.getByLabel(`名称 ${n}`, { exact: true }) });
  await expect(gridLine(1)).toContainText('37,301.00');
  await expect(gridLine(2)).toContainText('5,639.00');
  await expect(gridLine(3)).toContainText('1,082.10');
  // 37,301.00 + 5,639.00 + 1,082.10.
  await expect(editor.getByText('投标总价：¥44,022.10')).toBeVisible();
  await expect(editor.getByText('大写：肆万肆仟零贰拾贰元壹角')).toBeVisible();

  // The licence goes into 资格证明文件; it will have expired at the opening, and the editor says so.
  await editor.getByRole('tab', { name: '章节' }).click();
  const parts = editor.locator('.ant-list').first().locator('.ant-list-item');
  const sectionCount = await parts.count();
  await parts.filter({ hasText: '资格证明文件' }).click();
  await expect(editor.getByLabel('章节标题')).toHaveValue('资格证明文件');
  // The picker adds what is chosen to the list beside it and stays empty for the next one.
  const attached = editor.getByRole('listitem').filter({ hasText: LICENCE });
  await expect(async () => {
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) {
      await editor.getByLabel('从资料库添加').click();
      await page.keyboard.type('营业执照');
    }
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: LICENCE })
      .click({ timeout: 5_000 });
    await expect(attached).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(attached).toContainText(`有效期至 ${licenceValidTo}`);
  await expect(editor.getByText('有 1 项资料在开标时已过期，请查看“检查”')).toBeVisible();
  await editor.getByRole('tab', { name: /^检查/ }).click();
  await expect(editor.getByText(`“${LICENCE}”将于 ${licenceValidTo} 到期，早于开标日`)).toBeVisible();
  const checklist = editor.locator('.ant-list').filter({ hasText: '招标文件要求的资料' }).locator('.ant-list-item');
  await expect(checklist).toHaveText([/开标一览表.*已齐/, /资格证明文件.*已齐/]);
  await expect(editor.getByRole('tab', { name: '检查 (2/2)' })).toBeVisible();

  // 4. The 正本, built with the dialog: its step shown, then the file downloaded.
  await editor.getByRole('button', { name: '生成投标文件' }).click();
  const build = page.getByRole('dialog').filter({ hasText: '生成投标文件（PDF）' });
  await expect(build.getByRole('radio', { name: '正本', exact: true })).toBeChecked();
  await expect(build.getByRole('radio')).toHaveCount(4);
  const download = page.waitForEvent('download');
  await build.getByRole('button', { name: '生成并下载' }).click();
  await expect(build.getByRole('status')).toContainText('正在生成 正本');
  const file = await download;
  await expect(build).toBeHidden();
  expect(file.suggestedFilename()).toMatch(/正本.*\.pdf$/);
  const saved正本 = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-bid-')), 'bid.pdf');
  await file.saveAs(saved正本);

  const pdf = await PDFDocument.load(fs.readFileSync(saved正本));
  expect(pdf.getPageCount()).toBeGreaterThan(5);
  expect(bookmarkCount(pdf)).toBe(sectionCount);
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', saved正本, '-']).toString();
  const all = execFileSync('pdftotext', ['-layout', saved正本, '-']).toString();
  expect(pageText(1)).toContain('正本');
  expect(pageText(1)).not.toMatch(/第\s*1\s*页/);
  // The cover counts as page 1 but carries no stamp; the contents name the pages as stamped.
  expect(pageText(2)).toMatch(new RegExp(`第\\s*2\\s*页\\s*共\\s*${pdf.getPageCount()}\\s*页`));
  // The licence, a one-page scan, is the last part: it starts on the last page.
  expect(pageText(2)).toMatch(new RegExp(`资格证明文件\\s+${pdf.getPageCount()}`));
  expect(all).toContain('44,022.10');
  expect(all).toContain('肆万肆仟零贰拾贰元壹角');
  expect(all).toContain('液位浮球开关');
  fs.rmSync(path.dirname(saved正本), { recursive: true, force: true });
});
