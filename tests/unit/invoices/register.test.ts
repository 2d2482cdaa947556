import { describe, expect, it } from 'vitest';
import { BUYER_TAX_ID, deliveredMeters, digitalNumber, invoiceInput, line, today } from './invoice-fixtures';
import { registeredInvoice } from '../support/finance';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

async function customer() {
  return t.ok('customers.create', { name: '苏州工业园区清源华衍水务有限公司', taxId: BUYER_TAX_ID, paymentDays: 30 });
}

async function fieldsOf(input: unknown) {
  const e = await t.fail('invoices.create', input);
  expect(e.code).toBe('VALIDATION');
  return Object.fromEntries((e.details?.fields ?? []).map((f) => [f.path, f.message]));
}

describe('registering an issued invoice', () => {
  it('stores the printed figures, the due date from the payment days and an audit row', async () => {
    const c = await customer();
    const inv = await t.ok('invoices.create', invoiceInput(c.id, { lines: [line(100000, 13000), line(50000, 6500)] }));
    expect(inv).toMatchObject({
      type: 'digital_special',
      code: '',
      net: 150000,
      tax: 19500,
      gross: 169500,
      open: 169500,
      dueDate: '2026-12-20',
      deliveryDate: '2026-11-20',
      deliveryState: 'unsent',
      settledOn: null,
      redRemaining: 169500,
    });
    expect(inv.lines.map((l) => l.gross)).toEqual([113000, 56500]);
    const audit = await t.ok('audit.forEntity', { entity: 'invoice', entityId: String(inv.id) });
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('answers each number mistake beside its field and writes nothing', async () => {
    const c = await customer();
    const before = await t.count('invoices');
    expect(await fieldsOf(invoiceInput(c.id, { number: '2632000000000000001' }))).toEqual({
      number: '数电发票号码应为 20 位数字',
    });
    expect(await fieldsOf(invoiceInput(c.id, { code: '3200231130' }))).toEqual({
      code: '数电发票没有发票代码，请留空',
    });
    expect(
      await fieldsOf(invoiceInput(c.id, { type: 'paper_special', code: '32002311301', number: '123456789' })),
    ).toEqual({ number: '纸质发票号码应为 8 位数字', code: '发票代码应为 10 位或 12 位数字，也可留空' });
    expect(await fieldsOf(invoiceInput(c.id, { buyerTaxId: null }))).toEqual({
      buyerTaxId: '专用发票必须填写购买方税号',
    });
    expect(await fieldsOf(invoiceInput(c.id, { buyerTaxId: '91320594MA1MXKQ2' }))).toEqual({
      buyerTaxId: '税号应为 18 位统一社会信用代码，或 15、17、20 位的旧税号',
    });
    expect(await t.count('invoices')).toBe(before);
    expect(await t.count('invoice_lines')).toBe(0);
    // A 普票 may leave the buyer's tax id empty; a paper one may leave the code empty.
    await t.ok('invoices.create', invoiceInput(c.id, { type: 'paper_normal', number: '04567890', buyerTaxId: '' }));
  });

  it('reads full-width digits as digits and refuses the same number twice, naming it', async () => {
    const c = await customer();
    const fullWidth = '26320000000000000012'.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const first = await t.ok('invoices.create', invoiceInput(c.id, { number: fullWidth }));
    expect(first.number).toBe('26320000000000000012');
    const before = await t.count('invoices');
    expect(await fieldsOf(invoiceInput(c.id, { number: '26320000000000000012' }))).toEqual({
      number: '发票 26320000000000000012 已经登记过了',
    });
    // Paper: the same number under another code is another invoice.
    await t.ok(
      'invoices.create',
      invoiceInput(c.id, { type: 'paper_special', code: '3200231130', number: '00012345' }),
    );
    await t.ok(
      'invoices.create',
      invoiceInput(c.id, { type: 'paper_special', code: '3200231131', number: '00012345' }),
    );
    expect(
      await fieldsOf(invoiceInput(c.id, { type: 'paper_special', code: '3200231130', number: '００012345' })),
    ).toEqual({ number: '发票 3200231130-00012345 已经登记过了' });
    expect(await t.count('invoices')).toBe(before + 2);
  });

  it('takes the tax one fen off net × rate, not two, and wants net + tax = gross', async () => {
    const c = await customer();
    await t.ok('invoices.create', invoiceInput(c.id, { lines: [line(100000, 13001)] }));
    await t.ok('invoices.create', invoiceInput(c.id, { lines: [line(100000, 12999)] }));
    const before = await t.count('invoices');
    expect(await fieldsOf(invoiceInput(c.id, { lines: [line(100000, 13000), line(100000, 13002)] }))).toEqual({
      'lines.1.tax': '税额与“金额×税率”相差超过 1 分，请按发票上的数字填写',
    });
    expect(await fieldsOf(invoiceInput(c.id, { lines: [{ ...line(100000, 13000), gross: 113001 }] }))).toEqual({
      'lines.0.gross': '金额加税额应等于价税合计',
    });
    expect(await t.count('invoices')).toBe(before);
  });

  it('invoices no more than was delivered unless a reason is given, and audits the reason', async () => {
    const { customer: c, orderLineId, note } = await deliveredMeters(t, '4');
    // 4 × 6,800.00 delivered: 27,200.00 gross = 24,070.80 net + 3,129.20 tax.
    const five = invoiceInput(c.id, {
      noteIds: [note.id],
      lines: [line(3008850, 391150, { orderLineId, quantity: '5', unitPrice: '6017.7' })],
    });
    const before = await t.count('invoices');
    expect(await fieldsOf(five)).toEqual({
      'lines.0.quantity': '超过了已送货未开票的数量（还可开 4）',
      overReason: '超出送货开票时，请写明原因',
    });
    expect(await t.count('invoices')).toBe(before);

    const four = await t.ok(
      'invoices.create',
      invoiceInput(c.id, {
        noteIds: [note.id],
        lines: [line(2407080, 312920, { orderLineId, quantity: '4', unitPrice: '6017.7' })],
      }),
    );
    expect(four).toMatchObject({ gross: 2720000, deliveryDate: today(), overReason: null });
    expect(four.notes).toEqual([{ id: note.id, number: note.number }]);
    expect(four.orders.map((o) => o.id)).toEqual([note.orderId]);

    // Nothing is left: one more needs a reason, and then goes through with an audit row saying why.
    const one = invoiceInput(c.id, { lines: [line(601770, 78230, { orderLineId, quantity: '1' })] });
    expect(await fieldsOf(one)).toMatchObject({ 'lines.0.quantity': '超过了已送货未开票的数量（还可开 0）' });
    const over = await t.ok('invoices.create', { ...one, overReason: '客户要求预开一台' });
    expect(over.overReason).toBe('客户要求预开一台');
    const audit = await t.ok('audit.forEntity', { entity: 'invoice', entityId: String(over.id) });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'overDelivered']);
    expect(JSON.stringify(audit.find((a) => a.action === 'overDelivered'))).toContain('客户要求预开一台');
  });

  it('links only delivered notes of the same customer', async () => {
    const { customer: c, note } = await deliveredMeters(t, '2');
    const other = await customer();
    expect(await fieldsOf(invoiceInput(other.id, { noteIds: [note.id] }))).toEqual({
      noteIds: `送货单 ${note.number} 不是这个客户的`,
    });
    await t.ok('invoices.create', invoiceInput(c.id, { noteIds: [note.id] }));
  });

  it('lists, filters and finds invoices by number and buyer in SQL', async () => {
    const c = await customer();
    const a = await t.ok('invoices.create', invoiceInput(c.id, { issueDate: '2026-11-02' }));
    await t.ok('invoices.create', invoiceInput(c.id, { issueDate: '2026-11-05', type: 'digital_normal' }));
    const list = await t.ok('invoices.list', { sort: { field: 'issueDate', dir: 'asc' } });
    expect(list.total).toBe(2);
    expect(list.rows[0]).toMatchObject({ id: a.id, customerName: c.name, gross: 113000, open: 113000 });
    expect((await t.ok('invoices.list', { filters: { type: 'digital_normal' } })).total).toBe(1);
    expect((await t.ok('invoices.list', { q: a.number.slice(-6) })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await t.ok('invoices.list', { q: '清源华衍' })).total).toBe(2);
    expect((await t.ok('invoices.list', { filters: { settlement: 'settled' } })).total).toBe(0);
    expect((await t.ok('invoices.list', { filters: { from: '2026-11-03' } })).total).toBe(1);
  });

  it('a dispatch clerk can neither register nor read invoices', async () => {
    const c = await customer();
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const { sessionId } = await t.ok('auth.login', { username: 'wangqiang' });
    expect((await t.fail('invoices.create', invoiceInput(c.id), { sessionId })).code).toBe('FORBIDDEN');
    expect((await t.fail('invoices.list', {}, { sessionId })).code).toBe('FORBIDDEN');
    expect(await t.count('invoices')).toBe(0);
    await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    const sales = await t.ok('auth.login', { username: 'zhangli' });
    const r = await t.call('invoices.create', invoiceInput(c.id, { number: digitalNumber() }), {
      sessionId: sales.sessionId,
    });
    expect(r.ok).toBe(true);
  });

  it('the support fixture registers through the service like a user would', async () => {
    const c = await customer();
    const { id, number } = await registeredInvoice(t, {
      customerId: c.id,
      issueDate: '2026-10-08',
      gross: 56500,
    });
    expect(await t.ok('invoices.get', { id })).toMatchObject({
      number,
      type: 'digital_special',
      net: 50000,
      tax: 6500,
      gross: 56500,
      open: 56500,
      dueDate: '2026-11-07',
      // No notes linked: its delivery date is its issue date.
      deliveryDate: '2026-10-08',
    });
  });

  it('keeps the PDF the tax system issued, audited', async () => {
    const c = await customer();
    const inv = await t.ok('invoices.create', invoiceInput(c.id));
    const pdf = await t.ok('attachments.upload', {
      filename: `${inv.number}.pdf`,
      mime: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64'),
    });
    const after = await t.ok('invoices.attach', { id: inv.id, attachmentId: pdf.id });
    expect(after.file).toEqual({ attachmentId: pdf.id, filename: `${inv.number}.pdf`, mime: 'application/pdf' });
    expect((await t.fail('invoices.attach', { id: inv.id, attachmentId: 9999 })).code).toBe('NOT_FOUND');
    const audit = await t.ok('audit.forEntity', { entity: 'invoice', entityId: String(inv.id) });
    expect(audit.map((a) => a.action).sort()).toEqual(['attach', 'create']);
  });
});
