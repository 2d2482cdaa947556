import { describe, expect, it } from 'vitest';
import { addDays, setClock } from '../../../electron/core/dates';
import { BUYER_TAX_ID, invoiceInput } from './invoice-fixtures';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('a paper invoice is quoted with its code', () => {
  it('the receipt form and the 待回执 list carry the code beside the 8-digit number', async () => {
    setClock(new Date('2026-11-30T09:00:00'));
    const c = await t.ok('customers.create', { name: '南京扬子石化检修工程有限公司', taxId: BUYER_TAX_ID });
    const paper = await t.ok(
      'invoices.create',
      invoiceInput(c.id, { type: 'paper_special', code: '3200231130', number: '00012345', issueDate: '2026-11-01' }),
    );
    const open = await t.ok('receipts.openInvoices', { customerId: c.id });
    expect(open.map((i) => [i.code, i.number])).toEqual([['3200231130', '00012345']]);

    await t.ok('invoices.sendCourier', {
      invoiceIds: [paper.id],
      courier: '顺丰',
      trackingNo: 'SF001',
      date: addDays('2026-11-30', -20),
    });
    const waiting = await t.ok('invoices.unacknowledged', {});
    expect(waiting.rows.map((r) => [r.code, r.number])).toEqual([['3200231130', '00012345']]);
  });
});
