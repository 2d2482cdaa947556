import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { customer, invoiceState, registeredInvoice, transfer } from '../support/finance';

const t = useTestCore();

describe('allocating receipts to invoices (核销)', () => {
  it('one receipt pays one invoice in full and another in part; a second receipt finishes it and starts a third', async () => {
    const c = await customer(t);
    const a = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-10', gross: 100_000_00 });
    const b = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-02-05', gross: 50_000_00 });
    const cc = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-03-01', gross: 30_000_00 });

    const r1 = await transfer(t, c.id, '2026-03-10', 120_000_00);
    expect(r1.number).toBe('HK2026-00001');
    expect(r1.payerName).toBe('苏州工业园区清源华衍水务有限公司');
    expect(r1.unapplied).toBe(120_000_00);
    const after1 = await t.ok('receipts.allocate', {
      receiptId: r1.id,
      items: [
        { invoiceId: a.id, amount: 100_000_00 },
        { invoiceId: b.id, amount: 20_000_00 },
      ],
    });
    expect(after1.unapplied).toBe(0);
    expect(after1.allocated).toBe(120_000_00);
    expect(after1.allocations.map((x) => [x.invoiceNumber, x.amount, x.date])).toEqual([
      [a.number, 100_000_00, '2026-03-10'],
      [b.number, 20_000_00, '2026-03-10'],
    ]);
    expect(await invoiceState(t, a.id)).toEqual({ open: 0, settledOn: '2026-03-10' });
    expect(await invoiceState(t, b.id)).toEqual({ open: 30_000_00, settledOn: null });

    // A third party pays for the customer; the rest stays as unapplied credit.
    const r2 = await transfer(t, c.id, '2026-03-20', 50_000_00, {
      payerName: '苏州清源控股集团',
      bankRef: 'CMB2026032012',
    });
    expect(r2.number).toBe('HK2026-00002');
    expect(r2.payerName).toBe('苏州清源控股集团');
    const after2 = await t.ok('receipts.allocate', {
      receiptId: r2.id,
      items: [
        { invoiceId: b.id, amount: 30_000_00 },
        { invoiceId: cc.id, amount: 12_345_67 },
      ],
    });
    expect(after2.unapplied).toBe(7_654_33);
    expect(await invoiceState(t, b.id)).toEqual({ open: 0, settledOn: '2026-03-20' });
    expect(await invoiceState(t, cc.id)).toEqual({ open: 17_654_33, settledOn: null });
    expect(await t.count('allocations')).toBe(4);

    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'receipt', action: 'allocate' })
      .orderBy('id')) as { entity_id: string; after_json: string }[];
    expect(audit.map((x) => x.entity_id)).toEqual([String(r1.id), String(r2.id)]);
    expect(JSON.parse(audit[1]!.after_json)).toMatchObject({ unapplied: 7_654_33 });
  });

  it('an allocation is dated the later of the receipt and the invoice: money received before the invoice', async () => {
    const c = await customer(t);
    const r = await transfer(t, c.id, '2026-04-01', 8_000_00);
    const inv = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-04-15', gross: 8_000_00 });
    const after = await t.ok('receipts.allocate', {
      receiptId: r.id,
      items: [{ invoiceId: inv.id, amount: 8_000_00 }],
    });
    expect(after.allocations[0]!.date).toBe('2026-04-15');
    expect(await invoiceState(t, inv.id)).toEqual({ open: 0, settledOn: '2026-04-15' });
  });

  it('too much for an invoice, more than the receipt has left, or another customer’s invoice: refused, nothing written', async () => {
    const c = await customer(t);
    const other = await customer(t, '无锡华光环保能源集团股份有限公司');
    const a = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-10', gross: 10_000_00 });
    const b = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-12', gross: 10_000_00 });
    const foreign = await registeredInvoice(t, { customerId: other.id, issueDate: '2026-01-12', gross: 5_000_00 });
    const r = await transfer(t, c.id, '2026-02-01', 15_000_00);
    const before = { allocations: await t.count('allocations'), audit: await t.count('audit_log') };

    const overOpen = await t.fail('receipts.allocate', {
      receiptId: r.id,
      items: [{ invoiceId: a.id, amount: 10_000_01 }],
    });
    expect(overOpen.code).toBe('VALIDATION');
    expect(overOpen.message).toBe(`核销金额超过发票 ${a.number} 的未收金额 10,000.00 元`);
    expect(overOpen.details?.fields).toEqual([{ path: 'items.0.amount', message: '超过未收金额' }]);

    const overUnapplied = await t.fail('receipts.allocate', {
      receiptId: r.id,
      items: [
        { invoiceId: a.id, amount: 10_000_00 },
        { invoiceId: b.id, amount: 5_000_01 },
      ],
    });
    expect(overUnapplied.message).toBe(`核销合计 15,000.01 元超过回款 ${r.number} 的未核销金额 15,000.00 元`);
    expect(overUnapplied.details?.fields).toEqual([{ path: 'items', message: '超过未核销金额' }]);

    const notTheirs = await t.fail('receipts.allocate', {
      receiptId: r.id,
      items: [{ invoiceId: foreign.id, amount: 1_00 }],
    });
    expect(notTheirs.details?.fields).toEqual([{ path: 'items.0.invoiceId', message: '不是本客户的发票' }]);

    const zero = await t.fail('receipts.allocate', { receiptId: r.id, items: [{ invoiceId: a.id, amount: 0 }] });
    expect(zero.details?.fields).toEqual([{ path: 'items.0.amount', message: '应为大于 0 的金额' }]);

    expect(await t.count('allocations')).toBe(before.allocations);
    expect(await t.count('audit_log')).toBe(before.audit);
    expect(await invoiceState(t, a.id)).toEqual({ open: 10_000_00, settledOn: null });
    expect(await invoiceState(t, b.id)).toEqual({ open: 10_000_00, settledOn: null });
    expect((await t.ok('receipts.get', { id: r.id })).unapplied).toBe(15_000_00);
  });

  it('a settled invoice takes no more: only positive-open invoices are allocated', async () => {
    const c = await customer(t);
    const a = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-10', gross: 1_000_00 });
    const r = await transfer(t, c.id, '2026-02-01', 2_000_00);
    await t.ok('receipts.allocate', { receiptId: r.id, items: [{ invoiceId: a.id, amount: 1_000_00 }] });
    const again = await t.fail('receipts.allocate', { receiptId: r.id, items: [{ invoiceId: a.id, amount: 1_00 }] });
    expect(again.message).toBe(`发票 ${a.number} 没有未收金额（只能核销未结清的蓝字发票）`);
  });

  it('undo restores the invoice and the receipt, keeps the allocation with its reason and audits it; twice is an error', async () => {
    await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    const zhang = { sessionId: (await t.ok('auth.login', { username: 'zhangli' })).sessionId };
    const c = await customer(t);
    const a = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-10', gross: 6_800_00 });
    const r = await transfer(t, c.id, '2026-02-01', 6_800_00, { allocations: [{ invoiceId: a.id, amount: 6_800_00 }] });
    expect(r.unapplied).toBe(0);
    expect(await invoiceState(t, a.id)).toEqual({ open: 0, settledOn: '2026-02-01' });

    const undone = await t.call(
      'receipts.undoAllocation',
      { allocationId: r.allocations[0]!.id, reason: '客户来电：这笔是付另一张合同的预付款' },
      zhang,
    );
    expect(undone.ok).toBe(true);
    if (!undone.ok) return;
    expect(undone.value.unapplied).toBe(6_800_00);
    expect(undone.value.allocated).toBe(0);
    expect(undone.value.allocations[0]).toMatchObject({
      amount: 6_800_00,
      undoneBy: '张丽',
      undoReason: '客户来电：这笔是付另一张合同的预付款',
    });
    expect(undone.value.allocations[0]!.undoneOn).not.toBeNull();
    expect(await invoiceState(t, a.id)).toEqual({ open: 6_800_00, settledOn: null });

    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'receipt', action: 'undoAllocation' })
      .first()) as { user_name: string; after_json: string };
    expect(audit.user_name).toBe('张丽');
    expect(JSON.parse(audit.after_json)).toMatchObject({
      invoiceNumber: a.number,
      amount: 6_800_00,
      reason: '客户来电：这笔是付另一张合同的预付款',
      unapplied: 6_800_00,
    });

    const twice = await t.fail('receipts.undoAllocation', { allocationId: r.allocations[0]!.id, reason: '再撤一次' });
    expect(twice.code).toBe('CONFLICT');
    expect(await invoiceState(t, a.id)).toEqual({ open: 6_800_00, settledOn: null });
    expect((await t.ok('receipts.get', { id: r.id })).unapplied).toBe(6_800_00);
  });

  it('money received ahead (预收) waits as unapplied credit and pays an invoice issued later', async () => {
    const c = await customer(t);
    const r = await transfer(t, c.id, '2026-05-06', 30_000_00, { notes: '30% 预付款' });
    const credit = await t.ok('receipts.list', { filters: { customerId: c.id, hasUnapplied: true } });
    expect(credit.rows.map((x) => [x.number, x.unapplied])).toEqual([[r.number, 30_000_00]]);

    const inv = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-06-20', gross: 100_000_00 });
    const suggested = await t.ok('receipts.suggest', { receiptId: r.id });
    expect(suggested.items.map((i) => [i.id, i.amount])).toEqual([[inv.id, 30_000_00]]);
    const after = await t.ok('receipts.allocate', {
      receiptId: r.id,
      items: suggested.items.map((i) => ({ invoiceId: i.id, amount: i.amount })),
    });
    expect(after.unapplied).toBe(0);
    expect(after.allocations[0]!.date).toBe('2026-06-20');
    expect(await invoiceState(t, inv.id)).toEqual({ open: 70_000_00, settledOn: null });
    expect((await t.ok('receipts.list', { filters: { customerId: c.id, hasUnapplied: true } })).total).toBe(0);
  });

  it('FIFO suggestion: oldest due date first, then issue date, the last one partial', async () => {
    const c = await customer(t);
    // The customer's terms when each invoice was registered: its due date follows them.
    const terms = async (paymentDays: number) => {
      const now = await t.ok('customers.get', { id: c.id });
      await t.ok('customers.update', { id: c.id, lockVersion: now.lockVersion, data: { ...now, paymentDays } });
    };
    // A longer agreed term on this one (60 days): due after the later invoices.
    await terms(60);
    const x = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-05', gross: 100_000_00 });
    await terms(30);
    const y = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-20', gross: 80_000_00 });
    const z = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-02-01', gross: 50_000_00 });
    // Same due date as z (37 days), issued earlier: it comes before z.
    await terms(37);
    const w = await registeredInvoice(t, { customerId: c.id, issueDate: '2026-01-25', gross: 10_000_00 });

    const open = await t.ok('receipts.openInvoices', { customerId: c.id });
    expect(open.map((i) => [i.number, i.dueDate])).toEqual([
      [y.number, '2026-02-19'],
      [w.number, '2026-03-03'],
      [z.number, '2026-03-03'],
      [x.number, '2026-03-06'],
    ]);
    const s = await t.ok('receipts.suggest', { customerId: c.id, amount: 160_000_00 });
    expect(s.items.map((i) => [i.number, i.amount])).toEqual([
      [y.number, 80_000_00],
      [w.number, 10_000_00],
      [z.number, 50_000_00],
      [x.number, 20_000_00],
    ]);
    expect(s.rest).toBe(0);
    const more = await t.ok('receipts.suggest', { customerId: c.id, amount: 250_000_00 });
    expect(more.items.at(-1)).toMatchObject({ number: x.number, amount: 100_000_00 });
    expect(more.rest).toBe(10_000_00);
  });
});
