import { Dec, parseDecimal } from '../../../shared/money';
import type { PoDetail } from '../../../shared/purchasing/orders/contract';
import { noteHandlers } from '../../deliveries/note-handlers';
import { noticeHandlers } from '../../deliveries/notice-handlers';
import { moveNotes } from '../../deliveries/note-store';
import { fillAllocations } from '../orders/allocation-fill';
import { qtyText } from '../../deliveries/quantities';
import { AppError } from '../../rpc/errors';
import type { Handler, HandlerContext } from '../../rpc/handler';

const createNotice = noticeHandlers['deliveries.notices.create'] as Handler<'deliveries.notices.create'>;
const confirmNotice = noticeHandlers['deliveries.notices.confirm'] as Handler<'deliveries.notices.confirm'>;
const createNote = noteHandlers['deliveries.notes.create'] as Handler<'deliveries.notes.create'>;
const signNote = noteHandlers['deliveries.notes.receipt'] as Handler<'deliveries.notes.receipt'>;

/**
 * The order lines a drop-ship's accepted goods go to: what the PO line's allocations hold after this receipt less
 * what they held before it, shared as everywhere (fillAllocations: in turn, whole goods whole).
 */
export function dropShipLines(
  po: PoDetail,
  accepted: { poLineId: number; accepted: Dec }[],
): { orderLineId: number; quantity: string }[] {
  const out = new Map<number, Dec>();
  for (const a of accepted) {
    const line = po.lines.find((l) => l.id === a.poLineId)!;
    const quantities = line.allocations.map((x) => parseDecimal(x.quantity));
    const before = fillAllocations(parseDecimal(line.accepted), quantities);
    const after = fillAllocations(parseDecimal(line.accepted).plus(a.accepted), quantities);
    line.allocations.forEach((x, i) => {
      const added = after[i]!.minus(before[i]!);
      if (added.greaterThan(0)) out.set(x.orderLineId, (out.get(x.orderLineId) ?? new Dec(0)).plus(added));
    });
  }
  return [...out].map(([orderLineId, q]) => ({ orderLineId, quantity: qtyText(q) }));
}

/**
 * A drop-ship signed for at the customer's: a delivery note for the customer, made by the deliveries' own services
 * (notice, credit-checked confirmation, note, 回单), so that the order's delivered quantities, its invoicing and its
 * receivables follow as for any note. The goods never passed our warehouse, so the note skips the pick check and
 * moves straight to delivered on the day signed. Answers the note's id, or null when nothing went to an order line.
 */
export async function dropShipNote(
  ctx: HandlerContext,
  po: PoDetail,
  receipt: { number: string; date: string; signer: string; notes: string | null; attachmentId: number | null },
  accepted: { poLineId: number; accepted: Dec }[],
): Promise<number | null> {
  const lines = dropShipLines(po, accepted);
  if (!lines.length || po.shipOrderId === null) return null;
  const trx = ctx.tx();
  const order = (await trx('sales_orders').where({ id: po.shipOrderId }).first('contact_name', 'contact_phone')) as {
    contact_name: string | null;
    contact_phone: string | null;
  };
  const notes = `${po.number} / ${receipt.number}`;
  const notice = await createNotice(
    {
      orderId: po.shipOrderId,
      date: receipt.date,
      shipDate: receipt.date,
      deliveryAddress: po.deliveryAddress,
      contactName: order.contact_name,
      contactPhone: order.contact_phone,
      notes,
      lines,
    },
    ctx,
  );
  await confirmNotice({ id: notice.id, overrideReason: null }, ctx);
  const note = await createNote(
    { noticeId: notice.id, date: receipt.date, packages: 0, weightKg: null, volumeM3: null, notes },
    ctx,
  );
  await trx('delivery_notes').where({ id: note.id }).update({ purchase_order_id: po.id });
  for (const to of ['checked', 'loaded', 'in_transit'] as const) await moveNotes(trx, [note.id], to);
  await moveNotes(trx, [note.id], 'delivered', { delivered_on: receipt.date });
  await ctx.audit({
    entity: 'delivery',
    entityId: note.id,
    action: 'delivered',
    before: { status: 'prepared' },
    after: { status: 'delivered' },
  });
  await signNote(
    {
      id: note.id,
      signer: receipt.signer,
      date: receipt.date,
      note: receipt.notes,
      attachmentId: receipt.attachmentId,
      discrepancies: [],
    },
    ctx,
  );
  return note.id;
}

/** A drop-ship receipt cannot be taken back once its note is signed for: the customer has the goods. */
export function refuseDropShipCancel(receipt: { number: string; deliveryNote: { number: string } | null }): void {
  if (receipt.deliveryNote)
    throw new AppError('CONFLICT', 'poMsg.errors.cancelDropShip', {
      number: receipt.number,
      note: receipt.deliveryNote.number,
    });
}
