import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { today } from '../../../electron/core/dates';

const t = useTestCore();

async function sentQuote(name = '武汉长江船舶配件有限公司') {
  const c = await t.ok('customers.create', {
    name,
    addresses: [{ address: '武汉市青山区冶金大道18号', isDefault: true }],
  });
  const q = await t.ok('quotes.create', {
    customerId: c.id,
    contactName: '郑涛',
    contactPhone: '13971012345',
    project: '船用泵备件',
    quoteDate: today(),
    paymentTerms: '30%预付，70%验收后',
    lines: [
      { name: '离心泵', spec: 'CR 10-6', unit: '台', quantity: '2', unitPrice: '12800' },
      { kind: 'freight', name: '运费', unit: '项', quantity: '1', unitPrice: '500', taxRate: '0.09' },
    ],
    costLines: [{ lineNo: 1, name: '离心泵', quantity: '2', unitCost: '9000' }],
  });
  await t.ok('quotes.submit', { id: q.id });
  return t.ok('quotes.markSent', { id: q.id, via: 'email' });
}

describe('follow-ups: the sales assistant knows whom to call today', () => {
  it('lists open quotes whose next follow-up is due or overdue, by the latest entry', async () => {
    const a = await sentQuote();
    const b = await sentQuote('上海浦江化工有限公司');
    await t.ok('quotes.followups.add', {
      quoteId: a.id,
      date: '2026-11-20',
      way: 'phone',
      customerSaid: '在比价，下周答复',
      competitor: '某泵业',
      competitorPrice: '12000',
      nextDate: '2026-11-23',
    });
    await t.ok('quotes.followups.add', {
      quoteId: b.id,
      date: '2026-11-22',
      way: 'visit',
      customerSaid: '技术已确认',
      nextDate: '2026-11-24',
    });
    await t.ok('quotes.followups.add', {
      quoteId: b.id,
      date: '2026-11-23',
      way: 'wechat',
      customerSaid: '等领导签字',
      nextDate: '2026-11-30',
    });

    const due = await t.ok('quotes.followups.due', { on: '2026-11-24' });
    expect(due.rows).toEqual([
      expect.objectContaining({
        quoteId: a.id,
        customerName: '武汉长江船舶配件有限公司',
        nextDate: '2026-11-23',
        overdue: true,
        lastSaid: '在比价，下周答复',
      }),
    ]);
    expect((await t.ok('quotes.followups.due', { on: '2026-11-30' })).rows.map((d) => [d.quoteId, d.overdue])).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
    // Bounded: the count of all that are due, and only the first by date.
    const first = await t.ok('quotes.followups.due', { on: '2026-11-30', limit: 1 });
    expect(first.total).toBe(2);
    expect(first.rows.map((d) => d.quoteId)).toEqual([a.id]);
    const log = await t.ok('quotes.followups.list', { quoteId: b.id });
    expect(log.map((f) => f.customerSaid)).toEqual(['等领导签字', '技术已确认']);
    expect(log[0]).toMatchObject({ way: 'wechat', userName: '管理员' });
  });

  it('a won quote drops off the list', async () => {
    const a = await sentQuote();
    await t.ok('quotes.followups.add', {
      quoteId: a.id,
      date: '2026-11-20',
      way: 'phone',
      customerSaid: '基本同意',
      nextDate: '2026-11-21',
    });
    await t.ok('quotes.outcome', { id: a.id, outcome: 'won' });
    expect((await t.ok('quotes.followups.due', { on: '2026-11-24' })).rows).toEqual([]);
  });
});

describe('sales orders: a won quote becomes a contract', () => {
  it('carries the lines, prices, terms and the default delivery address over, numbered HT', async () => {
    const q = await sentQuote();
    expect((await t.fail('orders.createFromQuote', { quoteId: q.id, orderDate: '2026-11-25' })).message).toBe(
      '只有已成交的报价单才能生成销售合同',
    );
    await t.ok('quotes.outcome', { id: q.id, outcome: 'won' });
    const order = await t.ok('orders.createFromQuote', {
      quoteId: q.id,
      customerPo: 'PO-2026-0418',
      orderDate: '2026-11-25',
      dueDate: '2026-12-20',
    });
    expect(order).toMatchObject({
      number: 'HT2026-00001',
      quoteNumber: q.number,
      customerName: '武汉长江船舶配件有限公司',
      customerPo: 'PO-2026-0418',
      deliveryAddress: '武汉市青山区冶金大道18号',
      paymentTerms: '30%预付，70%验收后',
      status: 'confirmed',
      totals: q.totals,
    });
    expect(order.lines.map((l) => [l.name, l.quantity, l.unitPrice, l.gross, l.dueDate])).toEqual([
      ['离心泵', '2', '12800', 2_560_000, '2026-12-20'],
      ['运费', '1', '500', 50_000, '2026-12-20'],
    ]);
    expect(order.amountInWords).toBe('贰万陆仟壹佰元整');
    const again = await t.fail('orders.createFromQuote', { quoteId: q.id, orderDate: '2026-11-25' });
    expect(again.message).toBe(`报价单 ${q.number} 已生成销售合同 HT2026-00001`);
    expect((await t.ok('orders.list', { q: 'po-2026' })).rows.map((r) => r.number)).toEqual(['HT2026-00001']);
  });

  it('a dispatch clerk can read orders but not create them', async () => {
    await t.ok('users.create', { username: 'wangqiang', displayName: '王强', role: 'dispatch' });
    const { sessionId } = await t.ok('auth.login', { username: 'wangqiang' });
    expect((await t.call('orders.list', {}, { sessionId })).ok).toBe(true);
    expect((await t.fail('orders.createFromQuote', { quoteId: 1, orderDate: '2026-11-25' }, { sessionId })).code).toBe(
      'FORBIDDEN',
    );
  });
});
