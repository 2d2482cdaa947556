import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function inquiry() {
  const c = await t.ok('customers.create', { name: '合肥江淮环保设备有限公司' });
  return t.ok('inquiries.create', {
    customerId: c.id,
    contactName: '吴刚',
    contactPhone: '13965012345',
    date: '2026-11-24',
    channel: 'wechat',
    requirement: '污水处理站改造，需计量泵 2 台、液位计 4 台，附图纸',
    items: '计量泵 JZ-500/1.0 ×2\n液位计 UHZ-517 ×4',
    dueDate: '2026-11-27',
  });
}

describe("inquiries: from the customer's question to the quote", () => {
  it('logs a numbered inquiry with its drawing, owned by whoever took it', async () => {
    const i = await inquiry();
    expect(i).toMatchObject({
      number: 'XJ2026-00001',
      status: 'new',
      owner: '管理员',
      channel: 'wechat',
      dueDate: '2026-11-27',
    });
    const drawing = await t.ok('attachments.upload', {
      filename: '泵房平面图.png',
      mime: 'image/png',
      dataBase64: PNG,
    });
    const withDrawing = await t.ok('inquiries.attach', { id: i.id, attachmentId: drawing.id, label: '图纸' });
    expect(withDrawing.attachments).toEqual([
      { attachmentId: drawing.id, filename: '泵房平面图.png', mime: 'image/png', label: '图纸' },
    ]);
    expect((await t.ok('inquiries.list', { q: '计量泵' })).rows.map((r) => r.number)).toEqual(['XJ2026-00001']);
    expect((await t.ok('inquiries.list', { q: 'jhhb' })).total).toBe(1);
  });

  it('moves to quoting when a quote is started from it, and to quoted when the quote goes out', async () => {
    const i = await inquiry();
    const q = await t.ok('quotes.create', {
      customerId: i.customerId,
      inquiryId: i.id,
      quoteDate: '2026-11-24',
      lines: [{ name: '计量泵', quantity: '2', unitPrice: '7800' }],
      costLines: [{ lineNo: 1, name: '计量泵', quantity: '2', unitCost: '5000' }],
    });
    expect((await t.ok('inquiries.get', { id: i.id })).status).toBe('quoting');
    await t.ok('quotes.submit', { id: q.id });
    await t.ok('quotes.markSent', { id: q.id, via: 'fax' });
    const quoted = await t.ok('inquiries.get', { id: i.id });
    expect(quoted.status).toBe('quoted');
    expect(quoted.quotes.map((x) => x.number)).toEqual([q.number]);
  });

  it('a closed inquiry cannot be changed; a quote cannot name an inquiry that does not exist', async () => {
    const i = await inquiry();
    const closed = await t.ok('inquiries.close', { id: i.id, reason: '客户项目取消' });
    expect(closed.status).toBe('closed');
    expect(closed.notes).toContain('客户项目取消');
    const err = await t.fail('inquiries.update', {
      id: i.id,
      lockVersion: closed.lockVersion,
      data: { customerId: i.customerId, date: '2026-11-24', requirement: '改' },
    });
    expect(err.message).toBe('询价 XJ2026-00001 已关闭，不能再修改');
    const missing = await t.fail('quotes.create', {
      customerId: i.customerId,
      inquiryId: 999,
      quoteDate: '2026-11-24',
      lines: [{ name: 'x', quantity: '1', unitPrice: '1' }],
    });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: '找不到询价（999）' });
    const noCustomer = await t.fail('quotes.create', {
      customerId: 999,
      quoteDate: '2026-11-24',
      lines: [{ name: 'x', quantity: '1', unitPrice: '1' }],
    });
    expect(noCustomer).toMatchObject({ code: 'NOT_FOUND', message: '找不到客户（999）' });
  });

  it('the daily log counts inquiries and quotes per person and day', async () => {
    const i = await inquiry();
    await t.ok('quotes.create', {
      customerId: i.customerId,
      inquiryId: i.id,
      quoteDate: '2026-11-24',
      lines: [{ name: '计量泵', quantity: '2', unitPrice: '7800' }],
    });
    await t.ok('quotes.create', {
      customerId: i.customerId,
      quoteDate: '2026-11-25',
      lines: [{ name: '液位计', quantity: '4', unitPrice: '3200' }],
    });
    expect(await t.ok('inquiries.log', { from: '2026-11-24', to: '2026-11-30' })).toEqual([
      { date: '2026-11-24', person: '管理员', inquiries: 1, quotes: 1, quotedAmount: 1_560_000 },
      { date: '2026-11-25', person: '管理员', inquiries: 0, quotes: 1, quotedAmount: 1_280_000 },
    ]);
  });
});
