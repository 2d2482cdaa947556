import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import type { TenderInput } from '../../../electron/shared/bids/tenders/contract';
import '../support/reset-clock';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

/** A school's tender for classroom projectors, in two lots, as the notice prints it. */
const schoolTender: TenderInput = {
  projectName: '苏州市实验小学多媒体教室设备采购',
  tenderNo: 'SZCG-2026-0417',
  purchaserName: '苏州市实验小学',
  agentName: '江苏中诚招标代理有限公司',
  evaluationMethod: 'comprehensive',
  originals: 1,
  copies: 4,
  questionsDeadline: '2026-05-10 17:00',
  submissionDeadline: '2026-05-20 09:30',
  openingAt: '2026-05-20 09:30',
  openingPlace: '苏州市公共资源交易中心 3楼 开标室',
  remindDays: 3,
  lots: [
    { lotNo: '1', name: '投影机', budget: 48_000_000 },
    { lotNo: '2', name: '电子白板', budget: 36_000_000 },
  ],
  requiredDocs: [{ name: '营业执照副本复印件' }, { name: '法定代表人授权书' }, { name: '厂家授权书', note: '原件' }],
};

const fieldsOf = (e: { details?: { fields?: { path: string; message: string }[] } }) =>
  (e.details?.fields ?? []).map((f) => f.path);

describe('the sales assistant registers a tender', () => {
  it('a tender with its lots and the documents in the order the tender prescribes; moving one up keeps them all', async () => {
    const created = await t.ok('bids.tenders.create', schoolTender);
    expect(created.status).toBe('preparing');
    expect(created.lots.map((l) => [l.lotNo, l.name, l.budget])).toEqual([
      ['1', '投影机', 48_000_000],
      ['2', '电子白板', 36_000_000],
    ]);
    expect(created.requiredDocs.map((d) => d.name)).toEqual(['营业执照副本复印件', '法定代表人授权书', '厂家授权书']);

    const [licence, power, maker] = created.requiredDocs;
    const moved = await t.ok('bids.tenders.update', {
      id: created.id,
      lockVersion: created.lockVersion,
      data: {
        ...schoolTender,
        copies: 2,
        lots: created.lots.map((l) => ({ id: l.id, lotNo: l.lotNo, name: l.name, budget: l.budget })),
        requiredDocs: [maker!, licence!, power!].map((d) => ({ id: d.id, name: d.name, note: d.note })),
      },
    });
    expect(moved.requiredDocs.map((d) => [d.id, d.name])).toEqual([
      [maker!.id, '厂家授权书'],
      [licence!.id, '营业执照副本复印件'],
      [power!.id, '法定代表人授权书'],
    ]);
    expect(moved.copies).toBe(2);
    expect(await t.count('tender_required_docs')).toBe(3);

    const stale = await t.fail('bids.tenders.update', {
      id: created.id,
      lockVersion: created.lockVersion,
      data: schoolTender,
    });
    expect(stale.code).toBe('CONFLICT');

    const log = await t.ok('audit.forEntity', { entity: 'tender', entityId: String(created.id) });
    expect(log.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(log.find((e) => e.action === 'update')?.after).toMatchObject({ copies: 2 });
  });

  it('deadlines in the wrong order, no original, negative copies and a lot number twice are told beside the fields and write nothing', async () => {
    const before = await t.count('tenders');
    const wrong = await t.fail('bids.tenders.create', {
      ...schoolTender,
      questionsDeadline: '2026-05-21 17:00',
      submissionDeadline: '2026-05-20 10:00',
      openingAt: '2026-05-20 09:30',
      originals: 0,
      copies: -1,
      lots: [
        { lotNo: '1', name: '投影机' },
        { lotNo: '1', name: '电子白板' },
      ],
    });
    expect(wrong.code).toBe('VALIDATION');
    expect(fieldsOf(wrong).sort()).toEqual(
      ['copies', 'lots.1.lotNo', 'originals', 'questionsDeadline', 'submissionDeadline'].sort(),
    );
    const messages = (wrong.details?.fields ?? []).map((f) => f.message).join('；');
    expect(messages).toContain('投标截止不能晚于开标时间');
    expect(messages).toContain('提问截止不能晚于投标截止');
    expect(messages).toContain('标段号重复了');
    const badClock = await t.fail('bids.tenders.create', { ...schoolTender, openingAt: '2026-05-20 25:00' });
    expect(fieldsOf(badClock)).toEqual(['openingAt']);
    expect(await t.count('tenders')).toBe(before);
    expect(await t.count('tender_lots')).toBe(0);
  });

  it('the purchaser picked from our customers keeps the customer; a name typed over it is a purchaser of its own', async () => {
    const school = await t.ok('customers.create', { name: '苏州市实验小学' });
    const picked = await t.ok('bids.tenders.create', { ...schoolTender, customerId: school.id });
    expect(await t.ok('bids.tenders.get', { id: picked.id })).toMatchObject({
      customerId: school.id,
      purchaserName: '苏州市实验小学',
    });
    const typed = await t.ok('bids.tenders.update', {
      id: picked.id,
      lockVersion: picked.lockVersion,
      data: {
        ...schoolTender,
        customerId: null,
        purchaserName: '苏州市姑苏区教育局',
        lots: picked.lots.map((l) => ({ id: l.id, lotNo: l.lotNo, name: l.name, budget: l.budget })),
        requiredDocs: picked.requiredDocs.map((d) => ({ id: d.id, name: d.name })),
      },
    });
    expect(typed).toMatchObject({ customerId: null, purchaserName: '苏州市姑苏区教育局' });

    // A customer that is not there (deleted meanwhile, a stale form) is said in words and writes nothing.
    const before = await t.count('tenders');
    const gone = await t.fail('bids.tenders.create', { ...schoolTender, customerId: 99999 });
    expect(gone).toMatchObject({ code: 'NOT_FOUND', message: '找不到客户（99999）' });
    expect(await t.count('tenders')).toBe(before);
  });

  it('searching by tender number or purchaser, filtering by status and by submission dates, in SQL pages', async () => {
    const a = await t.ok('bids.tenders.create', schoolTender);
    await t.ok('bids.tenders.create', {
      projectName: '昆山市人民医院会议系统',
      tenderNo: 'KSYY-2026-031',
      purchaserName: '昆山市人民医院',
      submissionDeadline: '2026-06-02 14:00',
      openingAt: '2026-06-02 14:00',
    });
    await t.ok('bids.tenders.markSubmitted', { id: a.id, lockVersion: a.lockVersion });

    expect((await t.ok('bids.tenders.list', { q: 'ksyy' })).rows.map((r) => r.tenderNo)).toEqual(['KSYY-2026-031']);
    expect((await t.ok('bids.tenders.list', { q: '实验小学' })).rows.map((r) => r.id)).toEqual([a.id]);
    expect(
      (await t.ok('bids.tenders.list', { filters: { status: 'submitted' } })).rows.map((r) => r.projectName),
    ).toEqual(['苏州市实验小学多媒体教室设备采购']);
    const june = await t.ok('bids.tenders.list', { filters: { from: '2026-06-01', to: '2026-06-02' } });
    expect(june.rows.map((r) => r.tenderNo)).toEqual(['KSYY-2026-031']);
    const sorted = await t.ok('bids.tenders.list', { sort: { field: 'submissionDeadline', dir: 'asc' }, pageSize: 1 });
    expect(sorted).toMatchObject({ total: 2, rows: [{ tenderNo: 'SZCG-2026-0417' }] });
  });

  it('the result: lost lot 1 to a competitor at its price, won lot 2, the prices read at the opening kept', async () => {
    const tender = await t.ok('bids.tenders.create', schoolTender);
    const submitted = await t.ok('bids.tenders.markSubmitted', { id: tender.id, lockVersion: tender.lockVersion });
    const again = await t.fail('bids.tenders.markSubmitted', { id: tender.id, lockVersion: submitted.lockVersion });
    expect(again.message).toContain('已投标');
    const [lot1, lot2] = submitted.lots;
    const result = await t.ok('bids.tenders.setResult', {
      id: tender.id,
      lockVersion: submitted.lockVersion,
      status: 'won',
      winningBidder: '苏州恒信商贸有限公司',
      winningPrice: 34_980_000,
      lots: [
        { id: lot1!.id, result: 'lost', winningBidder: '上海视通科技有限公司', winningPrice: 45_600_000 },
        { id: lot2!.id, result: 'won', winningBidder: '苏州恒信商贸有限公司', winningPrice: 34_980_000 },
      ],
      competitorPrices: [
        { lotId: lot1!.id, bidder: '上海视通科技有限公司', bidPrice: 45_600_000 },
        { lotId: lot1!.id, bidder: '苏州恒信商贸有限公司', bidPrice: 46_250_000, note: '我方' },
        { lotId: lot2!.id, bidder: '南京博远教育装备有限公司', bidPrice: 35_400_000 },
      ],
    });
    expect(result.status).toBe('won');
    expect(result.lots.map((l) => [l.result, l.winningPrice])).toEqual([
      ['lost', 45_600_000],
      ['won', 34_980_000],
    ]);
    expect(result.competitorPrices.map((p) => p.bidPrice)).toEqual([45_600_000, 46_250_000, 35_400_000]);
    const log = await t.ok('audit.forEntity', { entity: 'tender', entityId: String(tender.id) });
    expect(log.find((e) => e.action === 'tenderResult')?.after).toMatchObject({
      status: 'won',
      winningPrice: 34_980_000,
    });
    expect(log.find((e) => e.action === 'markSubmitted')?.after).toEqual({ status: 'submitted' });
  });

  it('dispatch may read the register but not write it', async () => {
    const tender = await t.ok('bids.tenders.create', schoolTender);
    const dispatch = await loggedIn(t, 'dispatch', 'wanggong', '王工');
    const read = await t.call('bids.tenders.get', { id: tender.id }, { sessionId: dispatch });
    expect(read.ok).toBe(true);
    const before = await t.count('tenders');
    const denied = await t.fail('bids.tenders.create', schoolTender, { sessionId: dispatch });
    expect(denied.code).toBe('FORBIDDEN');
    const bond = await t.fail(
      'bids.tenders.addBond',
      { tenderId: tender.id, data: { amount: 100_000, paidBy: 'transfer' } },
      { sessionId: dispatch },
    );
    expect(bond.code).toBe('FORBIDDEN');
    expect(await t.count('tenders')).toBe(before);
    expect(await t.count('bid_bonds')).toBe(0);
  });
});

describe('bid bonds', () => {
  it('paid, refunded, and the list of what is still out with the days and the total', async () => {
    setClock(new Date('2026-06-15T08:00:00Z'));
    const school = await t.ok('bids.tenders.create', schoolTender);
    const hospital = await t.ok('bids.tenders.create', {
      projectName: '昆山市人民医院会议系统',
      purchaserName: '昆山市人民医院',
    });
    const lot1 = school.lots[0]!;
    const a = await t.ok('bids.tenders.addBond', {
      tenderId: school.id,
      data: { lotId: lot1.id, amount: 960_000, paidBy: 'transfer', paidOn: '2026-05-15' },
    });
    const b = await t.ok('bids.tenders.addBond', {
      tenderId: hospital.id,
      data: { amount: 500_000, paidBy: 'guarantee' },
    });
    const c = await t.ok('bids.tenders.addBond', {
      tenderId: school.id,
      data: { amount: 720_000, paidBy: 'transfer', paidOn: '2026-05-16' },
    });
    // b is not paid yet: not out with anyone.
    let out = await t.ok('bids.tenders.bondsOutstanding', {});
    expect(out.rows.map((r) => [r.id, r.lotNo, r.daysOutstanding])).toEqual([
      [a.id, '1', 31],
      [c.id, null, 30],
    ]);
    expect(out.totalAmount).toBe(1_680_000);

    const paid = await t.ok('bids.tenders.markBondPaid', {
      id: b.id,
      lockVersion: b.lockVersion,
      paidOn: '2026-06-10',
    });
    expect(paid.paidOn).toBe('2026-06-10');
    await t.ok('bids.tenders.markBondRefunded', { id: c.id, lockVersion: c.lockVersion, refundedOn: '2026-06-12' });
    out = await t.ok('bids.tenders.bondsOutstanding', {});
    expect(out.rows.map((r) => [r.projectName, r.amount, r.paidBy, r.daysOutstanding])).toEqual([
      ['苏州市实验小学多媒体教室设备采购', 960_000, 'transfer', 31],
      ['昆山市人民医院会议系统', 500_000, 'guarantee', 5],
    ]);
    expect(out.totalAmount).toBe(1_460_000);
    const row = (await t.ok('bids.tenders.list', { q: 'SZCG' })).rows[0]!;
    expect([row.bond, row.bondOutstanding]).toEqual([1_680_000, 960_000]);

    const log = await t.ok('audit.forEntity', { entity: 'bidBond', entityId: String(c.id) });
    expect(log.find((e) => e.action === 'bondRefunded')?.after).toEqual({ refundedOn: '2026-06-12' });
  });

  it('a bond of nothing, a refund before it was paid, and a refund of an unpaid bond are refused and write nothing', async () => {
    const tender = await t.ok('bids.tenders.create', schoolTender);
    const zero = await t.fail('bids.tenders.addBond', { tenderId: tender.id, data: { amount: 0, paidBy: 'cash' } });
    expect(fieldsOf(zero)).toEqual(['data.amount']);
    const early = await t.fail('bids.tenders.addBond', {
      tenderId: tender.id,
      data: { amount: 100_000, paidBy: 'transfer', paidOn: '2026-05-10', refundedOn: '2026-05-09' },
    });
    expect(fieldsOf(early)).toEqual(['data.refundedOn']);
    expect(await t.count('bid_bonds')).toBe(0);

    const unpaid = await t.ok('bids.tenders.addBond', { tenderId: tender.id, data: { amount: 100_000 } });
    const refused = await t.fail('bids.tenders.markBondRefunded', {
      id: unpaid.id,
      lockVersion: unpaid.lockVersion,
      refundedOn: '2026-06-01',
    });
    expect(refused.code).toBe('VALIDATION');
    expect(fieldsOf(refused)).toEqual(['refundedOn']);
    expect((await t.ok('bids.tenders.get', { id: tender.id })).bonds[0]!.refundedOn).toBeNull();
  });
});

describe('the deadlines calendar on the home page', () => {
  it('soonest first, due soon within the remind days, a passed submission overdue until the tender is submitted', async () => {
    setClock(new Date('2026-05-18T10:00:00Z'));
    const school = await t.ok('bids.tenders.create', schoolTender); // questions 05-10 (passed), submission 05-20
    await t.ok('bids.tenders.create', {
      projectName: '昆山市人民医院会议系统',
      purchaserName: '昆山市人民医院',
      remindDays: 5,
      submissionDeadline: '2026-06-05 14:00',
      openingAt: '2026-06-05 14:00',
    });
    await t.ok('bids.tenders.create', {
      projectName: '太仓港务局监控',
      purchaserName: '太仓港务局',
      submissionDeadline: '2026-08-30 09:00',
    });
    let rows = await t.ok('bids.tenders.deadlines', { days: 28 });
    // The question deadline has passed: nothing more to do about it, so it is gone.
    expect(rows.map((r) => [r.projectName.slice(0, 4), r.kind, r.daysLeft, r.state])).toEqual([
      ['苏州市实', 'submission', 2, 'dueSoon'],
      ['苏州市实', 'opening', 2, 'dueSoon'],
      ['昆山市人', 'submission', 18, 'upcoming'],
      ['昆山市人', 'opening', 18, 'upcoming'],
    ]);

    // The submission passes with the tender still marked as being prepared: it stays, overdue, and the opening
    // (passed too) asks nothing of its own.
    setClock(new Date('2026-05-21T10:00:00Z'));
    rows = await t.ok('bids.tenders.deadlines', { days: 28 });
    expect(rows.map((r) => [r.projectName.slice(0, 4), r.kind, r.daysLeft, r.state])).toEqual([
      ['苏州市实', 'submission', -1, 'overdue'],
      ['昆山市人', 'submission', 15, 'upcoming'],
      ['昆山市人', 'opening', 15, 'upcoming'],
    ]);

    setClock(new Date('2026-05-18T10:00:00Z'));
    await t.ok('bids.tenders.markSubmitted', { id: school.id, lockVersion: school.lockVersion });
    rows = await t.ok('bids.tenders.deadlines', { days: 28 });
    expect(rows.map((r) => [r.tenderId === school.id, r.kind, r.state])).toEqual([
      [true, 'opening', 'dueSoon'],
      [false, 'submission', 'upcoming'],
      [false, 'opening', 'upcoming'],
    ]);

    // Five days before, the hospital's reminder starts.
    setClock(new Date('2026-05-31T10:00:00Z'));
    rows = await t.ok('bids.tenders.deadlines', { days: 28 });
    expect(rows.map((r) => [r.kind, r.daysLeft, r.state])).toEqual([
      ['submission', 5, 'dueSoon'],
      ['opening', 5, 'dueSoon'],
    ]);
  });
});
