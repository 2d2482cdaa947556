import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { receivedPayment, redLetter, registeredInvoice } from '../support/finance';
import { useTestCore } from '../support/test-core';

const t = useTestCore();
const squash = (s: string) => s.replace(/\s+/g, '');

function pdfPages(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-statement-')), 's.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** A customer with history before the period and invoices, a red-letter and receipts inside it. */
async function story() {
  setClock(new Date('2026-11-30T04:00:00Z'));
  await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司', taxId: '91330100MA2XXXXX1A' });
  const c = await t.ok('customers.create', {
    name: '苏州工业园区清源华衍水务有限公司',
    taxId: '91320594MA1XXXXX2B',
    paymentDays: 30,
  });
  // Before the period: 12,000.00 invoiced, 5,000.00 paid, one cancelled receipt that counts for nothing.
  await registeredInvoice(t, { customerId: c.id, issueDate: '2026-09-10', gross: 12_000_00 });
  await receivedPayment(t, { customerId: c.id, date: '2026-09-20', amount: 5_000_00 });
  await receivedPayment(t, { customerId: c.id, date: '2026-09-21', amount: 777_00, cancelled: true });
  // In October: an invoice, a red-letter against it, a bill receipt and a transfer on the same day as an invoice.
  const oct = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-10-08', gross: 3_456_78 });
  await redLetter(t, oct.id, 456_78, '2026-10-12');
  await receivedPayment(t, { customerId: c.id, date: '2026-10-15', amount: 4_000_00, method: 'bank_bill' });
  await registeredInvoice(t, { customerId: c.id, issueDate: '2026-10-31', gross: 1_000_05 });
  await receivedPayment(t, { customerId: c.id, date: '2026-10-31', amount: 100_00 });
  // After the period: not on it.
  await registeredInvoice(t, { customerId: c.id, issueDate: '2026-11-02', gross: 99_00 });
  return { c, oct };
}

describe('对账单 statement of account', () => {
  it('opening balance, lines in date order with the running balance figure by figure, closing in 大写', async () => {
    const { c, oct } = await story();
    const s = await t.ok('receivables.statement', { customerId: c.id, from: '2026-10-01', to: '2026-10-31' });
    expect(s.company.name).toBe('杭州恒信机电设备有限公司');
    expect([s.customer.name, s.customer.taxId]).toEqual(['苏州工业园区清源华衍水务有限公司', '91320594MA1XXXXX2B']);
    expect(s.opening).toBe(7_000_00);
    expect(s.lines.map((l) => [l.date, l.type, l.method, l.increase, l.paid, l.balance])).toEqual([
      ['2026-10-08', 'invoice', null, 3_456_78, 0, 10_456_78],
      ['2026-10-12', 'red', null, -456_78, 0, 10_000_00],
      ['2026-10-15', 'receipt', 'bank_bill', 0, 4_000_00, 6_000_00],
      ['2026-10-31', 'invoice', null, 1_000_05, 0, 7_000_05],
      ['2026-10-31', 'receipt', null, 0, 100_00, 6_900_05],
    ]);
    expect(s.lines[0]!.number).toBe(oct.number);
    expect([s.totalIncrease, s.totalPaid, s.closing]).toEqual([4_000_05, 4_100_00, 6_900_05]);
    expect(s.closingInWords).toBe('陆仟玖佰元零伍分');
    // The next period opens where this one closed.
    const next = await t.ok('receivables.statement', { customerId: c.id, from: '2026-11-01', to: '2026-11-30' });
    expect(next.opening).toBe(6_900_05);
    expect(next.closing).toBe(6_999_05);
  });

  it('a customer in credit closes negative: （负数） in words', async () => {
    setClock(new Date('2026-11-30T04:00:00Z'));
    const c = await t.ok('customers.create', { name: '预付客户' });
    await receivedPayment(t, { customerId: c.id, date: '2026-11-03', amount: 1_409_50 });
    const s = await t.ok('receivables.statement', { customerId: c.id, from: '2026-11-01', to: '2026-11-30' });
    expect(s.closing).toBe(-1_409_50);
    expect(s.closingInWords).toBe('（负数）壹仟肆佰零玖元伍角');
  });

  it('a period that runs backwards or an unknown customer is refused with a plain message', async () => {
    const c = await t.ok('customers.create', { name: '某客户' });
    const err = await t.fail('receivables.statement', { customerId: c.id, from: '2026-10-31', to: '2026-10-01' });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields).toEqual([{ path: 'to', message: '结束日期不能早于开始日期' }]);
    expect(
      (await t.fail('receivables.statement', { customerId: 999, from: '2026-10-01', to: '2026-10-31' })).code,
    ).toBe('NOT_FOUND');
  });

  it('the PDF reads back: both parties, the lines, closing balance in 大写 and the reply slip; the xlsx too', async () => {
    const { c } = await story();
    const file = await t.ok('receivables.statementPdf', { customerId: c.id, from: '2026-10-01', to: '2026-10-31' });
    expect(file.filename).toBe('对账单-苏州工业园区清源华衍水务有限公司-2026-10-31.pdf');
    expect(file.pages).toBe(1);
    const text = squash(pdfPages(file.dataBase64).join(''));
    for (const s of [
      '杭州恒信机电设备有限公司',
      '苏州工业园区清源华衍水务有限公司',
      '对账期间：2026-10-01至2026-10-31',
      '期初余额',
      '7,000.00',
      '红字发票',
      '收款（银行承兑汇票）',
      '6,900.05',
      '陆仟玖佰元零伍分',
      '回执联',
      '核对相符',
      '核对不符',
      '客户盖章',
      '第1页共1页',
    ])
      expect(text).toContain(s);
    const xlsx = await t.ok('receivables.statementXlsx', { customerId: c.id, from: '2026-10-01', to: '2026-10-31' });
    expect(xlsx.filename).toBe('对账单-苏州工业园区清源华衍水务有限公司-2026-10-31.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as never);
    const values = book.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v) => v !== null && v !== undefined);
    expect(values).toContain('陆仟玖佰元零伍分');
    expect(values).toContain(6900.05);
  });

  it('300 lines: the header repeats on every page, the reply slip ends the last page, no empty page', async () => {
    setClock(new Date('2026-11-30T04:00:00Z'));
    const c = await t.ok('customers.create', { name: '长表客户' });
    for (let i = 0; i < 300; i += 1)
      await registeredInvoice(t, { customerId: c.id, issueDate: '2026-10-15', gross: 100_00 });
    const file = await t.ok('receivables.statementPdf', { customerId: c.id, from: '2026-10-01', to: '2026-10-31' });
    const pages = pdfPages(file.dataBase64).map(squash);
    expect(pages).toHaveLength(file.pages);
    expect(file.pages).toBeGreaterThanOrEqual(7);
    expect(file.pages).toBeLessThanOrEqual(10);
    // Every page of the table repeats its header; the closing block and the reply slip may start the last page.
    for (const p of pages.slice(0, -1)) expect(p).toContain('单据号应收增加已收款余额');
    expect(pages.join('')).toContain('3002026-10-15发票');
    expect(pages.at(-1)).toContain('回执联');
    expect(pages.at(-1)).toContain('叁万元整');
    expect(pages.at(-1)).toContain(`第${file.pages}页共${file.pages}页`);
    for (const p of pages) expect(p.replace(/第\d+页共\d+页/, '').length).toBeGreaterThan(100);
  });

  it('a reply is recorded with the statement balance, audited, and listed; disagreeing needs the differences', async () => {
    const { c } = await story();
    const before = await t.count('statement_replies');
    const bad = await t.fail('receivables.recordStatementReply', {
      customerId: c.id,
      from: '2026-10-01',
      to: '2026-10-31',
      reply: 'disagreed',
      replyDate: '2026-11-20',
      theirBalance: 6_000_00,
    });
    expect(bad.details?.fields).toEqual([{ path: 'differences', message: '核对不符时请写明差异' }]);
    const future = await t.fail('receivables.recordStatementReply', {
      customerId: c.id,
      from: '2026-10-01',
      to: '2026-10-31',
      reply: 'agreed',
      replyDate: '2026-12-01',
    });
    expect(future.details?.fields).toEqual([{ path: 'replyDate', message: '回函日期不能晚于今天' }]);
    expect(await t.count('statement_replies')).toBe(before);

    const agreed = await t.ok('receivables.recordStatementReply', {
      customerId: c.id,
      from: '2026-09-01',
      to: '2026-09-30',
      reply: 'agreed',
      replyDate: '2026-10-10',
    });
    const disagreed = await t.ok('receivables.recordStatementReply', {
      customerId: c.id,
      from: '2026-10-01',
      to: '2026-10-31',
      reply: 'disagreed',
      replyDate: '2026-11-20',
      theirBalance: 6_000_00,
      differences: '10月31日发票我方未收到',
    });
    expect([agreed.closing, disagreed.closing, disagreed.theirBalance]).toEqual([7_000_00, 6_900_05, 6_000_00]);
    const list = await t.ok('receivables.statementReplies', { customerId: c.id });
    expect(list.map((r) => [r.replyDate, r.reply, r.differences])).toEqual([
      ['2026-11-20', 'disagreed', '10月31日发票我方未收到'],
      ['2026-10-10', 'agreed', null],
    ]);
    const audit = await t.core.services
      .db()('audit_log')
      .where({ entity: 'statementReply' })
      .select('entity_id', 'action');
    expect(audit.map((a: { entity_id: string }) => String(a.entity_id)).sort()).toEqual(
      [String(agreed.id), String(disagreed.id)].sort(),
    );
    // Dispatch cannot record one.
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const { sessionId } = await t.ok('auth.login', { username: 'wangqiang' });
    expect(
      (
        await t.fail(
          'receivables.recordStatementReply',
          { customerId: c.id, from: '2026-10-01', to: '2026-10-31', reply: 'agreed', replyDate: '2026-11-20' },
          { sessionId },
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
