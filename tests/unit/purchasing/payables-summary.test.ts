import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { heldBill, paidSupplier, supplier, supplierInvoice } from '../support/payables';

const t = useTestCore();

const AS_OF = '2026-06-30';

/**
 * Two suppliers' accounts on 30 June:
 * 光华 — invoices due 06-30 (not due, 10,000.00), 06-15 (15 days over, 20,000.00 − 5,000.00 paid), 05-01 (60 days,
 * 30,000.00), 03-31 (91 days, 40,000.00); a transfer of 5,000.00 and one of 3,000.00 unapplied; one cancelled.
 * 华光 — one invoice due 07-20 (8,000.00) paid 8,000.00 by an endorsed bill, and 1,234.56 due 05-31 (30 days over).
 */
async function twoSuppliers() {
  const gh = await supplier(t);
  const hg = await supplier(t, '无锡华光电气有限公司');
  const notDue = await supplierInvoice(t, { supplierId: gh.id, invoiceDate: '2026-05-31', gross: 10_000_00 });
  const d15 = await supplierInvoice(t, { supplierId: gh.id, invoiceDate: '2026-05-16', gross: 20_000_00 });
  const d60 = await supplierInvoice(t, { supplierId: gh.id, invoiceDate: '2026-04-01', gross: 30_000_00 });
  const d91 = await supplierInvoice(t, {
    supplierId: gh.id,
    invoiceDate: '2026-03-01',
    gross: 40_000_00,
    dueOn: '2026-03-31',
  });
  await paidSupplier(t, gh.id, '2026-06-20', 5_000_00, [{ invoiceId: d15.id, amount: 5_000_00 }]);
  await paidSupplier(t, gh.id, '2026-06-25', 3_000_00, []);
  const wrong = await paidSupplier(t, gh.id, '2026-06-26', 9_999_00, [{ invoiceId: d91.id, amount: 9_999_00 }]);
  await t.ok('purchasing.payables.payments.cancel', { id: wrong.id, reason: '重复登记' });

  const hgPaid = await supplierInvoice(t, { supplierId: hg.id, invoiceDate: '2026-06-20', gross: 8_000_00 });
  const d30 = await supplierInvoice(t, { supplierId: hg.id, invoiceDate: '2026-05-01', gross: 1_234_56 });
  const bill = await heldBill(t, 8_000_00, '2026-06-01');
  await t.ok('purchasing.payables.payments.create', {
    supplierId: hg.id,
    payDate: '2026-06-28',
    payMethod: 'acceptance_bill',
    billId: bill.id,
    allocations: [{ invoiceId: hgPaid.id, amount: 8_000_00 }],
  });
  return { gh, hg, notDue, d15, d60, d91, d30 };
}

describe('payables: per supplier, what is due when, and the statement', () => {
  it('the summary per supplier: invoiced, paid, open, unapplied, balance, overdue, next due, and the buckets', async () => {
    const { gh, hg } = await twoSuppliers();
    const page = await t.ok('purchasing.payables.summary', { filters: { asOf: AS_OF } });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.id)).toEqual([gh.id, hg.id]); // biggest balance first
    expect(page.rows[0]).toMatchObject({
      supplierName: '上海光华仪表有限公司',
      invoiced: 100_000_00,
      paid: 8_000_00,
      open: 95_000_00,
      unapplied: 3_000_00,
      balance: 92_000_00,
      overdue: 85_000_00,
      nextDue: '2026-06-30',
      buckets: { notDue: 10_000_00, days1to30: 15_000_00, days31to60: 30_000_00, days61to90: 0, over90: 40_000_00 },
    });
    expect(page.rows[1]).toMatchObject({
      invoiced: 9_234_56,
      paid: 8_000_00,
      open: 1_234_56,
      unapplied: 0,
      balance: 1_234_56,
      overdue: 1_234_56,
      nextDue: null,
      buckets: { notDue: 0, days1to30: 1_234_56, days31to60: 0, days61to90: 0, over90: 0 },
    });
    const byName = await t.ok('purchasing.payables.summary', {
      filters: { asOf: AS_OF },
      sort: { field: 'supplierName', dir: 'desc' },
      pageSize: 1,
      page: 2,
    });
    expect([byName.total, byName.rows.map((r) => r.supplierName)]).toEqual([2, ['上海光华仪表有限公司']]);
    const found = await t.ok('purchasing.payables.summary', { q: '华光', filters: { asOf: AS_OF } });
    expect(found.rows.map((r) => r.id)).toEqual([hg.id]);
  });

  it('what is due when: the buckets over all suppliers, and the open invoices by due date with days overdue', async () => {
    const { notDue, d15, d60, d91, d30, gh } = await twoSuppliers();
    const due = await t.ok('purchasing.payables.due', { asOf: AS_OF });
    expect(due.buckets).toEqual({
      notDue: 10_000_00,
      days1to30: 16_234_56,
      days31to60: 30_000_00,
      days61to90: 0,
      over90: 40_000_00,
    });
    expect(due.total).toBe(96_234_56);
    expect(due.invoices.total).toBe(5);
    expect(due.invoices.rows.map((r) => [r.id, r.dueOn, r.daysOverdue, r.bucket, r.open])).toEqual([
      [d91.id, '2026-03-31', 91, 'over90', 40_000_00],
      [d60.id, '2026-05-01', 60, 'days31to60', 30_000_00],
      [d30.id, '2026-05-31', 30, 'days1to30', 1_234_56],
      [d15.id, '2026-06-15', 15, 'days1to30', 15_000_00],
      [notDue.id, '2026-06-30', 0, 'notDue', 10_000_00],
    ]);
    const one = await t.ok('purchasing.payables.due', { asOf: AS_OF, supplierId: gh.id, limit: 2 });
    expect([one.total, one.invoices.total, one.invoices.rows.length]).toEqual([95_000_00, 4, 2]);
    // A day later the invoice due on the 30th is one day overdue.
    const next = await t.ok('purchasing.payables.due', { asOf: '2026-07-01', supplierId: gh.id });
    expect([next.buckets.notDue, next.buckets.days1to30, next.buckets.days61to90]).toEqual([0, 25_000_00, 30_000_00]);
  });

  it('the statement: opening balance, invoices and payments in date order, closing; the cancelled payment counts nowhere', async () => {
    const { gh, d15 } = await twoSuppliers();
    const st = await t.ok('purchasing.payables.statement', { supplierId: gh.id, from: '2026-05-01', to: '2026-06-30' });
    expect(st.opening).toBe(70_000_00);
    expect(st.lines.map((l) => [l.date, l.type, l.number, l.increase, l.paid, l.balance])).toEqual([
      ['2026-05-16', 'invoice', d15.invoiceNumber, 20_000_00, 0, 90_000_00],
      ['2026-05-31', 'invoice', expect.any(String), 10_000_00, 0, 100_000_00],
      ['2026-06-20', 'payment', 'FK2026-00001', 0, 5_000_00, 95_000_00],
      ['2026-06-25', 'payment', 'FK2026-00002', 0, 3_000_00, 92_000_00],
    ]);
    expect([st.totalIncrease, st.totalPaid, st.closing]).toEqual([30_000_00, 8_000_00, 92_000_00]);
    const backwards = await t.fail('purchasing.payables.statement', {
      supplierId: gh.id,
      from: '2026-06-30',
      to: '2026-05-01',
    });
    expect(backwards.details?.fields).toEqual([{ path: 'to', message: '结束日期不能早于开始日期' }]);
  });

  it('reconciles to the fen: open = gross − live allocations; summary, buckets, statements and due list agree', async () => {
    const { gh, hg } = await twoSuppliers();
    const db = t.core.services.db();
    const sum = async (q: Promise<unknown>) => Number(((await q) as { s: number | string | null }).s ?? 0);
    for (const s of [gh, hg]) {
      const gross = await sum(db('supplier_invoices').where({ supplier_id: s.id }).sum({ s: 'gross_fen' }).first());
      const allocated = await sum(
        db('supplier_payment_allocations')
          .join('supplier_invoices', 'supplier_invoices.id', 'supplier_payment_allocations.invoice_id')
          .where('supplier_invoices.supplier_id', s.id)
          .sum({ s: 'supplier_payment_allocations.amount_fen' })
          .first(),
      );
      const open = await sum(db('supplier_invoices').where({ supplier_id: s.id }).sum({ s: 'open_fen' }).first());
      expect(open).toBe(gross - allocated);

      const row = (await t.ok('purchasing.payables.summary', { filters: { asOf: AS_OF } })).rows.find(
        (r) => r.id === s.id,
      )!;
      expect(row.open).toBe(open);
      expect(Object.values(row.buckets).reduce((a, b) => a + b, 0)).toBe(open);
      const due = await t.ok('purchasing.payables.due', { asOf: AS_OF, supplierId: s.id });
      expect(due.total).toBe(open);
      expect(due.buckets).toEqual(row.buckets);
      expect(due.invoices.rows.reduce((a, r) => a + r.open, 0)).toBe(open);
      const st = await t.ok('purchasing.payables.statement', {
        supplierId: s.id,
        from: '2000-01-01',
        to: '2099-12-31',
      });
      expect(st.opening).toBe(0);
      expect(st.totalIncrease).toBe(row.invoiced);
      expect(st.totalPaid).toBe(row.paid);
      expect(st.closing).toBe(row.balance);
      expect(st.closing).toBe(open - row.unapplied);
    }
  });
});
