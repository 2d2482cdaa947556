import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const PDF = Buffer.from('%PDF-1.4\n%\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

async function wonOrder() {
  const c = await t.ok('customers.create', { name: '武汉江城水务工程有限公司' });
  const q = await t.ok('quotes.create', {
    customerId: c.id,
    quoteDate: '2026-11-20',
    lines: [{ name: '电磁流量计', spec: 'DN150', unit: '台', quantity: '2', unitPrice: '6800' }],
    costLines: [{ lineNo: 1, name: '电磁流量计', quantity: '2', unitCost: '4500' }],
  });
  await t.ok('quotes.submit', { id: q.id });
  await t.ok('quotes.markSent', { id: q.id, via: 'email' });
  await t.ok('quotes.outcome', { id: q.id, outcome: 'won' });
  return {
    customer: c,
    order: await t.ok('orders.createFromQuote', { quoteId: q.id, customerPo: 'JC-2026-117', orderDate: '2026-11-24' }),
  };
}

describe('register of contracts, letters, faxes and drawings', () => {
  it('numbers a signed contract received from the customer, files its scan and links it to the order', async () => {
    const { customer, order } = await wonOrder();
    const entry = await t.ok('register.create', {
      kind: 'contract',
      direction: 'received',
      date: '2026-11-24',
      customerId: customer.id,
      theirRef: 'JC-HT-0392',
      subject: '电磁流量计采购合同（双方盖章）',
      orderId: order.id,
      archiveLocation: '合同柜 A-3',
    });
    expect(entry).toMatchObject({
      number: 'DJ2026-00001',
      counterparty: '武汉江城水务工程有限公司',
      orderNumber: order.number,
      registeredBy: '管理员',
      files: 0,
      forwards: 0,
    });
    const scan = await t.ok('attachments.upload', {
      filename: '合同扫描件.pdf',
      mime: 'application/pdf',
      dataBase64: PDF,
    });
    const filed = await t.ok('register.attach', { id: entry.id, attachmentId: scan.id, label: '盖章原件' });
    expect(filed.attachments).toEqual([
      { attachmentId: scan.id, filename: '合同扫描件.pdf', mime: 'application/pdf', label: '盖章原件' },
    ]);
    const page = await t.ok('register.list', { filters: { orderId: order.id } });
    expect(page.rows).toEqual([expect.objectContaining({ number: 'DJ2026-00001', files: 1, kind: 'contract' })]);
    // Found by their number, by subject words and by the customer's pinyin initials.
    for (const q of ['JC-HT-0392', '流量计', 'whjcsw']) expect((await t.ok('register.list', { q })).total).toBe(1);
  });

  it('logs every forward with who passed it on, and keeps it in the audit', async () => {
    const supplier = await t.ok('suppliers.create', { name: '上海光华仪表有限公司' });
    const fax = await t.ok('register.create', {
      kind: 'fax',
      direction: 'received',
      date: '2026-11-23',
      supplierId: supplier.id,
      subject: '11 月价格调整通知',
    });
    expect(fax.counterparty).toBe('上海光华仪表有限公司');
    await t.ok('register.forward', { id: fax.id, toWhom: '采购 刘芳', via: 'hand', date: '2026-11-23' });
    const twice = await t.ok('register.forward', {
      id: fax.id,
      toWhom: '陈经理',
      via: 'wechat',
      date: '2026-11-24',
      note: '拍照转发',
    });
    expect(twice.forwardLog.map((f) => [f.toWhom, f.via, f.userName])).toEqual([
      ['采购 刘芳', 'hand', '管理员'],
      ['陈经理', 'wechat', '管理员'],
    ]);
    expect(twice.forwards).toBe(2);
    const history = await t.ok('audit.forEntity', { entity: 'register', entityId: String(fax.id) });
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'forward']));
  });

  it('a drawing sent out needs somebody it went to, and cannot belong to a customer and a supplier at once', async () => {
    const missing = await t.fail('register.create', {
      kind: 'drawing',
      direction: 'sent',
      date: '2026-11-24',
      subject: '泵房基础图',
    });
    expect(missing).toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ path: 'counterparty', message: '必填' }] },
    });
    const c = await t.ok('customers.create', { name: '甲公司' });
    const s = await t.ok('suppliers.create', { name: '乙公司' });
    const both = await t.fail('register.create', {
      kind: 'letter',
      direction: 'sent',
      date: '2026-11-24',
      subject: '函',
      customerId: c.id,
      supplierId: s.id,
    });
    expect(both.message).toContain('只能选客户或供应商之一');
    const ghost = await t.fail('register.create', {
      kind: 'letter',
      direction: 'sent',
      date: '2026-11-24',
      subject: '函',
      counterparty: '某单位',
      orderId: 999,
    });
    expect(ghost.code).toBe('NOT_FOUND');
    expect(await t.count('register_entries')).toBe(0);
  });

  it('a stale edit is refused and changes nothing', async () => {
    const e = await t.ok('register.create', {
      kind: 'letter',
      direction: 'sent',
      date: '2026-11-24',
      counterparty: '市水务局',
      subject: '关于供货延期的函',
    });
    await t.ok('register.update', {
      id: e.id,
      lockVersion: e.lockVersion,
      data: {
        kind: 'letter',
        direction: 'sent',
        date: '2026-11-24',
        counterparty: '市水务局',
        subject: '关于供货延期的函（更正）',
      },
    });
    const stale = await t.fail('register.update', {
      id: e.id,
      lockVersion: e.lockVersion,
      data: { kind: 'letter', direction: 'sent', date: '2026-11-24', counterparty: '市水务局', subject: '别人的改动' },
    });
    expect(stale.code).toBe('CONFLICT');
    expect((await t.ok('register.get', { id: e.id })).subject).toBe('关于供货延期的函（更正）');
  });
});
