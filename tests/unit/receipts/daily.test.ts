import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../../electron/core/dates';
import { loadExcelJs } from '../../../electron/core/excel/load-exceljs';
import { pdfPageSizes } from '../../../electron/core/docs/pdf-files';
import { confirmedNotice, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { transfer } from '../support/finance';

const t = useTestCore();

function pagesText(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-daily-')), 'd.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** Two delivered notes today (10 流量计, then 6 球阀) and one still being prepared, which did not ship. */
async function shippedToday() {
  const { customer, order, lineIds } = await wonOrder(t);
  const first = await deliveredNote(
    t,
    (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[0]!, quantity: '10' }])).id,
  );
  const second = await deliveredNote(
    t,
    (await confirmedNotice(t, order.id, [{ orderLineId: lineIds[1]!, quantity: '3' }])).id,
  );
  const notice = await confirmedNotice(t, order.id, [{ orderLineId: lineIds[1]!, quantity: '3' }]);
  await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages: 1 });
  return { customer, first, second };
}

describe("finance's daily list (每日资金)", () => {
  it('what shipped and what came in today, with totals per method; other days and cancelled receipts do not count', async () => {
    const { customer, first, second } = await shippedToday();
    // 10 × 6800 and 3 × 1860.50, prices with tax.
    expect([first.gross, second.gross]).toEqual([68_000_00, 5_581_50]);
    const day = today();
    const r1 = await transfer(t, customer.id, day, 50_000_00, { fee: 12_00, bankRef: 'CMB-778' });
    const r2 = await t.ok('receipts.create', {
      date: day,
      customerId: customer.id,
      amount: 20_000_00,
      method: 'bank_bill',
      bill: {
        billNo: '130533100002820260310000999999',
        acceptor: '中国银行苏州分行',
        issueDate: day,
        maturityDate: addDays(day, 90),
      },
    });
    await transfer(t, customer.id, addDays(day, -1), 7_00);
    const wrong = await transfer(t, customer.id, day, 9_999_00);
    await t.ok('receipts.cancel', { id: wrong.id, reason: '金额录错' });

    const daily = await t.ok('finance.daily', { date: day });
    expect(daily.shipped.map((n) => [n.number, n.gross])).toEqual([
      [first.number, 68_000_00],
      [second.number, 5_581_50],
    ]);
    expect(daily.shippedTotal).toBe(73_581_50);
    expect(daily.received.map((r) => [r.number, r.method, r.billNo ?? r.bankRef, r.amount])).toEqual([
      [r1.number, 'transfer', 'CMB-778', 50_000_00],
      [r2.number, 'bank_bill', '130533100002820260310000999999', 20_000_00],
    ]);
    expect([daily.receivedTotal, daily.feeTotal]).toEqual([70_000_00, 12_00]);
    expect(daily.byMethod).toEqual([
      { method: 'transfer', amount: 50_000_00, count: 1 },
      { method: 'bank_bill', amount: 20_000_00, count: 1 },
    ]);
  });

  it('prints on A4 portrait, the receipts table repeating its header on page 2; exports the same figures to xlsx', async () => {
    await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司' });
    const { customer, first, second } = await shippedToday();
    const day = today();
    for (let i = 0; i < 45; i += 1) await transfer(t, customer.id, day, 1_000_00 + i, { bankRef: `ICBC-${1000 + i}` });

    const file = await t.ok('finance.dailyPdf', { date: day });
    expect(file.filename).toBe(`每日资金表-${day}.pdf`);
    const sizes = await pdfPageSizes(Buffer.from(file.dataBase64, 'base64'));
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.every((s) => s.widthMm === 210 && s.heightMm === 297)).toBe(true);
    const pages = pagesText(file.dataBase64).map(squash);
    expect(pages[0]).toContain('杭州恒信机电设备有限公司');
    expect(pages[0]).toContain(`每日资金表日期：${day}`);
    expect(pages[0]).toContain(`${first.number}苏州工业园区清源华衍水务有限公司已送达68,000.00`);
    expect(pages[0]).toContain('发货合计（2张）73,581.50');
    expect(pages[1]).toContain('序号回款单号客户付款人方式流水号/票号手续费金额（元）');
    const all = pages.join('');
    expect(all).toContain(second.number);
    // 45 receipts of 1000 yuan plus 0..44 fen: 45,009.90.
    expect(all).toContain('回款合计（45笔）0.0045,009.90');
    expect(all).toContain('回款合计（大写）：肆万伍仟零玖元玖角');

    const xlsx = await t.ok('finance.dailyXlsx', { date: day });
    expect(xlsx.filename).toBe(`每日资金表-${day}.xlsx`);
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['', '发货合计', '', '', 73_581.5]);
    expect(rows).toContainEqual(['', '回款合计', '', '', '', '', 0, 45_009.9]);
    expect(rows).toContainEqual([
      1,
      expect.stringMatching(/^HK\d{4}-00001$/),
      '苏州工业园区清源华衍水务有限公司',
      '苏州工业园区清源华衍水务有限公司',
      '银行转账',
      'ICBC-1000',
      0,
      1_000,
    ]);
  });
});
