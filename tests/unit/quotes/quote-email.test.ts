import { describe, expect, it } from 'vitest';
import { useSmtpServer } from '../support/smtp';
import { useTestCore } from '../support/test-core';
import { today } from '../../../electron/core/dates';
import { readSnapshot } from '../../../electron/core/docs/issued-snapshot';

const t = useTestCore();

const mail = useSmtpServer({ password: 'mail-secret' });

async function approvedQuote() {
  await t.ok('settings.company.update', { name: '杭州恒信机电设备有限公司' });
  const c = await t.ok('customers.create', { name: '上海浦江化工有限公司' });
  const q = await t.ok('quotes.create', {
    customerId: c.id,
    contactName: '陈思远',
    project: '循环水泵更换',
    quoteDate: today(),
    lines: [{ name: '离心泵', spec: 'NB 65-160/173', unit: '台', quantity: '2', unitPrice: '18600' }],
    costLines: [{ lineNo: 1, name: '离心泵', quantity: '2', unitCost: '12000' }],
  });
  return t.ok('quotes.submit', { id: q.id });
}

describe('e-mailing a quote through the company mail server', () => {
  it('sends the PDF to the customer and marks the quote sent by e-mail', async () => {
    await t.ok('settings.smtp.update', {
      host: '127.0.0.1',
      port: mail.port,
      secure: false,
      user: 'quotes@hengxin.cn',
      password: 'mail-secret',
      from: 'quotes@hengxin.cn',
      fromName: '恒信机电',
    });
    expect(await t.ok('settings.smtp.get', {})).toMatchObject({ host: '127.0.0.1', hasPassword: true });
    const q = await approvedQuote();
    const sent = await t.ok('quotes.email', { id: q.id, to: ['chensy@pujiang-chem.cn'], cc: ['boss@hengxin.cn'] });
    expect(sent).toMatchObject({ status: 'sent', sentVia: 'email' });
    expect(mail.inbox).toHaveLength(1);
    const received = mail.inbox[0]!;
    expect(received.from).toBe('quotes@hengxin.cn');
    expect(received.to.sort()).toEqual(['boss@hengxin.cn', 'chensy@pujiang-chem.cn']);
    expect(received.raw).toContain('Content-Type: application/pdf');
    expect(received.raw).toMatch(/filename\*?=.*\.pdf|filename\*0/);
    expect(received.raw).toContain('JVBERi0'); // the PDF itself, base64
    const history = await t.ok('audit.forEntity', { entity: 'quote', entityId: String(q.id) });
    expect(history[0]).toMatchObject({ action: 'send', channel: 'quotes.email' });
    // Sent, the quote is frozen as mailed: letterhead, customer, contact and format.
    const issued = await readSnapshot(t.core.services.db(), 'quote', q.id);
    expect(issued).toMatchObject({
      company: { name: '杭州恒信机电设备有限公司' },
      customer: { name: '上海浦江化工有限公司' },
      contact: { name: '陈思远' },
      format: { title: '报价单' },
    });
  });

  it("the default subject and the Excel file name are in the caller's language", async () => {
    await t.ok('settings.smtp.update', {
      host: '127.0.0.1',
      port: mail.port,
      secure: false,
      from: 'quotes@hengxin.cn',
    });
    const q = await approvedQuote();
    const xlsx = async (locale: 'zh-CN' | 'en') => {
      const r = await t.call('quotes.xlsx', { id: q.id }, { locale });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.filename;
    };
    expect(await xlsx('zh-CN')).toBe(`报价单-${q.number}-V1.xlsx`);
    expect(await xlsx('en')).toBe(`Quotation-${q.number}-V1.xlsx`);
    const sent = await t.call('quotes.email', { id: q.id, to: ['a@b.cn'] }, { locale: 'en' });
    expect(sent.ok).toBe(true);
    const history = await t.ok('audit.forEntity', { entity: 'quote', entityId: String(q.id) });
    expect(history[0]!.after).toMatchObject({ subject: `杭州恒信机电设备有限公司 quotation ${q.number} V1` });
  });

  it('without a mail server set up, says so and changes nothing', async () => {
    const q = await approvedQuote();
    const err = await t.fail('quotes.email', { id: q.id, to: ['a@b.cn'] });
    expect(err).toMatchObject({ code: 'VALIDATION', message: '尚未设置邮件服务器（设置 › 邮件）' });
    expect((await t.ok('quotes.get', { id: q.id })).status).toBe('approved');
  });

  it("a refused login leaves the quote unsent, with the server's reason", async () => {
    await t.ok('settings.smtp.update', {
      host: '127.0.0.1',
      port: mail.port,
      secure: false,
      user: 'quotes@hengxin.cn',
      password: 'wrong',
      from: 'quotes@hengxin.cn',
    });
    const q = await approvedQuote();
    const err = await t.fail('quotes.email', { id: q.id, to: ['a@b.cn'] });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^邮件发送失败/);
    expect(mail.inbox).toHaveLength(0);
    expect((await t.ok('quotes.get', { id: q.id })).status).toBe('approved');
    expect(await readSnapshot(t.core.services.db(), 'quote', q.id)).toBeNull();
  });

  it('a draft cannot be e-mailed', async () => {
    const c = await t.ok('customers.create', { name: '某客户' });
    const q = await t.ok('quotes.create', {
      customerId: c.id,
      quoteDate: '2026-11-24',
      lines: [{ name: '球阀', quantity: '1', unitPrice: '1' }],
    });
    expect((await t.fail('quotes.email', { id: q.id, to: ['a@b.cn'] })).code).toBe('CONFLICT');
  });
});
