import { describe, expect, it } from 'vitest';
import { addDays, setClock, today } from '../../../electron/core/dates';
import type { Out } from '../../../electron/shared/contracts';
import { checkedNotes, deliveredNote } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

type Sections = Out<'home.queue'>['sections'];
const queueOf = async (sessionId: string, limit?: number): Promise<Sections> => {
  const r = await t.call('home.queue', limit ? { limit } : {}, { sessionId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.sections;
};
const sectionOf = (sections: Sections, key: string) => {
  const s = sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key} among ${sections.map((x) => x.key).join(', ')}`);
  return s;
};

const customer = (name: string, more: { creditLimit?: number | null } = {}) =>
  t.ok('customers.create', { name, ...more });

/** A quote without a cost sheet: submitting it asks for the manager's approval. */
async function submittedQuote(customerId: number, project: string, validDays = 15) {
  const q = await t.ok('quotes.create', {
    customerId,
    quoteDate: today(),
    project,
    validDays,
    lines: [{ name: '电磁流量计', spec: 'LDG-150', unit: '台', quantity: '2', unitPrice: '6800' }],
  });
  return t.ok('quotes.submit', { id: q.id });
}

/** A quote approved and faxed to the customer, valid for `validDays`. */
async function sentQuote(customerId: number, validDays = 15) {
  const q = await submittedQuote(customerId, '二期', validDays);
  await t.ok('quotes.approve', { id: q.id, comment: null });
  return t.ok('quotes.markSent', { id: q.id, via: 'fax' });
}

describe('the manager', () => {
  it('sees the quotes and orders waiting for approval, counted exactly, the longest waiting first', async () => {
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const c = await customer('苏州工业园区清源华衍水务有限公司');
    const first = await submittedQuote(c.id, '一期');
    const second = await submittedQuote(c.id, '二期');
    expect([first.status, second.status]).toEqual(['pending_approval', 'pending_approval']);
    const phoned = await t.call(
      'orders.direct.create',
      {
        customerId: c.id,
        orderDate: today(),
        dueDate: null,
        lines: [{ name: '密封垫片', spec: 'DN50', unit: '片', quantity: '20', unitPrice: '5' }],
      },
      { sessionId: sales },
    );
    if (!phoned.ok) throw new Error(phoned.error.message);
    const pending = await t.call('orders.direct.confirm', { id: phoned.value.id }, { sessionId: sales });
    expect(pending.ok && pending.value.approval).toBe('pending');
    // An approved quote is no longer waiting.
    await sentQuote(c.id);

    const sections = await queueOf(manager, 2);
    expect(sections.map((s) => s.key)).toEqual(['approvals', 'blockedNotices']);
    const approvals = sectionOf(sections, 'approvals');
    expect(approvals.total).toBe(3);
    expect(approvals.rows).toEqual([
      {
        kind: 'quote',
        id: first.id,
        number: `${first.number} V1`,
        customerName: c.name,
        date: today(),
        gross: 1_360_000,
        note: '管理员',
        days: null,
        late: false,
        runStatus: null,
      },
      expect.objectContaining({ kind: 'quote', id: second.id }),
    ]);
    const all = sectionOf(await queueOf(manager), 'approvals');
    expect(all.rows.map((r) => [r.kind, r.id])).toEqual([
      ['quote', first.id],
      ['quote', second.id],
      ['order', phoned.value.id],
    ]);
    expect(all.rows[2]).toMatchObject({ number: phoned.value.number, gross: 10_000, note: '张丽' });

    await t.call('quotes.approve', { id: first.id, comment: null }, { sessionId: manager });
    expect(sectionOf(await queueOf(manager), 'approvals').total).toBe(2);
  });

  it('sees the draft notices the credit check would refuse, until he releases them', async () => {
    const manager = await loggedIn(t, 'manager', 'chenjl', '陈经理');
    const { order, lineIds } = await wonOrder(t, { customer: { creditLimit: 1_000_000 } });
    // Two 电磁流量计 (13,600.00) pass the 10,000.00 limit; one 法兰球阀 (1,860.50) does not.
    const over = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '2' }],
    });
    await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[1]!, quantity: '1' }],
    });
    // A customer without a limit or debt is never blocked, however large the notice.
    const free = await wonOrder(t, { customer: { name: '无额度限制有限公司' } });
    await t.ok('deliveries.notices.create', {
      orderId: free.order.id,
      date: today(),
      lines: [{ orderLineId: free.lineIds[0]!, quantity: '10' }],
    });

    const blocked = sectionOf(await queueOf(manager), 'blockedNotices');
    expect(blocked).toEqual({
      key: 'blockedNotices',
      total: 1,
      late: 0,
      rows: [
        {
          kind: 'notice',
          id: over.id,
          number: over.number,
          customerName: '苏州工业园区清源华衍水务有限公司',
          date: today(),
          gross: 1_360_000,
          note: '超出信用额度 ¥3,600.00（额度 ¥10,000.00，已占用 ¥0.00，本次 ¥13,600.00）',
          days: null,
          late: false,
          runStatus: null,
        },
      ],
    });

    await t.call(
      'receivables.credit.release',
      { checkpoint: 'notice', documentId: over.id, reason: '客户已承诺月底付款' },
      { sessionId: manager },
    );
    expect(sectionOf(await queueOf(manager), 'blockedNotices')).toMatchObject({ total: 0, rows: [] });
  });
});

describe('the sales assistant', () => {
  it('sees follow-ups due (the overdue ones late), quotes expiring within 7 days, and confirmed orders with no notice', async () => {
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    const c = await customer('北京华联综合超市有限公司');
    const yesterday = await sentQuote(c.id);
    const due = await sentQuote(c.id);
    const later = await sentQuote(c.id);
    for (const [q, next] of [
      [yesterday, addDays(today(), -1)],
      [due, today()],
      [later, addDays(today(), 1)],
    ] as const)
      await t.ok('quotes.followups.add', {
        quoteId: q.id,
        date: addDays(today(), -3),
        way: 'phone',
        customerSaid: `客户说再比较一下 ${q.number}`,
        nextDate: next,
      });
    const expiring = await sentQuote(c.id, 3);
    const lastDay = await sentQuote(c.id, 7);
    await sentQuote(c.id, 8);

    const bare = await wonOrder(t, { customer: { name: '无锡华光锅炉股份有限公司' } });
    const noticed = await wonOrder(t, { customer: { name: '常州天合光能有限公司' } });
    await t.ok('deliveries.notices.create', {
      orderId: noticed.order.id,
      date: today(),
      lines: [{ orderLineId: noticed.lineIds[0]!, quantity: '1' }],
    });
    const calledOff = await wonOrder(t, { customer: { name: '南通中远海运川崎船舶工程有限公司' } });
    const cancelled = await t.ok('deliveries.notices.create', {
      orderId: calledOff.order.id,
      date: today(),
      lines: [{ orderLineId: calledOff.lineIds[0]!, quantity: '1' }],
    });
    await t.ok('deliveries.notices.cancel', { id: cancelled.id, reason: '客户改期' });

    const sections = await queueOf(sales);
    expect(sections.map((s) => s.key)).toEqual(['followUps', 'expiringQuotes', 'ordersUnnoticed']);

    const followUps = sectionOf(sections, 'followUps');
    expect(followUps).toMatchObject({ total: 2, late: 1 });
    expect(followUps.rows.map((r) => [r.id, r.date, r.late])).toEqual([
      [yesterday.id, addDays(today(), -1), true],
      [due.id, today(), false],
    ]);
    expect(followUps.rows[0]!.note).toBe(`客户说再比较一下 ${yesterday.number}`);

    // Valid 15 days is not soon; 3 and 7 days are, the soonest first; 8 days is not.
    const soon = sectionOf(sections, 'expiringQuotes');
    expect(soon.total).toBe(2);
    expect(soon.rows.map((r) => [r.id, r.days, r.date])).toEqual([
      [expiring.id, 3, addDays(today(), 3)],
      [lastDay.id, 7, addDays(today(), 7)],
    ]);

    const unnoticed = sectionOf(sections, 'ordersUnnoticed');
    expect(unnoticed.total).toBe(2);
    expect(unnoticed.rows.map((r) => [r.kind, r.id, r.customerName, r.gross])).toEqual([
      ['order', bare.order.id, '无锡华光锅炉股份有限公司', 7_916_300],
      ['order', calledOff.order.id, '南通中远海运川崎船舶工程有限公司', 7_916_300],
    ]);
  });
});

describe('the dispatch clerk', () => {
  it('sees the notes to check, today’s runs and the 回单 not back (late after 7 days)', async () => {
    const dispatch = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const [onRun, tomorrow] = await checkedNotes(t, 2);
    const { order, lineIds } = await wonOrder(t, {
      lines: [{ name: '潜水排污泵', spec: 'WQ50-10-3', unit: '台', quantity: '100', unitPrice: '2600' }],
    });
    // Three notes prepared (one a notice), none checked yet.
    const prepared = [];
    for (const packages of [1, 2, 3]) {
      const notice = await t.ok('deliveries.notices.create', {
        orderId: order.id,
        date: today(),
        lines: [{ orderLineId: lineIds[0]!, quantity: String(packages) }],
      });
      await t.ok('deliveries.notices.confirm', { id: notice.id });
      prepared.push(await t.ok('deliveries.notes.create', { noticeId: notice.id, date: today(), packages }));
    }

    const run = await t.ok('dispatch.runs.create', {
      date: today(),
      vehicle: '苏E·3K721',
      driver: '李师傅',
      noteIds: [onRun!],
    });
    await t.ok('dispatch.runs.create', {
      date: addDays(today(), 1),
      vehicle: '苏E·5L302',
      driver: '赵师傅',
      noteIds: [tomorrow!],
    });

    // One note delivered ten days ago (its 回单 is late), one today.
    const day = today();
    setClock(new Date(`${addDays(day, -10)}T10:00:00`));
    const old = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
    });
    await t.ok('deliveries.notices.confirm', { id: old.id });
    const longAgo = await deliveredNote(t, old.id);
    setClock(null);
    const fresh = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '1' }],
    });
    await t.ok('deliveries.notices.confirm', { id: fresh.id });
    const justNow = await deliveredNote(t, fresh.id);

    const sections = await queueOf(dispatch, 2);
    expect(sections.map((s) => s.key)).toEqual(['notesToCheck', 'runsToday', 'receiptsMissing']);

    const toCheck = sectionOf(sections, 'notesToCheck');
    expect(toCheck.total).toBe(3);
    expect(toCheck.rows.map((r) => r.id)).toEqual([prepared[0]!.id, prepared[1]!.id]);
    expect(toCheck.rows[0]).toMatchObject({ kind: 'note', customerName: '苏州工业园区清源华衍水务有限公司' });

    expect(sectionOf(sections, 'runsToday')).toEqual({
      key: 'runsToday',
      total: 1,
      late: 0,
      rows: [
        {
          kind: 'run',
          id: run.id,
          number: run.number,
          customerName: null,
          date: today(),
          gross: null,
          note: '苏E·3K721 李师傅',
          days: null,
          late: false,
          runStatus: 'planned',
        },
      ],
    });

    const receipts = sectionOf(sections, 'receiptsMissing');
    expect(receipts).toMatchObject({ total: 2, late: 1 });
    expect(receipts.rows.map((r) => [r.id, r.date, r.days, r.late])).toEqual([
      [longAgo.id, addDays(day, -10), 10, true],
      [justNow.id, day, 0, false],
    ]);

    // The signed 回单 comes back: it leaves the queue.
    await t.ok('deliveries.notes.receipt', { id: longAgo.id, signer: '钱工', date: today() });
    expect(sectionOf(await queueOf(dispatch), 'receiptsMissing')).toMatchObject({ total: 1, late: 0 });
  });
});

describe('whose queue', () => {
  it('each role sees its own sections only; the purchaser has none; the admin all of them', async () => {
    const dispatch = await loggedIn(t, 'dispatch', 'wangqiang', '王强');
    const sales = await loggedIn(t, 'sales', 'zhangli', '张丽');
    await t.ok('users.create', { username: 'liuyang', displayName: '刘洋', role: 'purchaser' });
    const purchaser = (await t.ok('auth.login', { username: 'liuyang' })).sessionId;
    const c = await customer('苏州工业园区清源华衍水务有限公司');
    await submittedQuote(c.id, '一期');

    expect((await queueOf(dispatch)).map((s) => s.key)).not.toContain('approvals');
    expect((await queueOf(sales)).map((s) => s.key)).not.toContain('approvals');
    expect(await queueOf(purchaser)).toEqual([]);
    const admin = await queueOf(t.sessionId);
    expect(admin.map((s) => s.key)).toEqual([
      'approvals',
      'blockedNotices',
      'followUps',
      'expiringQuotes',
      'ordersUnnoticed',
      'notesToCheck',
      'runsToday',
      'receiptsMissing',
    ]);
    expect(sectionOf(admin, 'approvals').total).toBe(1);
    expect((await t.core.call('home.queue', {}, {})).ok).toBe(false);
    expect((await t.fail('home.queue', { limit: 0 })).code).toBe('VALIDATION');
  });
});
