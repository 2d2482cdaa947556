import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { checkedNotes } from '../support/dispatch';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

type Payment = 'cash' | 'collect' | 'on_receipt' | 'monthly';

/** One checked note handed to the carrier: by weight, paid as said, with an insurance fee. */
function book(carrierId: number, noteId: number, weightKg: string, payment: Payment, insuranceFee = 0) {
  return t.ok('dispatch.consignments.create', {
    carrierId,
    noteIds: [noteId],
    date: today(),
    toStation: '长沙',
    consigneeName: '长沙银河自动化有限公司',
    goods: '水泵',
    packages: 2,
    weightKg,
    payment,
    insuredValue: insuranceFee ? 1_000_000 : 0,
    insuranceFee,
  });
}

/** Booked, shipped, arrived and its 回单 back. */
async function signed(carrierId: number, noteId: number, weightKg: string, payment: Payment, insuranceFee = 0) {
  const c = await book(carrierId, noteId, weightKg, payment, insuranceFee);
  await t.ok('dispatch.consignments.ship', { id: c.id, waybillNo: `WB${noteId}` });
  await t.ok('dispatch.consignments.arrive', { id: c.id, date: today() });
  await t.ok('deliveries.notes.receipt', { id: noteId, signer: '黄志强', date: today() });
  return c;
}

const run = (noteIds: number[]) =>
  t.ok('dispatch.runs.create', { date: today(), vehicle: '粤B·3K217', driver: '陈师傅', noteIds });

describe('a note on a run or a consignment moves only with it', () => {
  it('refuses to advance a note on a run by hand, naming the run, and writes nothing', async () => {
    const [a, b] = await checkedNotes(t, 2);
    const r = await run([a!, b!]);
    const audits = await t.count('audit_log');
    const err = await t.fail('deliveries.notes.advance', { id: a!, to: 'in_transit' });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain(`派车单 ${r.number}`);
    expect(await t.count('audit_log')).toBe(audits);
    expect((await t.ok('deliveries.notes.get', { id: a! })).status).toBe('loaded');

    // The run still departs and returns with both notes.
    await t.ok('dispatch.runs.depart', { id: r.id });
    expect((await t.fail('deliveries.notes.advance', { id: b!, to: 'delivered' })).message).toContain(r.number);
    const back = await t.ok('dispatch.runs.return', { id: r.id, delivered: [a!, b!], date: today() });
    expect(back.status).toBe('returned');
    expect(back.stopList.map((s) => s.status)).toEqual(['delivered', 'delivered']);
  });

  it('refuses to advance a note on a consignment by hand, naming the consignment', async () => {
    const carrier = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
    const [a] = await checkedNotes(t, 1);
    const c = await book(carrier.id, a!, '100', 'monthly');
    await t.ok('dispatch.consignments.ship', { id: c.id, waybillNo: 'JJ-88' });
    const err = await t.fail('deliveries.notes.advance', { id: a!, to: 'delivered' }, { locale: 'en' });
    expect(err.message).toBe(
      `delivery note ${c.notes[0]!.number} is on consignment ${c.number}: ship it and record its arrival there`,
    );
    expect((await t.ok('deliveries.notes.get', { id: a! })).status).toBe('in_transit');
  });
});

describe('cancelling a run or a consignment before it leaves', () => {
  it('cancels a planned run with a reason: its notes are checked again and go on another run', async () => {
    const [a, b] = await checkedNotes(t, 2);
    const first = await run([a!, b!]);
    const cancelled = await t.ok('dispatch.runs.cancel', { id: first.id, reason: '车辆故障' });
    expect(cancelled).toMatchObject({ status: 'cancelled', stops: 0, stopList: [] });
    for (const id of [a!, b!])
      expect(await t.ok('deliveries.notes.get', { id })).toMatchObject({
        status: 'checked',
        runId: null,
        dispatch: null,
      });
    const history = await t.ok('audit.forEntity', { entity: 'dispatchRun', entityId: String(first.id) });
    expect(history.find((h) => h.action === 'cancel')).toMatchObject({
      before: { status: 'planned' },
      after: { status: 'cancelled', reason: '车辆故障', freed: first.stopList.map((s) => s.number) },
    });
    const listed = await t.ok('dispatch.runs.list', { filters: { status: 'cancelled' } });
    expect(listed.rows.map((r) => r.number)).toEqual([first.number]);

    const second = await run([b!, a!]);
    expect(second.stopList.map((s) => [s.noteId, s.stopNo, s.status])).toEqual([
      [b!, 1, 'loaded'],
      [a!, 2, 'loaded'],
    ]);
  });

  it('does not cancel a run that has left, nor one already cancelled; nothing is written', async () => {
    const [a] = await checkedNotes(t, 1);
    const r = await run([a!]);
    await t.ok('dispatch.runs.depart', { id: r.id });
    const audits = await t.count('audit_log');
    const err = await t.fail('dispatch.runs.cancel', { id: r.id, reason: '不去了' });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe(`派车单 ${r.number} 状态为「在途」，已出车的派车单不能取消`);
    expect((await t.ok('dispatch.runs.get', { id: r.id })).status).toBe('on_road');
    expect((await t.ok('deliveries.notes.get', { id: a! })).status).toBe('in_transit');
    expect(await t.count('audit_log')).toBe(audits);

    const [b] = await checkedNotes(t, 1);
    const other = await run([b!]);
    await t.ok('dispatch.runs.cancel', { id: other.id, reason: '改期' });
    expect((await t.fail('dispatch.runs.cancel', { id: other.id, reason: '再取消' })).code).toBe('CONFLICT');
    expect((await t.fail('dispatch.runs.depart', { id: other.id })).code).toBe('CONFLICT');
  });

  it('cancels a booked consignment, not a shipped one; a blank reason is refused; purchasers may not', async () => {
    const carrier = await t.ok('carriers.create', { name: '德邦物流', basis: 'weight', rate: '2' });
    const [a, b] = await checkedNotes(t, 2);
    const booked = await book(carrier.id, a!, '100', 'monthly');

    await t.ok('users.create', { username: 'cai', displayName: '蔡采购', role: 'purchaser' });
    const { sessionId } = await t.ok('auth.login', { username: 'cai' });
    expect(
      (await t.fail('dispatch.consignments.cancel', { id: booked.id, reason: '客户改自提' }, { sessionId })).code,
    ).toBe('FORBIDDEN');
    const audits = await t.count('audit_log');
    expect((await t.fail('dispatch.consignments.cancel', { id: booked.id, reason: '  ' })).code).toBe('VALIDATION');
    expect(await t.count('audit_log')).toBe(audits);

    const cancelled = await t.ok('dispatch.consignments.cancel', { id: booked.id, reason: '客户改自提' });
    expect(cancelled).toMatchObject({ status: 'cancelled', notes: [] });
    expect(await t.ok('deliveries.notes.get', { id: a! })).toMatchObject({ status: 'checked', consignmentId: null });
    const history = await t.ok('audit.forEntity', { entity: 'consignment', entityId: String(booked.id) });
    expect(history.find((h) => h.action === 'cancel')?.after).toMatchObject({ reason: '客户改自提' });
    const listed = await t.ok('dispatch.consignments.list', { filters: { status: 'cancelled' } });
    expect(listed.rows.map((r) => r.number)).toEqual([booked.number]);
    // The freed note goes with the carrier again.
    await book(carrier.id, a!, '100', 'monthly');

    const shipped = await book(carrier.id, b!, '50', 'monthly');
    await t.ok('dispatch.consignments.ship', { id: shipped.id, waybillNo: 'DB-1' });
    const before = await t.count('audit_log');
    const err = await t.fail('dispatch.consignments.cancel', { id: shipped.id, reason: '太晚' });
    expect(err.message).toBe(`托运单 ${shipped.number} 状态为「已发运」，已交承运商的托运单不能取消`);
    expect(await t.count('audit_log')).toBe(before);
    expect((await t.ok('deliveries.notes.get', { id: b! })).status).toBe('in_transit');
  });
});

describe('freight settlement covers what we pay the carrier', () => {
  it('offers 回单付, 月结 and 现付 with their insurance, never 到付; the total is freight + insurance + adjustment', async () => {
    const carrier = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
    const [a, b, c, d] = await checkedNotes(t, 4);
    const monthly = await signed(carrier.id, a!, '100', 'monthly', 1_500);
    const onReceipt = await signed(carrier.id, b!, '200', 'on_receipt');
    const cash = await signed(carrier.id, c!, '50', 'cash', 800);
    const collect = await signed(carrier.id, d!, '300', 'collect', 2_000);

    const open = await t.ok('dispatch.freight.open', { carrierId: carrier.id, from: today(), to: today() });
    expect(open.consignments.map((x) => [x.number, x.payment, x.freight, x.insuranceFee])).toEqual([
      [monthly.number, 'monthly', 10_000, 1_500],
      [onReceipt.number, 'on_receipt', 20_000, 0],
      [cash.number, 'cash', 5_000, 800],
    ]);
    expect(open).toMatchObject({ freight: 35_000, insurance: 2_300 });

    const settle = (consignmentIds: number[]) =>
      t.fail('dispatch.freight.settle', {
        carrierId: carrier.id,
        from: today(),
        to: today(),
        consignmentIds,
        paymentRef: '网银-0311',
        settledOn: today(),
      });
    const settlements = await t.count('freight_settlements');
    const refused = await settle([monthly.id, collect.id]);
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toBe(`托运单 ${collect.number} 为到付，运费由收货方支付，不在运费结算之列`);
    expect(await t.count('freight_settlements')).toBe(settlements);

    const s = await t.ok('dispatch.freight.settle', {
      carrierId: carrier.id,
      from: today(),
      to: today(),
      consignmentIds: [monthly.id, onReceipt.id, cash.id],
      adjustment: -1_000,
      adjustmentNote: '破损扣款',
      paymentRef: '网银-0311',
      settledOn: today(),
    });
    expect(s).toMatchObject({ freight: 35_000, insurance: 2_300, adjustment: -1_000, total: 36_300 });
    const listed = await t.ok('dispatch.freight.list', {});
    expect(listed.rows.map((r) => [r.freight, r.insurance, r.total])).toEqual([[35_000, 2_300, 36_300]]);
    const after = await t.ok('dispatch.freight.open', { carrierId: carrier.id, from: today(), to: today() });
    expect(after).toEqual({ consignments: [], freight: 0, insurance: 0 });
    expect((await t.ok('dispatch.consignments.get', { id: collect.id })).settlementNumber).toBeNull();
  });
});
