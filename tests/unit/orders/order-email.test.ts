import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, lineOf, phonedOrder, repeatCustomer } from '../support/direct-orders';
import { useSmtpServer } from '../support/smtp';
import { useTestCore } from '../support/test-core';
import { asChange } from './change-input';

const t = useTestCore();
const mail = useSmtpServer();

/** The PDF a mail carries, as text (the attachment is the mail's one base64 part after its PDF header). */
function attachedPdfText(raw: string): string {
  const part = raw.split(/Content-Type: application\/pdf/i)[1]!;
  const base64 = part
    .split(/\r?\n\r?\n/)[1]!
    .split(/\r?\n--/)[0]!
    .replace(/\s+/g, '');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-mail-')), 'c.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** A phoned order of 10 法兰球阀 at list price, confirmed. */
async function confirmedOrder() {
  await mail.configure(t);
  const c = await repeatCustomer(t);
  const { valve } = await catalogue(t);
  const draft = await t.ok('orders.direct.create', phonedOrder(c.id, [lineOf(valve, '10', '113')]));
  await t.ok('orders.direct.confirm', { id: draft.id });
  return { customer: c, valve, order: await t.ok('orders.get', { id: draft.id }) };
}

describe('the customer is sent the (changed) order confirmation', () => {
  it('after a change, e-mails the 订单变更确认书 with its change number, files it in 收发文 and records it on the order', async () => {
    const { customer, order } = await confirmedOrder();
    const change = asChange(order, '客户追加两台');
    change.lines[0]!.quantity = '12';
    await t.ok('orders.change', change);

    const sent = await t.ok('orders.email', { id: order.id, to: ['qiangong@qingyuan-water.cn'] });
    expect(sent.changeNo).toBe(1);
    expect(sent.subject).toBe(`杭州恒信机电设备有限公司 订单变更确认书 ${order.number}（第1次变更）`);
    expect(mail.inbox).toHaveLength(1);
    const received = mail.inbox[0]!;
    expect(received.to).toEqual(['qiangong@qingyuan-water.cn']);
    expect(received.subject).toBe(sent.subject);
    const text = attachedPdfText(received.raw);
    expect(text).toContain('订单变更确认书');
    expect(text).toContain('第1次变更');
    expect(text).toContain(customer.name);
    // 12 × 113.00
    expect(text).toContain('1,356.00');
    expect(text).toContain('壹仟叁佰伍拾陆元整');

    const letters = await t.ok('register.list', { filters: { orderId: order.id } });
    expect(letters.rows).toHaveLength(1);
    expect(letters.rows[0]).toMatchObject({
      number: sent.registerNumber,
      kind: 'contract',
      direction: 'sent',
      counterparty: customer.name,
    });
    const history = await t.ok('audit.forEntity', { entity: 'order', entityId: String(order.id) });
    expect(history[0]).toMatchObject({ action: 'send', channel: 'orders.email' });
    expect(history[0]!.after).toMatchObject({ to: ['qiangong@qingyuan-water.cn'], changeNo: 1 });

    // Renamed later, the customer's confirmation still prints as it was sent.
    const live = await t.ok('customers.get', { id: customer.id });
    await t.ok('customers.update', {
      id: customer.id,
      lockVersion: live.lockVersion,
      data: { ...live, name: '苏州清源水务集团有限公司' },
    });
    const reprint = await t.ok('orders.printContract', { id: order.id });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-contract-')), 'c.pdf');
    fs.writeFileSync(file, Buffer.from(reprint.dataBase64, 'base64'));
    const again = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(again).toContain(customer.name);
    expect(again).not.toContain('苏州清源水务集团有限公司');
  });

  it('the first confirmation is a 销售合同; a draft cannot be sent, and a refused mail files nothing', async () => {
    const { customer, valve, order } = await confirmedOrder();
    const refused = await t.fail('orders.email', { id: order.id, to: ['nobody@refused.example'] });
    expect(refused.code).toBe('CONFLICT');
    expect(await t.count('register_entries')).toBe(0);

    const sent = await t.ok('orders.email', { id: order.id, to: ['qiangong@qingyuan-water.cn'] });
    expect(sent).toMatchObject({ changeNo: 0, subject: `杭州恒信机电设备有限公司 销售合同 ${order.number}` });

    // The next phoned order, still a draft.
    const draft = await t.ok('orders.direct.create', phonedOrder(customer.id, [lineOf(valve, '1', '113')]));
    const before = await t.count('audit_log');
    const err = await t.fail('orders.email', { id: draft.id, to: ['a@b.cn'] });
    expect(err).toMatchObject({ code: 'CONFLICT', message: `销售合同 ${draft.number} 状态为「草稿」，不能发送给客户` });
    expect(mail.inbox).toHaveLength(1);
    expect(await t.count('audit_log')).toBe(before);
  });
});
