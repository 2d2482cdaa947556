import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import { customer, paid, receivedPayment, registeredInvoice } from '../support/finance';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const MID_JUNE = new Date('2026-06-15T04:00:00Z');

describe('collections: who is overdue and what was said', () => {
  const t = useTestCore();

  async function overdueBook() {
    setClock(MID_JUNE);
    const monthly = await customer(t, '苏州清源水务有限公司', { paymentDays: 30 });
    const cash = await customer(t, '无锡惠联热电有限公司', { paymentDays: 0 });
    const punctual = await customer(t, '常州天宁建设有限公司', { paymentDays: 0 });
    // 月结30天: due 2026-05-01, 45 days overdue; the May invoice falls due on 06-19, not yet.
    await registeredInvoice(t, { customerId: monthly.id, issueDate: '2026-04-01', gross: 100_000 });
    await registeredInvoice(t, { customerId: monthly.id, issueDate: '2026-05-20', gross: 50_000 });
    // Cash terms: due on the invoice date; 100,000 of the March invoice paid, 200,000 open for 106 days.
    const march = await registeredInvoice(t, { customerId: cash.id, issueDate: '2026-03-01', gross: 300_000 });
    await paid(t, march.id, 100_000, '2026-04-10');
    await registeredInvoice(t, { customerId: cash.id, issueDate: '2026-06-14', gross: 20_000 });
    // Due today is not overdue; a paid-up old invoice is not either.
    await registeredInvoice(t, { customerId: punctual.id, issueDate: '2026-06-15', gross: 70_000 });
    const old = await registeredInvoice(t, { customerId: punctual.id, issueDate: '2026-01-05', gross: 8_000 });
    await paid(t, old.id, 8_000, '2026-02-01');
    return { monthly, cash, punctual };
  }

  it('lists customers with invoices past due, most overdue first, with their oldest days and the follow-ups', async () => {
    const { monthly, cash } = await overdueBook();
    await t.ok('collections.log', {
      customerId: monthly.id,
      date: '2026-06-01',
      way: 'phone',
      contact: '钱工',
      content: '财务说月中付款',
      promisedDate: '2026-06-12',
      promisedFen: 60_000,
      nextDate: '2026-06-12',
    });
    await t.ok('collections.log', {
      customerId: monthly.id,
      date: '2026-06-12',
      way: 'visit',
      content: '上门，老板出差未见到',
      nextDate: '2026-06-18',
    });

    const page = await t.ok('collections.overdue', {});
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.customerName, r.overdueFen, r.invoices, r.oldestDays])).toEqual([
      ['无锡惠联热电有限公司', 220_000, 2, 106],
      ['苏州清源水务有限公司', 100_000, 1, 45],
    ]);
    expect(page.rows[0]).toMatchObject({
      customerId: cash.id,
      lastFollowUp: null,
      nextFollowUp: null,
      promisedFen: null,
    });
    // The last visit sets the next date; the promise stays the one made on the phone.
    expect(page.rows[1]).toMatchObject({
      customerId: monthly.id,
      lastFollowUp: '2026-06-12',
      nextFollowUp: '2026-06-18',
      promisedDate: '2026-06-12',
      promisedFen: 60_000,
    });

    const byOldest = await t.ok('collections.overdue', {
      sort: { field: 'oldest', dir: 'desc' },
      pageSize: 1,
      page: 2,
    });
    expect(byOldest).toMatchObject({ total: 2, rows: [{ customerName: '苏州清源水务有限公司' }] });
    expect((await t.ok('collections.overdue', { q: '清源' })).rows.map((r) => r.customerId)).toEqual([monthly.id]);
    // A month earlier only the March invoice was past due (the April one fell due on 05-01).
    const inMay = await t.ok('collections.overdue', { asOf: '2026-05-01' });
    expect(inMay.rows.map((r) => [r.customerName, r.overdueFen, r.oldestDays])).toEqual([
      ['无锡惠联热电有限公司', 200_000, 61],
    ]);
  });

  it('records a follow-up with who made it, audited; bad input is answered beside the field and writes nothing', async () => {
    setClock(MID_JUNE);
    const c = await customer(t, '苏州清源水务有限公司', { paymentDays: 0 });
    const logs = await t.count('collection_logs');
    const audits = await t.count('audit_log');

    const empty = await t.fail('collections.log', {
      customerId: c.id,
      date: '2026-06-15',
      way: 'phone',
      content: '  ',
    });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.details?.fields?.map((f) => f.path)).toEqual(['content']);

    const backwards = await t.fail('collections.log', {
      customerId: c.id,
      date: '2026-06-15',
      way: 'wechat',
      content: '已催',
      nextDate: '2026-06-14',
    });
    expect(backwards.code).toBe('VALIDATION');
    expect(backwards.details?.fields).toEqual([{ path: 'nextDate', message: '下次跟进日期不能早于本次催收日期' }]);
    expect(await t.count('collection_logs')).toBe(logs);
    expect(await t.count('audit_log')).toBe(audits);

    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const logged = await t.call(
      'collections.log',
      { customerId: c.id, date: '2026-06-15', way: 'letter', content: '寄出催款函', nextDate: '2026-06-15' },
      { sessionId: sales },
    );
    expect(logged.ok && logged.value).toMatchObject({ userName: '张丽', way: 'letter', promisedFen: null });
    await t.ok('collections.log', { customerId: c.id, date: '2026-06-10', way: 'email', content: '发对账单' });

    const list = await t.ok('collections.logs', { customerId: c.id });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => r.content)).toEqual(['寄出催款函', '发对账单']);
    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'customer', entity_id: String(c.id), action: 'collectionLog' })
      .orderBy('id')) as { user_name: string; after_json: string }[];
    expect(audit.map((a) => a.user_name)).toEqual(['张丽', expect.any(String)]);
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ content: '寄出催款函' });
  });

  it('keeps one plan per customer and month and compares it with the month’s receipts, cancelled ones aside', async () => {
    setClock(MID_JUNE);
    const a = await customer(t, '苏州清源水务有限公司', { paymentDays: 0 });
    const b = await customer(t, '无锡惠联热电有限公司', { paymentDays: 0 });
    await t.ok('collections.plan.set', { month: '2026-05', customerId: a.id, planned: 500_000, note: null });
    const replanned = await t.ok('collections.plan.set', {
      month: '2026-05',
      customerId: a.id,
      planned: 400_000,
      note: '对方资金紧张',
    });
    expect(replanned).toMatchObject({ planned: 400_000, actual: 0, rate: '0.0', note: '对方资金紧张' });
    expect(await t.count('collection_plans')).toBe(1);
    const audit = (await t.core.services
      .db()('audit_log')
      .where({ entity: 'customer', action: 'collectionPlan' })
      .orderBy('id')) as { before_json: string | null; after_json: string }[];
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ month: '2026-05', planned: 500_000 });
    expect(JSON.parse(audit[1]!.after_json)).toMatchObject({ planned: 400_000 });

    // Month edges: the 30th of April and the 1st of June belong to their own months.
    await receivedPayment(t, { customerId: a.id, date: '2026-04-30', amount: 11_111 });
    await receivedPayment(t, { customerId: a.id, date: '2026-05-01', amount: 100_000 });
    await receivedPayment(t, { customerId: a.id, date: '2026-05-31', amount: 150_000 });
    await receivedPayment(t, { customerId: a.id, date: '2026-05-15', amount: 999_999, cancelled: true });
    await receivedPayment(t, { customerId: a.id, date: '2026-06-01', amount: 22_222 });
    await receivedPayment(t, { customerId: b.id, date: '2026-05-10', amount: 50_000 });

    const may = await t.ok('collections.plan', { month: '2026-05' });
    expect(may.rows.map((r) => [r.customerName, r.planned, r.actual, r.rate])).toEqual([
      ['苏州清源水务有限公司', 400_000, 250_000, '62.5'],
      ['无锡惠联热电有限公司', 0, 50_000, null],
    ]);
    expect(may.totals).toEqual({ planned: 400_000, actual: 300_000, rate: '75.0' });

    const spring = await t.ok('collections.plan', { from: '2026-04', to: '2026-06' });
    expect(spring.months).toEqual([
      { month: '2026-04', planned: 0, actual: 11_111, rate: null },
      { month: '2026-05', planned: 400_000, actual: 300_000, rate: '75.0' },
      { month: '2026-06', planned: 0, actual: 22_222, rate: null },
    ]);
    expect(spring.totals).toEqual({ planned: 400_000, actual: 333_333, rate: '83.3' });

    const bad = await t.fail('collections.plan', { from: '2026-06', to: '2026-04' });
    expect(bad.details?.fields?.[0]?.path).toBe('to');
    const badMonth = await t.fail('collections.plan.set', { month: '2026-13', customerId: a.id, planned: 1 });
    expect(badMonth.details?.fields?.[0]).toEqual({ path: 'month', message: '月份格式应为 年-月，如 2026-03' });
  });
});
