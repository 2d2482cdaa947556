import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../../electron/core/dates';
import { registeredInvoice } from '../support/finance';
import { useTestCore } from '../support/test-core';
import { useSmtpServer } from '../support/smtp';

const t = useTestCore();
const smtp = useSmtpServer();

const PDF = Buffer.from('%PDF-1.4\n% 数电发票 26320000000012345678\n%%EOF').toString('base64');

async function invoiceToSend(gross = 1_130_000) {
  const c = await t.ok('customers.create', { name: '上海浦江化工有限公司' });
  const inv = await registeredInvoice(t, { customerId: c.id, issueDate: addDays(today(), -2), gross });
  const file = await t.ok('attachments.upload', { filename: 'fapiao.pdf', mime: 'application/pdf', dataBase64: PDF });
  return { customerId: c.id, invoice: inv, fileId: file.id };
}

describe("e-mailing an invoice with the customer's template", () => {
  it('fills the template, sends the file, marks the invoice sent and registers the outgoing letter', async () => {
    await smtp.configure(t);
    const { customerId, invoice, fileId } = await invoiceToSend(1_130_050);
    const template = await t.ok('invoices.mailTemplate.update', {
      customerId,
      email: 'caiwu@pujiang-chem.cn',
      subject: '{{company}}发票{{number}}，金额{{amount}}元',
      body: '{{customer}}：发票 {{number}}（{{date}}），{{amountInWords}}。',
    });
    expect(template).toMatchObject({
      email: 'caiwu@pujiang-chem.cn',
      subject: '{{company}}发票{{number}}，金额{{amount}}元',
    });

    const draft = await t.ok('invoices.mailTemplate.get', { customerId, invoiceId: invoice.id });
    expect(draft.filled).toEqual({
      subject: `杭州恒信机电设备有限公司发票${invoice.number}，金额11,300.50元`,
      body: `上海浦江化工有限公司：发票 ${invoice.number}（${addDays(today(), -2)}），壹万壹仟叁佰元伍角。`,
    });

    const sent = await t.ok('invoices.sendEmail', {
      invoiceId: invoice.id,
      to: [draft.email!],
      cc: ['boss@hengxin.cn'],
      subject: draft.filled!.subject,
      body: draft.filled!.body,
      attachmentIds: [fileId],
    });
    expect(sent).toMatchObject({ deliveryState: 'sent', sentOn: today(), attachmentId: fileId });
    expect(sent.sendings).toEqual([
      expect.objectContaining({ way: 'email', date: today(), emailTo: 'caiwu@pujiang-chem.cn, boss@hengxin.cn' }),
    ]);

    expect(smtp.inbox).toHaveLength(1);
    const mail = smtp.inbox[0]!;
    expect(mail.from).toBe('finance@hengxin.cn');
    expect(mail.to.sort()).toEqual(['boss@hengxin.cn', 'caiwu@pujiang-chem.cn']);
    expect(mail.subject).toBe(`杭州恒信机电设备有限公司发票${invoice.number}，金额11,300.50元`);
    expect(mail.raw).toContain('Content-Type: application/pdf; name=fapiao.pdf');
    expect(mail.raw).toContain(PDF);

    const row = (await t.core.services.db()('invoice_sendings').first()) as { message_id: string };
    expect(row.message_id).toMatch(/@/);

    const letters = await t.ok('register.list', { filters: { kind: 'invoice' } });
    expect(letters.rows).toEqual([
      expect.objectContaining({
        kind: 'invoice',
        direction: 'sent',
        date: today(),
        counterparty: '上海浦江化工有限公司',
        subject: `发票 ${invoice.number}，¥11,300.50`,
        invoiceId: invoice.id,
        invoiceState: 'sent',
        invoiceAckOn: null,
      }),
    ]);
    expect(letters.rows[0]!.number).toMatch(/^DJ\d{4}-00001$/);

    // The invoice's own history: registered, then sent once.
    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'invoice', entity_id: String(invoice.id) })
      .orderBy('id')
      .select('action', 'channel', 'before_json', 'after_json')) as Record<string, string>[];
    expect(audit.map((a) => [a.action, a.channel])).toEqual([
      ['create', 'invoices.create'],
      ['send', 'invoices.sendEmail'],
    ]);
    const send = audit[1]!;
    expect(JSON.parse(send.before_json!)).toEqual({ deliveryState: 'unsent', sentOn: null });
    expect(JSON.parse(send.after_json!)).toMatchObject({ deliveryState: 'sent', sentOn: today(), way: 'email' });
  });

  it('a resend adds a sending and a letter but keeps the first send date', async () => {
    await smtp.configure(t);
    const { invoice, fileId } = await invoiceToSend();
    await t.ok('invoices.sendCourier', {
      invoiceIds: [invoice.id],
      courier: '顺丰',
      trackingNo: 'SF1234567890',
      date: addDays(today(), -1),
    });
    const again = await t.ok('invoices.sendEmail', {
      invoiceId: invoice.id,
      to: ['a@pujiang-chem.cn'],
      subject: '补发发票',
      body: '请查收',
      attachmentIds: [fileId],
    });
    expect(again).toMatchObject({ deliveryState: 'sent', sentOn: addDays(today(), -1) });
    expect(again.sendings.map((s) => s.way)).toEqual(['courier', 'email']);
    expect(await t.count('register_entries')).toBe(2);
  });

  it('without a template the default wording is used, in the caller language', async () => {
    const { customerId, invoice } = await invoiceToSend(100_000);
    const zh = await t.ok('invoices.mailTemplate.get', { customerId, invoiceId: invoice.id });
    expect(zh.subject).toBeNull();
    expect(zh.filled!.subject).toBe(`发票 ${invoice.number}（${addDays(today(), -2)}，¥1,000.00）`);
    expect(zh.filled!.body).toContain('壹仟元整');
    const en = await t.call('invoices.mailTemplate.get', { customerId, invoiceId: invoice.id }, { locale: 'en' });
    expect(en.ok && en.value.filled!.subject).toBe(`invoice ${invoice.number} (${addDays(today(), -2)}, ¥1,000.00)`);
  });

  it('a mail the server refuses writes nothing and says why in plain words', async () => {
    await smtp.configure(t);
    const { invoice, fileId } = await invoiceToSend();
    const before = { sendings: await t.count('invoice_sendings'), letters: await t.count('register_entries') };
    const err = await t.fail('invoices.sendEmail', {
      invoiceId: invoice.id,
      to: ['nobody@refused.example'],
      subject: '发票',
      body: '请查收',
      attachmentIds: [fileId],
    });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^邮件服务器拒绝了这封邮件（.*550.*），请核对收件人地址后重试$/);
    expect(smtp.inbox).toHaveLength(0);
    expect(await t.count('invoice_sendings')).toBe(before.sendings);
    expect(await t.count('register_entries')).toBe(before.letters);
    expect((await t.ok('invoices.delivery', { invoiceId: invoice.id })).deliveryState).toBe('unsent');
  });

  it('a mail server that cannot be reached is named as such, and nothing is written', async () => {
    const { invoice, fileId } = await invoiceToSend();
    await smtp.configure(t, 1); // nothing listens on port 1
    const err = await t.fail('invoices.sendEmail', {
      invoiceId: invoice.id,
      to: ['caiwu@pujiang-chem.cn'],
      subject: '发票',
      body: '请查收',
      attachmentIds: [fileId],
    });
    expect(err.message).toBe('连接不上邮件服务器：请检查网络，以及 设置 › 邮件 中的服务器地址和端口');
    expect(await t.count('invoice_sendings')).toBe(0);
  });

  it('only a PDF or OFD goes out as the invoice file', async () => {
    await smtp.configure(t);
    const { invoice } = await invoiceToSend();
    const png = await t.ok('attachments.upload', {
      filename: 'photo.png',
      mime: 'image/png',
      dataBase64: Buffer.from('png').toString('base64'),
    });
    const err = await t.fail('invoices.sendEmail', {
      invoiceId: invoice.id,
      to: ['caiwu@pujiang-chem.cn'],
      subject: '发票',
      body: '请查收',
      attachmentIds: [png.id],
    });
    expect(err.details?.fields).toEqual([
      { path: 'attachmentIds', message: 'photo.png 不是发票文件：只能附 PDF 或 OFD' },
    ]);
    expect(smtp.inbox).toHaveLength(0);
    const ofd = await t.ok('attachments.upload', {
      filename: 'fapiao.ofd',
      mime: 'application/ofd',
      dataBase64: Buffer.from('PK ofd').toString('base64'),
    });
    await t.ok('invoices.sendEmail', {
      invoiceId: invoice.id,
      to: ['caiwu@pujiang-chem.cn'],
      subject: '发票',
      body: '请查收',
      attachmentIds: [ofd.id],
    });
    expect(smtp.inbox[0]!.raw).toContain('Content-Type: application/ofd; name=fapiao.ofd');
  });
});
