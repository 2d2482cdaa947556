import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { checkedNotes } from '../support/dispatch';
import { addDays, today } from '../../../electron/core/dates';

const t = useTestCore();

describe('local runs (市内)', () => {
  it('loads checked notes in stop order, takes them on the road, and on return delivers some and brings the rest back', async () => {
    const [a, b, c] = await checkedNotes(t, 3);
    const run = await t.ok('dispatch.runs.create', {
      date: today(),
      vehicle: '苏E·7K521',
      driver: '周师傅',
      escort: '小吴',
      noteIds: [c!, a!, b!],
    });
    expect(run.stopList.map((s) => [s.stopNo, s.noteId, s.status])).toEqual([
      [1, c, 'loaded'],
      [2, a, 'loaded'],
      [3, b, 'loaded'],
    ]);
    expect(
      (await t.fail('dispatch.runs.create', { date: today(), vehicle: 'X', driver: 'Y', noteIds: [a!] })).code,
    ).toBe('CONFLICT');
    await t.ok('dispatch.runs.depart', { id: run.id });
    expect((await t.ok('deliveries.notes.get', { id: a! })).status).toBe('in_transit');
    const back = await t.ok('dispatch.runs.return', { id: run.id, delivered: [a!, c!], date: today() });
    expect(back.status).toBe('returned');
    expect((await t.ok('deliveries.notes.get', { id: a! })).deliveredOn).toBe(today());
    const missed = await t.ok('deliveries.notes.get', { id: b! });
    expect(missed).toMatchObject({ status: 'checked', runId: null });
    const sheet = await t.ok('dispatch.runs.sheet', { id: run.id });
    expect(sheet.filename).toBe(`派车单-${run.number}.pdf`);
  });
});

describe('carrier consignments and freight settlement', () => {
  it('books, ships under a waybill, records the consignee was told, arrives; freight by weight with a minimum; settles only with 回单 back', async () => {
    const carrier = await t.ok('carriers.create', {
      name: '佳吉快运苏州分公司',
      phone: '0512-65001234',
      routes: '苏州—长沙、武汉',
      basis: 'weight',
      rate: '1.35',
      minimum: 5000,
    });
    const [a, b] = await checkedNotes(t, 2);
    const consign = (noteId: number, weightKg: string) =>
      t.ok('dispatch.consignments.create', {
        carrierId: carrier.id,
        noteIds: [noteId],
        date: today(),
        toStation: '长沙',
        consigneeName: '长沙银河自动化有限公司',
        goods: '水泵',
        packages: 2,
        weightKg,
        payment: 'monthly',
      });
    const heavy = await consign(a!, '172.6');
    const light = await consign(b!, '10');
    // 172.6 kg × 1.35 = 233.01; 10 kg would be 13.50, so the 50.00 minimum applies.
    expect([heavy.freight, light.freight]).toEqual([23_301, 5000]);
    await t.ok('dispatch.consignments.ship', { id: heavy.id, waybillNo: 'JJ88001234' });
    const told = await t.ok('dispatch.consignments.notify', { id: heavy.id, via: 'phone', note: '已电话告知黄志强' });
    expect(told).toMatchObject({ notifiedVia: 'phone', waybillNo: 'JJ88001234' });
    expect(told.notifiedAt).not.toBeNull();
    await t.ok('dispatch.consignments.arrive', { id: heavy.id, date: today() });
    await t.ok('dispatch.consignments.ship', { id: light.id, waybillNo: 'JJ88001235' });
    await t.ok('dispatch.consignments.arrive', { id: light.id, date: today() });

    // Only the consignment whose 回单 came back is open for settlement.
    await t.ok('deliveries.notes.receipt', { id: a!, signer: '黄志强', date: today() });
    const open = await t.ok('dispatch.freight.open', { carrierId: carrier.id, from: '2000-01-01', to: '2099-12-31' });
    expect(open).toMatchObject({
      freight: 23_301,
      consignments: [expect.objectContaining({ id: heavy.id, receiptsBack: true })],
    });
    const refused = await t.fail('dispatch.freight.settle', {
      carrierId: carrier.id,
      from: '2000-01-01',
      to: '2099-12-31',
      consignmentIds: [heavy.id, light.id],
      paymentRef: 'ZZ-1',
      settledOn: today(),
    });
    expect(refused.message).toContain('还有回单未返回');

    const s = await t.ok('dispatch.freight.settle', {
      carrierId: carrier.id,
      from: '2000-01-01',
      to: '2099-12-31',
      consignmentIds: [heavy.id],
      adjustment: -1301,
      adjustmentNote: '外箱破损扣款',
      paymentRef: '网银 20261124-01',
      settledOn: today(),
    });
    expect(s).toMatchObject({ freight: 23_301, adjustment: -1301, total: 22_000 });
    expect(
      (
        await t.fail('dispatch.freight.settle', {
          carrierId: carrier.id,
          from: '2000-01-01',
          to: '2099-12-31',
          consignmentIds: [heavy.id],
          paymentRef: 'again',
          settledOn: today(),
        })
      ).message,
    ).toContain('已在');
    const statement = await t.ok('dispatch.freight.statement', { id: s.id });
    expect(statement.filename).toBe(`运费结算单-${s.number}.pdf`);
  });
});

describe('the day board', () => {
  it('shows what goes out, what is on the road, and receipts missing after the configured days', async () => {
    const [a, b, c] = await checkedNotes(t, 3);
    await t.ok('settings.delivery.update', {
      paper: 'form-241x93',
      parts: ['存根', '客户', '回单'],
      partMode: 'carbonless',
      receiptDays: 5,
    });
    for (const to of ['loaded', 'in_transit'] as const) await t.ok('deliveries.notes.advance', { id: b!, to });
    // Delivered today (a delivery date can be neither before the note's date nor in the future).
    for (const to of ['loaded', 'in_transit', 'delivered'] as const)
      await t.ok('deliveries.notes.advance', { id: c!, to });
    const board = await t.ok('dispatch.board', { date: today() });
    expect(board.goingOut.rows.map((n) => n.id)).toEqual([a]);
    expect([board.goingOut.total, board.onTheRoad.total, board.missingReceipts.total]).toEqual([1, 1, 0]);
    expect(board.onTheRoad.rows.map((n) => n.id)).toEqual([b]);
    expect(board.receiptDays).toBe(5);
    // Four days after delivery it is not yet missing; on the fifth it is.
    expect((await t.ok('dispatch.board', { date: addDays(today(), 4) })).missingReceipts.rows).toEqual([]);
    const later = await t.ok('dispatch.board', { date: addDays(today(), 5) });
    expect(later.missingReceipts.rows).toEqual([expect.objectContaining({ id: c, deliveredOn: today() })]);
  });

  it('is bounded: each section counts all its notes and returns only the first ones by number', async () => {
    const ids = await checkedNotes(t, 3);
    const board = await t.ok('dispatch.board', { date: today(), limit: 2 });
    expect(board.goingOut.total).toBe(3);
    expect(board.goingOut.rows.map((n) => n.id)).toEqual(ids.slice(0, 2));
    expect(board.onTheRoad).toEqual({ rows: [], total: 0 });
    // Fifty a section unless asked for fewer.
    expect((await t.ok('dispatch.board', { date: today() })).goingOut.rows).toHaveLength(3);
    expect((await t.fail('dispatch.board', { date: today(), limit: 5000 })).code).toBe('VALIDATION');
  });
});
