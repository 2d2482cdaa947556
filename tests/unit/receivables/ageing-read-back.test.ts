import { describe, expect, it } from 'vitest';
import { addDays, setClock } from '../../../electron/core/dates';
import { registeredInvoice } from '../support/finance';
import { A4_LANDSCAPE, expectEndOnLastPage, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();
const D = '2026-11-30';

describe('账龄分析 printed (the whole report, not the page on screen)', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`${count} customers: no blank page, inside the landscape page's printable area, every customer once under the header, the totals and signatures on the last page only`, async () => {
      setClock(new Date(`${D}T04:00:00Z`));
      await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司' });
      for (let i = 1; i <= count; i += 1) {
        const c = await t.ok('customers.create', {
          name: `${i % 5 === 0 ? '苏州工业园区清源华衍水务工程技术服务' : '南京扬子'}有限公司${i}`,
          paymentDays: 30,
          salesperson: i % 2 ? '张丽' : '王强',
        });
        await registeredInvoice(t, { customerId: c.id, issueDate: addDays(D, -(i % 400)), gross: 1_000_00 });
      }
      const file = await t.ok('receivables.ageingPdf', { groupBy: 'customer' });
      expect(file.filename).toBe(`账龄分析-${D}.pdf`);
      const pages = expectLaidOut(file, A4_LANDSCAPE);
      expectEndOnLastPage(pages, ['制表：', '审核：']);
      // The totals row (合计 and its figures) ends the last page, and only it.
      const totalsRow = /(?<!应收)合计[\d,]+\.\d\d/;
      expect(pages.at(-1)).toMatch(totalsRow);
      for (const p of pages.slice(0, -1)) expect(p).not.toMatch(totalsRow);
      const report = await t.ok('receivables.ageing', { groupBy: 'customer', pageSize: 500 });
      expect(report.totals.total).toBe(count * 1_000_00);
      expect(pages.at(-1)).toContain(`${(count * 1000).toLocaleString('en-US')}.00`);
      const all = pages.join('');
      expect(all.match(/KH\d{5}/g)).toHaveLength(count);
      for (const p of pages) expect(p).toContain('应收余额');
      // By salesperson: two lines and the totals.
      const people = expectLaidOut(await t.ok('receivables.ageingPdf', { groupBy: 'salesperson' }), A4_LANDSCAPE);
      expect(people).toHaveLength(1);
      expect(people[0]).toContain('张丽');
    });
});
