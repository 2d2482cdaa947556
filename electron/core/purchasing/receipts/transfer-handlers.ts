import { Dec, parseDecimal } from '../../../shared/money';
import { nowIso } from '../../db/rows';
import { countPrints } from '../../docs/print-count';
import { qtyText, sumBy } from '../../deliveries/quantities';
import { nextNumber } from '../../numbering/numbering';
import { AppError } from '../../rpc/errors';
import { selfManaged, type HandlerMap } from '../../rpc/handler';
import { getReceipt, getTransfer } from './receipt-store';
import { renderTransferPdf } from './transfer-pdf';

type Channel = 'purchasing.receipts.transfer' | 'purchasing.receipts.getTransfer' | 'purchasing.receipts.printTransfer';

const field = (path: string, key: string, vars: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', key, vars, [{ path, message: key }]);

/** 内部流转: goods of a posted receipt moved to a named place, never more than the receipt accepted less earlier moves. */
export const transferHandlers: HandlerMap<Channel> = {
  'purchasing.receipts.transfer': async (input, ctx) => {
    const trx = ctx.tx();
    const receipt = await getReceipt(trx, input.receiptId);
    if (receipt.status !== 'posted')
      throw new AppError('CONFLICT', 'poMsg.errors.receiptCancelled', { number: receipt.number });
    const moved = sumBy(
      (await trx('internal_transfer_lines')
        .join('internal_transfers', 'internal_transfers.id', 'internal_transfer_lines.transfer_id')
        .where('internal_transfers.goods_receipt_id', receipt.id)
        .select('internal_transfer_lines.po_line_id', 'internal_transfer_lines.quantity')) as {
        po_line_id: number;
        quantity: string;
      }[],
      (r) => r.po_line_id,
      (r) => r.quantity,
    );
    const seen = new Set<number>();
    const lines = input.lines
      .map((l, i) => {
        const source = receipt.lines.find((x) => x.poLineId === l.poLineId);
        if (!source || seen.has(l.poLineId)) throw field(`lines.${i}.poLineId`, 'poMsg.errors.notReceiptLine');
        seen.add(l.poLineId);
        const left = parseDecimal(source.accepted).minus(moved.get(l.poLineId) ?? new Dec(0));
        if (parseDecimal(l.quantity).greaterThan(left))
          throw field(`lines.${i}.quantity`, 'poMsg.errors.overTransfer', {
            name: source.name,
            left: qtyText(Dec.max(left, new Dec(0))),
            unit: source.unit,
          });
        return { source, quantity: l.quantity };
      })
      // Lines left at nought move nothing (the dialog sends every line of the receipt, so errors keep their place).
      .filter((l) => !parseDecimal(l.quantity).isZero())
      .map((l, i) => ({ ...l, position: i + 1 }));
    if (!lines.length) throw field('lines.0.quantity', 'poMsg.errors.nothingMoved');
    const po = (await trx('purchase_order_lines')
      .whereIn(
        'id',
        lines.map((l) => l.source.poLineId),
      )
      .select('id', 'product_id')) as { id: number; product_id: number | null }[];
    const number = await nextNumber(trx, 'internal_transfer', new Date(`${input.date}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('internal_transfers')
      .insert({
        number,
        date: input.date,
        from_place: input.fromPlace,
        to_place: input.toPlace,
        received_by: input.receivedBy,
        goods_receipt_id: receipt.id,
        notes: input.notes,
        created_by: ctx.user?.id ?? null,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    await trx('internal_transfer_lines').insert(
      lines.map((l) => ({
        transfer_id: row!.id,
        position: l.position,
        po_line_id: l.source.poLineId,
        product_id: po.find((p) => p.id === l.source.poLineId)?.product_id ?? null,
        name: l.source.name,
        spec: l.source.spec,
        unit: l.source.unit,
        quantity: l.quantity,
      })),
    );
    const created = await getTransfer(trx, row!.id);
    await ctx.audit({ entity: 'internalTransfer', entityId: row!.id, action: 'create', after: created });
    return created;
  },
  'purchasing.receipts.getTransfer': async ({ id }, { db }) => getTransfer(db, id),
  // Rendered first, outside the transaction that counts the print.
  'purchasing.receipts.printTransfer': selfManaged(async ({ id }, ctx) => {
    const { filename, pdf, pages } = await renderTransferPdf(ctx.services.db(), ctx.services, id, ctx.locale);
    await countPrints(ctx, 'internal_transfers', 'internalTransfer', [id]);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  }),
};
