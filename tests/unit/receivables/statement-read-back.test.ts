import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { receivedPayment, registeredInvoice } from '../support/finance';
import { A4, expectEndOnLastPage, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('对账单 (customer statement) read back', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`${count} lines: no blank page, inside the printable area, the header over the lines of every page, the closing balance and the reply slip on the last page only`, async () => {
      setClock(new Date('2026-11-30T04:00:00Z'));
      await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司', taxId: '91330100MA2XXXXX1A' });
      const c = await t.ok('customers.create', { name: '南京扬子石化检修工程有限公司', taxId: '91320100MA1XXXXX3C' });
      // Invoices of 1,000.00 and, every third line, a receipt of 500.00.
      let invoiced = 0;
      let paid = 0;
      for (let i = 0; i < count; i += 1)
        if (i % 3 === 2) {
          await receivedPayment(t, { customerId: c.id, date: '2026-10-20', amount: 500_00 });
          paid += 500_00;
        } else {
          await registeredInvoice(t, { customerId: c.id, issueDate: '2026-10-10', gross: 1_000_00 });
          invoiced += 1_000_00;
        }
      const file = await t.ok('receivables.statementPdf', { customerId: c.id, from: '2026-10-01', to: '2026-10-31' });
      const pages = expectLaidOut(file, A4);
      const closing = ((invoiced - paid) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
      expectEndOnLastPage(pages, [`尚欠我公司货款：人民币${closing}元`, '回执联', '客户盖章：']);
      const rows = pages.join('').match(/2026-10-(10|20)(发票|收款)/g) ?? [];
      expect(rows).toHaveLength(count);
      for (const p of pages.filter((x) => /2026-10-(10|20)(发票|收款)/.test(x))) expect(p).toContain('应收增加');
    });
});
