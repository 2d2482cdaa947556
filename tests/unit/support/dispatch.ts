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
