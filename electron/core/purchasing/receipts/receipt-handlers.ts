import { type Dec, parseDecimal } from '../../../shared/money';
import type { ReceiptInput } from '../../../shared/purchasing/receipts/contract';
import { nowIso } from '../../db/rows';
import { qtyText } from '../../deliveries/quantities';
import { nextNumber } from '../../numbering/numbering';
import { AppError } from '../../rpc/errors';
import type { HandlerMap } from '../../rpc/handler';
import { assertPoStatus, settlePoStatus } from '../orders/po-status';
import { getPo } from '../orders/po-store';
import type { PoDetail } from '../../../shared/purchasing/orders/contract';
import { dropShipNote, refuseDropShipCancel } from './drop-ship';
import { getReceipt } from './receipt-store';

type Channel = 'purchasing.receipts.get' | 'purchasing.receipts.create' | 'purchasing.receipts.cancel';

const field = (path: string, key: string, vars: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', key, vars, [{ path, message: key }]);

/**
 * Each line checked against the PO: its own line, once; damaged and wrong within what arrived; accepted no more than
 * still owed; something arrived in all. Answers what each line accepts.
 */
function checkLines(po: PoDetail, lines: ReceiptInput['lines']): { poLineId: number; accepted: Dec }[] {
  const seen = new Set<number>();
  const out = lines.map((l, i) => {
    const line = po.lines.find((x) => x.id === l.poLineId);
    if (!line) throw field(`lines.${i}.poLineId`, 'poMsg.errors.notPoLine', { number: po.number });
    if (seen.has(l.poLineId)) throw field(`lines.${i}.poLineId`, 'poMsg.errors.lineTwice');
    seen.add(l.poLineId);
    const arrived = parseDecimal(l.quantity);
    const refused = parseDecimal(l.damaged).plus(parseDecimal(l.wrong));
    if (refused.greaterThan(arrived))
      throw field(`lines.${i}.damaged`, 'poMsg.errors.refusedOverArrived', {
        arrived: qtyText(arrived),
        unit: line.unit,
      });
    const accepted = arrived.minus(refused);
    if (accepted.greaterThan(parseDecimal(line.owed)))
      throw field(`lines.${i}.quantity`, 'poMsg.errors.overOwed', {
        name: line.name,
        owed: line.owed,
        unit: line.unit,
      });
    return { poLineId: l.poLineId, accepted, arrived };
  });
  if (out.every((l) => l.arrived.isZero())) throw field('lines.0.quantity', 'poMsg.errors.nothingArrived');
  return out.map(({ poLineId, accepted }) => ({ poLineId, accepted }));
}

/** 签收入库: goods signed for against a PO, in part if need be; the PO's status follows in the same transaction. */
export const receiptHandlers: HandlerMap<Channel> = {
  'purchasing.receipts.get': async ({ id }, { db }) => getReceipt(db, id),
  'purchasing.receipts.create': async (input, ctx) => {
    const trx = ctx.tx();
    const po = await getPo(trx, input.poId);
    assertPoStatus(po, ['sent', 'confirmed', 'partial'], 'receive');
    const accepted = checkLines(po, input.lines);
    if (input.attachmentId !== null && !(await trx('attachments').where({ id: input.attachmentId }).first('id')))
      throw field('attachmentId', 'poMsg.errors.noAttachment');
    const number = await nextNumber(trx, 'goods_receipt', new Date(`${input.receiptDate}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('goods_receipts')
      .insert({
        number,
        po_id: po.id,
        receipt_date: input.receiptDate,
        signer: input.signer,
        place: po.deliveryMode === 'drop_ship' ? 'customer' : 'us',
        attachment_id: input.attachmentId,
        notes: input.notes,
        status: 'posted',
        created_by: ctx.user?.id ?? null,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const id = row!.id;
    // Lines where nothing arrived are not kept (the dialog sends every owed line, so errors keep their place).
    await trx('goods_receipt_lines').insert(
      input.lines
        .filter((l) => !parseDecimal(l.quantity).isZero())
        .map((l) => ({
          receipt_id: id,
          po_line_id: l.poLineId,
          quantity: l.quantity,
          damaged: l.damaged,
          wrong: l.wrong,
          note: l.note,
        })),
    );
    const status = await settlePoStatus(trx, po.id);
    // Signed at the customer's: the customer's delivery note is made and signed for with it.
    if (po.deliveryMode === 'drop_ship') {
      const noteId = await dropShipNote(
        ctx,
        po,
        { number, date: input.receiptDate, signer: input.signer, notes: input.notes, attachmentId: input.attachmentId },
        accepted,
      );
      if (noteId !== null) await trx('goods_receipts').where({ id }).update({ delivery_note_id: noteId });
    }
    const created = await getReceipt(trx, id);
    await ctx.audit({ entity: 'goodsReceipt', entityId: id, action: 'create', after: created });
    if (status !== po.status)
      await ctx.audit({
        entity: 'purchaseOrder',
        entityId: po.id,
        action: 'receive',
        before: { status: po.status },
        after: { status },
      });
    return created;
  },
  'purchasing.receipts.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getReceipt(trx, id);
    if (before.status !== 'posted')
      throw new AppError('CONFLICT', 'poMsg.errors.receiptCancelled', { number: before.number });
    refuseDropShipCancel(before);
    if (before.transfers.length)
      throw new AppError('CONFLICT', 'poMsg.errors.receiptTransferred', {
        number: before.number,
        transfer: before.transfers[0]!.number,
      });
    const po = await getPo(trx, before.poId);
    assertPoStatus(po, ['sent', 'confirmed', 'partial', 'received'], 'cancelReceipt');
    await trx('goods_receipts')
      .where({ id, status: 'posted' })
      .update({
        status: 'cancelled',
        cancel_reason: reason,
        lock_version: trx.raw('?? + 1', ['lock_version']),
        updated_at: nowIso(),
      });
    const status = await settlePoStatus(trx, po.id);
    const after = await getReceipt(trx, id);
    await ctx.audit({
      entity: 'goodsReceipt',
      entityId: id,
      action: 'cancel',
      before: { status: 'posted' },
      after: { status: 'cancelled', reason },
    });
    if (status !== po.status)
      await ctx.audit({
        entity: 'purchaseOrder',
        entityId: po.id,
        action: 'receive',
        before: { status: po.status },
        after: { status },
      });
    return after;
  },
};
