import { today } from '../../../electron/core/dates';
import { wonOrder } from './orders';
import type { TestCore } from './test-core';

/** Checked delivery notes of two 潜水排污泵 each (86.5 kg), ready to load onto a run or a consignment. */
export async function checkedNotes(t: TestCore, count: number): Promise<number[]> {
  const { order, lineIds } = await wonOrder(t, {
    lines: [{ name: '潜水排污泵', spec: 'WQ50-10-3', unit: '台', quantity: '100', unitPrice: '2600' }],
  });
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const notice = await t.ok('deliveries.notices.create', {
      orderId: order.id,
      date: today(),
      lines: [{ orderLineId: lineIds[0]!, quantity: '2' }],
    });
    await t.ok('deliveries.notices.confirm', { id: notice.id });
    const note = await t.ok('deliveries.notes.create', {
      noticeId: notice.id,
      date: today(),
      packages: 2,
      weightKg: '86.5',
    });
    await t.ok('deliveries.notes.check', {
      id: note.id,
      lines: [{ lineId: note.lines[0]!.id, code: 'WQ50-10-3', quantity: '2' }],
    });
    ids.push(note.id);
  }
  return ids;
}

/** A confirmed delivery notice of these order lines. */
export async function confirmedNotice(
  t: TestCore,
  orderId: number,
  lines: { orderLineId: number; quantity: string }[],
) {
  const notice = await t.ok('deliveries.notices.create', { orderId, date: today(), lines });
  return t.ok('deliveries.notices.confirm', { id: notice.id });
}

/** A note of the whole notice, picked, checked and taken to the customer by hand. */
export async function deliveredNote(t: TestCore, noticeId: number, packages = 1) {
  const note = await t.ok('deliveries.notes.create', { noticeId, date: today(), packages });
  await t.ok('deliveries.notes.check', {
    id: note.id,
    lines: note.lines.map((l) => ({ lineId: l.id, code: l.spec, quantity: l.quantity })),
  });
  for (const to of ['loaded', 'in_transit', 'delivered'] as const)
    await t.ok('deliveries.notes.advance', { id: note.id, to });
  return t.ok('deliveries.notes.get', { id: note.id });
}

/** A consignment of one checked note with the carrier, by weight, monthly account. */
export function consign(t: TestCore, carrierId: number, noteId: number, weightKg: string) {
  return t.ok('dispatch.consignments.create', {
    carrierId,
    noteIds: [noteId],
    date: today(),
    toStation: '长沙',
    consigneeName: '长沙银河自动化有限公司',
    goods: '水泵',
    packages: 2,
    weightKg,
    payment: 'monthly',
  });
}

/** Copies of a note's row under new numbers: as many stops or carried notes as a layout needs, without the services. */
async function copiesOf(t: TestCore, noteId: number, count: number, set: (i: number) => Record<string, unknown>) {
  const db = t.core.services.db();
  const row = (await db('delivery_notes').where({ id: noteId }).first()) as Record<string, unknown>;
  const { id: _id, ...copy } = row;
  for (let i = 2; i <= count; i += 1)
    await db('delivery_notes').insert({ ...copy, number: `${row.number}-${i}`, ...set(i) });
}

/** A local run of `stops` stops: one note through the services, the others copies of it in stop order. */
export async function runOfStops(t: TestCore, stops: number) {
  const [noteId] = await checkedNotes(t, 1);
  const run = await t.ok('dispatch.runs.create', {
    date: today(),
    vehicle: '粤B·3K217',
    driver: '陈师傅',
    noteIds: [noteId!],
  });
  await copiesOf(t, noteId!, stops, (i) => ({ run_id: run.id, stop_no: i }));
  return t.ok('dispatch.runs.get', { id: run.id });
}

/** A consignment carrying `notes` checked delivery notes: one made through the services, the others copies of it. */
export async function consignmentOfNotes(t: TestCore, notes: number) {
  const carrier = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
  const [noteId] = await checkedNotes(t, 1);
  await copiesOf(t, noteId!, notes, () => ({}));
  const db = t.core.services.db();
  const { number } = (await db('delivery_notes').where({ id: noteId }).first('number')) as { number: string };
  const ids = (
    (await db('delivery_notes').where('number', 'like', `${number}%`).orderBy('id').select('id')) as { id: number }[]
  ).map((n) => n.id);
  return t.ok('dispatch.consignments.create', {
    carrierId: carrier.id,
    noteIds: ids,
    date: today(),
    toStation: '长沙',
    consigneeName: '长沙银河自动化有限公司',
    goods: '水泵',
    packages: 2,
    weightKg: '100',
    payment: 'monthly',
  });
}

/**
 * A settlement of `lines` consignments, each 100 kg at 1 元/kg (100.00) with a 15.00 insurance fee. The first is
 * booked, shipped and signed for through the services; the others are copies of its row put on the same settlement,
 * which is all the statement's layout needs.
 */
export async function settlementOf(t: TestCore, lines: number) {
  const carrier = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
  const [noteId] = await checkedNotes(t, 1);
  const c = await t.ok('dispatch.consignments.create', {
    carrierId: carrier.id,
    noteIds: [noteId!],
    date: today(),
    toStation: '长沙',
    consigneeName: '长沙银河自动化有限公司',
    goods: '水泵',
    packages: 2,
    weightKg: '100',
    payment: 'monthly',
    insuredValue: 1_000_000,
    insuranceFee: 1_500,
  });
  await t.ok('dispatch.consignments.ship', { id: c.id, waybillNo: 'WB-1' });
  await t.ok('dispatch.consignments.arrive', { id: c.id, date: today() });
  await t.ok('deliveries.notes.receipt', { id: noteId!, signer: '黄志强', date: today() });
  const s = await t.ok('dispatch.freight.settle', {
    carrierId: carrier.id,
    from: today(),
    to: today(),
    consignmentIds: [c.id],
    paymentRef: '网银-0311',
    settledOn: today(),
  });
  const db = t.core.services.db();
  const row = (await db('consignments').where({ id: c.id }).first()) as Record<string, unknown>;
  for (let i = 2; i <= lines; i += 1) {
    const { id: _id, ...copy } = row;
    await db('consignments').insert({ ...copy, number: `${c.number}-${i}`, waybill_no: `WB-${i}` });
  }
  await db('freight_settlements')
    .where({ id: s.id })
    .update({ freight_fen: lines * 10_000, total_fen: lines * 11_500 });
  return (await t.ok('dispatch.freight.list', {})).rows[0]!;
}
