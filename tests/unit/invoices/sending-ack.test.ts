import { describe, expect, it } from 'vitest';
import { addDays, setClock, today } from '../../../electron/core/dates';
import { registeredInvoice } from '../support/finance';
import { useTestCore } from '../support/test-core';
import { useSmtpServer } from '../support/smtp';

const t = useTestCore();
const smtp = useSmtpServer();

const daysAgo = (n: number) => addDays(today(), -n);

async function customerWithInvoices(name: string, grosses: number[], issued = daysAgo(30)) {
  const c = await t.ok('customers.create', { name });
  const invoices = [];
  for (const gross of grosses)
    invoices.push(await registeredInvoice(t, { customerId: c.id, issueDate: issued, gross }));
  return { customerId: c.id, invoices };
}

describe('courier, by hand and tax account', () => {
  it('several invoices in one courier envelope: each sent, each registered with the tracking number', async () => {
    const { invoices } = await customerWithInvoices('苏州工业园区恒达精密', [565_000, 1_130_000, 22_600]);
    const sent = await t.ok('invoices.sendCourier', {
      invoiceIds: invoices.map((i) => i.id),
      courier: '顺丰速运',
      trackingNo: 'SF1403558123',
      date: daysAgo(1),
    });
    expect(sent.map((d) => [d.number, d.deliveryState, d.sentOn])).toEqual(
      invoices.map((i) => [i.number, 'sent', daysAgo(1)]),
    );
    expect(sent[0]!.sendings[0]).toMatchObject({ way: 'courier', courier: '顺丰速运', trackingNo: 'SF1403558123' });
    const letters = await t.ok('register.list', {
      filters: { kind: 'invoice' },
      sort: { field: 'number', dir: 'asc' },
    });
    expect(letters.rows.map((r) => r.subject)).toEqual([
      `发票 ${invoices[0]!.number}，¥5,650.00`,
      `发票 ${invoices[1]!.number}，¥11,300.00`,
      `发票 ${invoices[2]!.number}，¥226.00`,
    ]);
    const detail = await t.ok('register.get', { id: letters.rows[0]!.id });
    expect(detail.summary).toBe('快递：顺丰速运 SF1403558123');
  });

  it("one envelope holds one customer's invoices; a date before issue or after today is refused; nothing written", async () => {
    const a = await customerWithInvoices('甲公司', [100_00], daysAgo(5));
    const b = await customerWithInvoices('乙公司', [200_00], daysAgo(5));
    const mixed = await t.fail('invoices.sendCourier', {
      invoiceIds: [a.invoices[0]!.id, b.invoices[0]!.id],
      courier: '顺丰',
      trackingNo: 'SF1',
      date: today(),
    });
    expect(mixed.details?.fields).toEqual([{ path: 'invoiceIds', message: '一次寄送或面交的发票须属于同一客户' }]);
    const early = await t.fail('invoices.sendByHand', {
      invoiceIds: [a.invoices[0]!.id],
      handedTo: '王会计',
      date: daysAgo(6),
    });
    expect(early.details?.fields).toEqual([
      { path: 'date', message: `发票 ${a.invoices[0]!.number} 的开票日期是 ${daysAgo(5)}，送出日期不能更早` },
    ]);
    const future = await t.fail('invoices.sendTaxAccount', {
      invoiceIds: [a.invoices[0]!.id],
      date: addDays(today(), 1),
    });
    expect(future.details?.fields).toEqual([{ path: 'date', message: '日期不能晚于今天' }]);
    expect(await t.count('invoice_sendings')).toBe(0);
    expect(await t.count('register_entries')).toBe(0);
    // The tax account reaches each buyer on its own: different customers in one go are fine.
    const pushed = await t.ok('invoices.sendTaxAccount', {
      invoiceIds: [a.invoices[0]!.id, b.invoices[0]!.id],
      date: today(),
    });
    expect(pushed.map((d) => d.deliveryState)).toEqual(['sent', 'sent']);
  });
});

describe('回执 (acknowledgment)', () => {
  it('recorded with date, signer and scan after sending; the register shows it', async () => {
    const { invoices } = await customerWithInvoices('上海浦江化工', [1_130_000]);
    const inv = invoices[0]!;
    expect((await t.fail('invoices.acknowledge', { invoiceId: inv.id, date: today(), signer: '陈思远' })).message).toBe(
      `发票 ${inv.number} 尚未送出，不能登记回执`,
    );
    await t.ok('invoices.sendByHand', { invoiceIds: [inv.id], handedTo: '陈思远', date: daysAgo(3) });
    const tooEarly = await t.fail('invoices.acknowledge', { invoiceId: inv.id, date: daysAgo(4), signer: '陈思远' });
    expect(tooEarly.details?.fields).toEqual([{ path: 'date', message: `回执日期不能早于送出日期 ${daysAgo(3)}` }]);
    expect((await t.ok('invoices.delivery', { invoiceId: inv.id })).deliveryState).toBe('sent');

    const scan = await t.ok('attachments.upload', {
      filename: 'huizhi.jpg',
      mime: 'image/jpeg',
      dataBase64: Buffer.from('jpeg').toString('base64'),
    });
    const ack = await t.ok('invoices.acknowledge', {
      invoiceId: inv.id,
      date: daysAgo(2),
      signer: '陈思远',
      attachmentId: scan.id,
    });
    expect(ack).toMatchObject({
      deliveryState: 'acknowledged',
      acknowledgedOn: daysAgo(2),
      ackSigner: '陈思远',
      ackAttachmentId: scan.id,
      sentOn: daysAgo(3),
    });
    const again = await t.fail('invoices.acknowledge', { invoiceId: inv.id, date: today(), signer: '别人' });
    expect(again.message).toBe(`发票 ${inv.number} 已于 ${daysAgo(2)} 登记回执`);

    const letters = await t.ok('register.list', { filters: { kind: 'invoice' } });
    expect(letters.rows[0]).toMatchObject({
      invoiceState: 'acknowledged',
      invoiceAckOn: daysAgo(2),
      invoiceAckSigner: '陈思远',
    });
    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'invoice', action: 'acknowledge' })
      .select('after_json')) as { after_json: string }[];
    expect(audit.map((a) => JSON.parse(a.after_json))).toEqual([
      { deliveryState: 'acknowledged', acknowledgedOn: daysAgo(2), ackSigner: '陈思远', ackAttachmentId: scan.id },
    ]);
  });
});

describe('sent and not acknowledged (待回执)', () => {
  it('lists invoices waiting at least N days, oldest first, with days waiting', async () => {
    setClock(new Date('2026-11-30T09:00:00'));
    const { invoices } = await customerWithInvoices('杭州滨江电气', [100_000, 200_000, 300_000, 400_000], '2026-11-01');
    const send = (i: number, date: string) =>
      t.ok('invoices.sendCourier', { invoiceIds: [invoices[i]!.id], courier: '中通', trackingNo: `ZT${i}`, date });
    await send(0, '2026-11-22'); // 8 days
    await send(1, '2026-11-10'); // 20 days
    await send(2, '2026-11-25'); // 5 days
    await send(3, '2026-11-05'); // 25 days, but acknowledged
    await t.ok('invoices.acknowledge', { invoiceId: invoices[3]!.id, date: '2026-11-08', signer: '李' });

    const waiting = await t.ok('invoices.unacknowledged', {});
    expect(waiting.days).toBe(7);
    expect(waiting.total).toBe(2);
    expect(waiting.rows.map((r) => [r.number, r.sentOn, r.daysWaiting, r.grossFen])).toEqual([
      [invoices[1]!.number, '2026-11-10', 20, 200_000],
      [invoices[0]!.number, '2026-11-22', 8, 100_000],
    ]);
    const three = await t.ok('invoices.unacknowledged', { filters: { days: 3 }, pageSize: 2, page: 2 });
    expect([three.total, three.rows.map((r) => r.number)]).toEqual([3, [invoices[2]!.number]]);

    // The wait is a setting: at 10 days only the invoice sent 20 days ago is listed.
    const settings = await t.ok('receivables.settings.get', {});
    await t.ok('receivables.settings.update', { ...settings, ackReminderDays: 10 });
    const ten = await t.ok('invoices.unacknowledged', {});
    expect([ten.days, ten.rows.map((r) => r.number)]).toEqual([10, [invoices[1]!.number]]);
  });

  it('a phone reminder is recorded on each invoice; an e-mail reminder goes to the invoice address', async () => {
    await smtp.configure(t);
    const { customerId, invoices } = await customerWithInvoices('无锡新区华光仪表', [113_000, 226_000]);
    for (const inv of invoices)
      await t.ok('invoices.sendCourier', { invoiceIds: [inv.id], courier: 'EMS', trackingNo: 'E1', date: daysAgo(10) });
    const ids = invoices.map((i) => i.id);

    const noAddress = await t.fail('invoices.remind', { invoiceIds: ids, way: 'email' });
    expect(noAddress.message).toBe('客户 无锡新区华光仪表 没有收票邮箱，请先在邮件模板中填写');
    expect(smtp.inbox).toHaveLength(0);

    await t.ok('invoices.remind', { invoiceIds: [ids[0]!], way: 'phone', note: '财务王姐说本周内寄回回执' });
    await t.ok('invoices.mailTemplate.update', { customerId, email: 'wang@huaguang.cn', subject: null, body: null });
    const reminded = await t.ok('invoices.remind', { invoiceIds: ids, way: 'email' });
    expect(reminded.map((d) => d.remindedOn)).toEqual([today(), today()]);
    expect(reminded[0]!.sendings.map((s) => s.way)).toEqual(['courier', 'remind_phone', 'remind_email']);
    expect(reminded[0]!.sendings[1]!.note).toBe('财务王姐说本周内寄回回执');

    expect(smtp.inbox).toHaveLength(1);
    expect(smtp.inbox[0]!.to).toEqual(['wang@huaguang.cn']);
    expect(smtp.inbox[0]!.subject).toBe('杭州恒信机电设备有限公司 请确认收到发票');

    const list = await t.ok('invoices.unacknowledged', {});
    expect(list.rows.map((r) => [r.remindedOn, r.lastReminderWay])).toEqual([
      [today(), 'remind_email'],
      [today(), 'remind_email'],
    ]);
    const audit = (await t.core.services.db()('audit_log').where({ entity: 'invoice', action: 'remind' })) as unknown[];
    expect(audit).toHaveLength(3);
  });

  it('an acknowledged invoice is not reminded about', async () => {
    const { invoices } = await customerWithInvoices('某客户', [1000]);
    const inv = invoices[0]!;
    await t.ok('invoices.sendByHand', { invoiceIds: [inv.id], handedTo: '张', date: daysAgo(9) });
    await t.ok('invoices.acknowledge', { invoiceId: inv.id, date: daysAgo(9), signer: '张' });
    const err = await t.fail('invoices.remind', { invoiceIds: [inv.id], way: 'phone' });
    expect(err.message).toBe(`发票 ${inv.number} 不在待回执状态，无需催要回执`);
    expect(await t.count('invoice_sendings')).toBe(1);
  });
});

describe('who may send', () => {
  it('a dispatch clerk can neither send, acknowledge, remind nor see the list; sales can', async () => {
    const { customerId, invoices } = await customerWithInvoices('某客户', [1000]);
    const inv = invoices[0]!;
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const dispatch = { sessionId: (await t.ok('auth.login', { username: 'wangqiang' })).sessionId };
    const courier = { invoiceIds: [inv.id], courier: '顺丰', trackingNo: 'SF9', date: today() };
    for (const [channel, input] of [
      ['invoices.sendCourier', courier],
      ['invoices.sendByHand', { invoiceIds: [inv.id], handedTo: '张', date: today() }],
      ['invoices.acknowledge', { invoiceId: inv.id, date: today(), signer: '张' }],
      ['invoices.remind', { invoiceIds: [inv.id], way: 'phone' }],
      ['invoices.unacknowledged', {}],
      ['invoices.mailTemplate.update', { customerId, email: 'x@y.cn' }],
    ] as const)
      expect((await t.fail(channel, input, dispatch)).code).toBe('FORBIDDEN');
    expect(await t.count('invoice_sendings')).toBe(0);

    await t.ok('users.create', { username: 'zhangli', displayName: '张丽', role: 'sales' });
    const sales = { sessionId: (await t.ok('auth.login', { username: 'zhangli' })).sessionId };
    const r = await t.call('invoices.sendCourier', courier, sales);
    expect(r.ok && r.value[0]!.sendings[0]!.userName).toBe('张丽');
  });
});
