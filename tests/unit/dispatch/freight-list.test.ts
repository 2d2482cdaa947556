import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../../electron/core/dates';
import { checkedNotes, consign } from '../support/dispatch';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A consignment shipped, arrived and signed for, so its freight can be settled. */
async function signedConsignment(carrierId: number, noteId: number, weightKg: string) {
  const c = await consign(t, carrierId, noteId, weightKg);
  await t.ok('dispatch.consignments.ship', { id: c.id, waybillNo: `WB${noteId}` });
  await t.ok('dispatch.consignments.arrive', { id: c.id, date: today() });
  await t.ok('deliveries.notes.receipt', { id: noteId, signer: '黄志强', date: today() });
  return c;
}

describe('freight settlements already made', () => {
  it('lists each carrier’s settlements, newest first, with totals and no consignment detail; filtered by carrier', async () => {
    const jiaji = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
    const debang = await t.ok('carriers.create', { name: '德邦物流', basis: 'weight', rate: '2' });
    const [a, b, c] = await checkedNotes(t, 3);
    const ca = await signedConsignment(jiaji.id, a!, '100');
    const cb = await signedConsignment(jiaji.id, b!, '200');
    const cc = await signedConsignment(debang.id, c!, '100');
    const settle = (carrierId: number, consignmentIds: number[], settledOn: string, paymentRef: string) =>
      t.ok('dispatch.freight.settle', {
        carrierId,
        from: '2000-01-01',
        to: '2099-12-31',
        consignmentIds,
        paymentRef,
        settledOn,
      });
    const first = await settle(jiaji.id, [ca.id], addDays(today(), -7), '网银-1');
    const second = await settle(jiaji.id, [cb.id], today(), '网银-2');
    const other = await settle(debang.id, [cc.id], addDays(today(), -1), '网银-3');

    const all = await t.ok('dispatch.freight.list', {});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.number)).toEqual([second.number, other.number, first.number]);
    expect(all.rows[0]).toEqual({
      id: second.id,
      number: second.number,
      carrierId: jiaji.id,
      carrierName: '佳吉快运',
      periodFrom: '2000-01-01',
      periodTo: '2099-12-31',
      freight: 20_000,
      insurance: 0,
      adjustment: 0,
      adjustmentNote: null,
      total: 20_000,
      paymentRef: '网银-2',
      settledOn: today(),
    });
    const jiajis = await t.ok('dispatch.freight.list', { filters: { carrierId: jiaji.id } });
    expect(jiajis.rows.map((r) => [r.number, r.total])).toEqual([
      [second.number, 20_000],
      [first.number, 10_000],
    ]);
    const byNumber = await t.ok('dispatch.freight.list', { sort: { field: 'number', dir: 'asc' }, pageSize: 2 });
    expect(byNumber).toMatchObject({ total: 3, pageSize: 2 });
    expect(byNumber.rows.map((r) => r.number)).toEqual([first.number, second.number]);
    expect((await t.ok('dispatch.freight.list', { filters: { carrierId: 99_999 } })).total).toBe(0);
  });
});
