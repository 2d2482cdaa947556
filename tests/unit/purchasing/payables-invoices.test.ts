import { describe, expect, it } from 'vitest';
import { loggedIn } from '../support/users';
import { useTestCore } from '../support/test-core';
import { invoiceInput, paidSupplier, purchaseOrder, supplier, supplierInvoice } from '../support/payables';

const t = useTestCore();

describe('supplier invoices (供应商发票)', () => {
  it('registered against two of the supplier’s orders: due 60 days after its date, open for its whole gross', async () => {
    const s = await supplier(t);
    const a = await purchaseOrder(t, s.id, 50_000_00);
    const b = await purchaseOrder(t, s.id, 30_000_00, { status: 'received' });
    const inv = await supplierInvoice(t, {
      supplierId: s.id,
      invoiceDate: '2026-03-10',
      gross: 67_800_00,
      paymentDays: 60,
      orders: [
        { poId: a.id, amount: 45_200_00 },
        { poId: b.id, amount: 22_600_00 },
      ],
    });
    expect(inv).toMatchObject({
      supplierName: '上海光华仪表有限公司',
      invoiceDate: '2026-03-10',
      dueOn: '2026-05-09',
      net: 60_000_00,
      tax: 7_800_00,
      gross: 67_800_00,
      open: 67_800_00,
      settledOn: null,
      poNumbers: [a.number, b.number],
    });
    expect(inv.orders.map((o) => [o.poNumber, o.amount])).toEqual([
      [a.number, 45_200_00],
      [b.number, 22_600_00],
    ]);
    const orders = await t.ok('purchasing.payables.billableOrders', { supplierId: s.id });
    expect(orders.map((o) => [o.number, o.invoiced])).toEqual(
      expect.arrayContaining([
        [a.number, 45_200_00],
        [b.number, 22_600_00],
      ]),
    );

    const history = await t.ok('audit.forEntity', { entity: 'supplierInvoice', entityId: String(inv.id) });
    expect(history.map((h) => [h.action, h.entityName])).toEqual([['create', inv.invoiceNumber]]);
    expect(history[0]!.after).toMatchObject({
      gross: 67_800_00,
      orders: [{ poNumber: a.number, amount: 45_200_00 }, {}],
    });
    expect(history[0]!.refs).toEqual({ [`supplier:${s.id}`]: '上海光华仪表有限公司' });
  });

  it('a due date typed when no payment days are given; neither is refused beside the due date', async () => {
    const s = await supplier(t);
    const typed = await supplierInvoice(t, {
      supplierId: s.id,
      invoiceDate: '2026-03-10',
      gross: 1_130_00,
      dueOn: '2026-04-15',
    });
    expect(typed.dueOn).toBe('2026-04-15');
    const none = await t.fail('purchasing.payables.invoices.create', {
      ...invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-10', gross: 1_130_00 }),
      paymentDays: null,
      dueOn: null,
    });
    expect(none.message).toBe('请填写账期天数或到期日');
    expect(none.details?.fields).toEqual([{ path: 'dueOn', message: '请填写账期或到期日' }]);
    const early = await t.fail('purchasing.payables.invoices.create', {
      ...invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-10', gross: 1_130_00, dueOn: '2026-03-01' }),
    });
    expect(early.details?.fields).toEqual([{ path: 'dueOn', message: '早于开票日期' }]);
    expect(await t.count('supplier_invoices')).toBe(1);
  });

  it('the same number twice from one supplier is refused beside the number; another supplier may use it', async () => {
    const s = await supplier(t);
    const other = await supplier(t, '无锡华光电气有限公司');
    const first = await supplierInvoice(t, { supplierId: s.id, invoiceDate: '2026-03-10', gross: 1_130_00 });
    const again = { ...invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-12', gross: 2_260_00 }) };
    again.invoiceNumber = `　${first.invoiceNumber}`; // pasted from the PDF with a full-width space
    const audits = await t.count('audit_log');
    const err = await t.fail('purchasing.payables.invoices.create', again);
    expect(err.message).toBe(`供应商的发票 ${first.invoiceNumber} 已经登记过了`);
    expect(err.details?.fields).toEqual([{ path: 'invoiceNumber', message: '这张发票已登记' }]);
    expect(await t.count('supplier_invoices')).toBe(1);
    expect(await t.count('audit_log')).toBe(audits);
    await t.ok('purchasing.payables.invoices.create', { ...again, supplierId: other.id });
    expect(await t.count('supplier_invoices')).toBe(2);
  });

  it('net and tax must add up to the gross, and a paper number must look like one', async () => {
    const s = await supplier(t);
    const err = await t.fail('purchasing.payables.invoices.create', {
      ...invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-10', gross: 1_130_00 }),
      type: 'paper_special',
      invoiceCode: '12345',
      invoiceNumber: '0012345',
      net: 1_000_00,
      tax: 130_01,
    });
    expect(err.details?.fields).toEqual([
      { path: 'invoiceNumber', message: '纸质发票号码应为 8 位数字' },
      { path: 'invoiceCode', message: '发票代码应为 10 位或 12 位数字，也可留空' },
      { path: 'gross', message: '金额 + 税额 ≠ 价税合计' },
    ]);
    const zero = await t.fail('purchasing.payables.invoices.create', {
      ...invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-10', gross: 1_130_00 }),
      gross: 0,
    });
    expect(zero.details?.fields).toEqual([{ path: 'gross', message: '应为大于 0 的金额' }]);
    expect(await t.count('supplier_invoices')).toBe(0);
  });

  it('another supplier’s order, a cancelled order, one order twice and links over the gross are refused', async () => {
    const s = await supplier(t);
    const other = await supplier(t, '无锡华光电气有限公司');
    const mine = await purchaseOrder(t, s.id, 10_000_00);
    const theirs = await purchaseOrder(t, other.id, 10_000_00);
    const cancelled = await purchaseOrder(t, s.id, 10_000_00, { status: 'cancelled' });
    const input = invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-10', gross: 11_300_00 });
    const wrong = await t.fail('purchasing.payables.invoices.create', {
      ...input,
      orders: [
        { poId: mine.id, amount: 1_000_00 },
        { poId: theirs.id, amount: 1_000_00 },
        { poId: cancelled.id, amount: 1_000_00 },
        { poId: mine.id, amount: 1_000_00 },
      ],
    });
    expect(wrong.details?.fields).toEqual([
      { path: 'orders.1.poId', message: '不是本供应商的采购单' },
      { path: 'orders.2.poId', message: '草稿或已取消' },
      { path: 'orders.3.poId', message: '重复的采购单' },
    ]);
    expect(wrong.message).toBe(`采购单 ${theirs.number} 不是这个供应商的`);
    const over = await t.fail('purchasing.payables.invoices.create', {
      ...input,
      orders: [{ poId: mine.id, amount: 11_300_01 }],
    });
    expect(over.message).toBe('关联采购单的金额合计 11,300.01 元超过发票价税合计 11,300.00 元');
    expect(over.details?.fields).toEqual([{ path: 'orders', message: '超过价税合计' }]);
    expect([await t.count('supplier_invoices'), await t.count('supplier_invoice_orders')]).toEqual([0, 0]);
    await t.ok('purchasing.payables.invoices.create', { ...input, orders: [{ poId: mine.id, amount: 11_300_00 }] });
  });

  it('corrected while unpaid (the history says what changed); paid, it can be neither corrected nor deleted', async () => {
    const s = await supplier(t);
    const inv = await supplierInvoice(t, { supplierId: s.id, invoiceDate: '2026-03-10', gross: 1_130_00 });
    const data = { ...invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-11', gross: 2_260_00 }) };
    data.invoiceNumber = inv.invoiceNumber;
    const fixed = await t.ok('purchasing.payables.invoices.update', { id: inv.id, lockVersion: inv.lockVersion, data });
    expect([fixed.gross, fixed.open, fixed.invoiceDate, fixed.dueOn]).toEqual([
      2_260_00,
      2_260_00,
      '2026-03-11',
      '2026-04-10',
    ]);
    const stale = await t.fail('purchasing.payables.invoices.update', {
      id: inv.id,
      lockVersion: inv.lockVersion,
      data,
    });
    expect(stale.code).toBe('CONFLICT');
    const [update] = (await t.ok('audit.forEntity', { entity: 'supplierInvoice', entityId: String(inv.id) })).filter(
      (h) => h.action === 'update',
    );
    expect(update!.before).toMatchObject({ gross: 1_130_00, invoiceDate: '2026-03-10' });
    expect(update!.after).toMatchObject({ gross: 2_260_00, invoiceDate: '2026-03-11' });

    await paidSupplier(t, s.id, '2026-03-20', 1_000_00);
    const paid = await t.fail('purchasing.payables.invoices.update', {
      id: inv.id,
      lockVersion: fixed.lockVersion + 1,
      data,
    });
    expect(paid.message).toBe(`发票 ${inv.invoiceNumber} 已有付款核销，不能再修改或删除；请先作废相关付款`);
    const del = await t.fail('purchasing.payables.invoices.delete', { id: inv.id, reason: '登记错了' });
    expect(del.code).toBe('CONFLICT');
    expect(await t.count('supplier_invoices')).toBe(1);
  });

  it('a wrong registration is deleted while unpaid, its links with it; the history keeps what it was', async () => {
    const s = await supplier(t);
    const po = await purchaseOrder(t, s.id, 10_000_00);
    const inv = await supplierInvoice(t, {
      supplierId: s.id,
      invoiceDate: '2026-03-10',
      gross: 1_130_00,
      orders: [{ poId: po.id, amount: 1_130_00 }],
    });
    await t.ok('purchasing.payables.invoices.delete', { id: inv.id, reason: '重复登记' });
    expect([await t.count('supplier_invoices'), await t.count('supplier_invoice_orders')]).toEqual([0, 0]);
    const [gone] = (await t.ok('audit.forEntity', { entity: 'supplierInvoice', entityId: String(inv.id) })).filter(
      (h) => h.action === 'delete',
    );
    expect(gone!.before).toMatchObject({ invoiceNumber: inv.invoiceNumber, gross: 1_130_00 });
    expect(gone!.after).toEqual({ reason: '重复登记' });
  });

  it('the list pages, filters by supplier, dates, open only and text (number, supplier, order number)', async () => {
    const s = await supplier(t);
    const other = await supplier(t, '无锡华光电气有限公司');
    const po = await purchaseOrder(t, other.id, 10_000_00);
    const a = await supplierInvoice(t, { supplierId: s.id, invoiceDate: '2026-03-01', gross: 1_000_00 });
    const b = await supplierInvoice(t, { supplierId: s.id, invoiceDate: '2026-03-05', gross: 2_000_00 });
    const c = await supplierInvoice(t, {
      supplierId: other.id,
      invoiceDate: '2026-03-09',
      gross: 3_000_00,
      orders: [{ poId: po.id, amount: 3_000_00 }],
    });
    await paidSupplier(t, s.id, '2026-03-20', 1_000_00, [{ invoiceId: a.id, amount: 1_000_00 }]);
    const list = (input: Parameters<typeof t.ok<'purchasing.payables.invoices.list'>>[1]) =>
      t.ok('purchasing.payables.invoices.list', input).then((p) => [p.total, p.rows.map((r) => r.id)]);
    expect(await list({})).toEqual([3, [c.id, b.id, a.id]]);
    expect(await list({ page: 2, pageSize: 2 })).toEqual([3, [a.id]]);
    expect(await list({ filters: { supplierId: s.id } })).toEqual([2, [b.id, a.id]]);
    expect(await list({ filters: { openOnly: true }, sort: { field: 'dueOn', dir: 'asc' } })).toEqual([
      2,
      [b.id, c.id],
    ]);
    expect(await list({ filters: { from: '2026-03-02', to: '2026-03-08' } })).toEqual([1, [b.id]]);
    expect(await list({ q: '华光' })).toEqual([1, [c.id]]);
    expect(await list({ q: po.number })).toEqual([1, [c.id]]);
    expect(await list({ q: b.invoiceNumber.slice(-6) })).toEqual([1, [b.id]]);
    const row = (await t.ok('purchasing.payables.invoices.list', { q: '华光' })).rows[0]!;
    expect(row.poNumbers).toEqual([po.number]);
  });

  it('sales may look but not register; the purchaser registers', async () => {
    const s = await supplier(t);
    const sales = await loggedIn(t, 'sales', 'li', '李娜');
    const input = invoiceInput({ supplierId: s.id, invoiceDate: '2026-03-10', gross: 1_130_00 });
    const denied = await t.fail('purchasing.payables.invoices.create', input, { sessionId: sales });
    expect(denied.code).toBe('FORBIDDEN');
    expect(await t.count('supplier_invoices')).toBe(0);
    const seen = await t.call('purchasing.payables.invoices.list', {}, { sessionId: sales });
    expect(seen.ok).toBe(true);
    await t.ok('users.create', { username: 'zhou', displayName: '周敏', role: 'purchaser' });
    const purchaser = (await t.ok('auth.login', { username: 'zhou' })).sessionId;
    const made = await t.call('purchasing.payables.invoices.create', input, { sessionId: purchaser });
    expect(made.ok).toBe(true);
  });
});
