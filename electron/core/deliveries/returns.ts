import type { Knex } from 'knex';
import type { z } from 'zod';
import type { deliveryChannels } from '../../shared/deliveries/contract';
import { amountInWords, Dec, parseDecimal } from '../../shared/money';
import { int, nowIso } from '../db/rows';
import { returnSnapshotNow, writeSnapshot } from '../docs/issued-snapshot';
import { nextNumber } from '../numbering/numbering';
import { AppError, notFound } from '../rpc/errors';
import { goodsAt, toGoods, type GoodsDbRow } from './goods-lines';
import { chargesForReturn, storedCharges } from './note-charges';
import { getNote } from './note-store';
import { settleOrderStatus } from '../orders/delivery-status';
import { qtyText } from './quantities';

type Input = z.output<(typeof deliveryChannels)['deliveries.returns.create']['input']>;
type Db = Knex | Knex.Transaction;

export async function getReturn(db: Db, id: number) {
  const r = (await db('delivery_returns').where({ id }).first()) as
    | { id: number; number: string; note_id: number; date: string; reason: string; gross_fen: number | string }
    | undefined;
  if (!r) throw notFound('deliveryReturn', id);
  const lines = (await db('delivery_return_lines').where({ return_id: id }).orderBy('position')) as GoodsDbRow[];
  return {
    id: r.id,
    number: r.number,
    noteId: r.note_id,
    date: r.date,
    reason: r.reason,
    gross: int(r.gross_fen),
    amountInWords: amountInWords(int(r.gross_fen)),
    lines: lines.map(toGoods),
    charges: (await storedCharges(db, 'delivery_return_charges', [id])).get(id) ?? [],
  };
}

/**
 * 退货 against a delivered note: each line at most what the customer received (delivered less what
 * the 回单 recorded short) less what already came back, priced as the note priced it, with its pro-rata share of the note's charges. The order's
 * delivered figures and the customer's open delivered value follow from the return lines and charges.
 */
export async function createReturn(trx: Knex.Transaction, input: Input, createdBy: number | null) {
  const note = await getNote(trx, input.noteId);
  if (note.status !== 'delivered' && note.status !== 'receipted')
    throw new AppError('CONFLICT', 'errors.returnNotDelivered', {
      number: note.number,
      status: `@noteStatus.${note.status}`,
    });
  const sources = (await trx('delivery_note_lines').where({ note_id: note.id })) as GoodsDbRow[];
  const seen = new Set<number>();
  const lines = input.lines.map((l, i) => {
    const source = sources.find((s) => s.id === l.noteLineId);
    const shown = note.lines.find((x) => x.id === l.noteLineId);
    if (!source || !shown || seen.has(l.noteLineId))
      throw new AppError('VALIDATION', 'errors.notNoteLine', {}, [
        { path: `lines.${i}.noteLineId`, message: 'errors.notNoteLine' },
      ]);
    seen.add(l.noteLineId);
    // What the customer received on this line: delivered, less what the 回单 recorded short, less earlier returns.
    const short =
      shown.discrepancy === 'short' && shown.discrepancyQty ? parseDecimal(shown.discrepancyQty) : new Dec(0);
    const left = Dec.max(parseDecimal(source.quantity).minus(short).minus(parseDecimal(shown.returned)), 0);
    if (parseDecimal(l.quantity).greaterThan(left))
      throw new AppError(
        'VALIDATION',
        'errors.overReturned',
        { name: source.name, left: qtyText(left), unit: source.unit },
        [{ path: `lines.${i}.quantity`, message: 'errors.overReturnedShort' }],
      );
    return { ...goodsAt(source, l.quantity, note.priceIncludesTax, i + 1), note_line_id: source.id };
  });
  const number = await nextNumber(trx, 'delivery_return', new Date(`${input.date}T12:00:00`));
  const now = nowIso();
  const charges = await chargesForReturn(trx, {
    noteId: note.id,
    goodsGross: lines.reduce((s, l) => s + l.gross_fen, 0),
    lines,
  });
  const sum = (k: 'net_fen' | 'tax_fen' | 'gross_fen') =>
    lines.reduce((s, l) => s + l[k], 0) + charges.reduce((s, c) => s + c[k], 0);
  const [row] = (await trx('delivery_returns')
    .insert({
      number,
      note_id: note.id,
      customer_id: note.customerId,
      date: input.date,
      reason: input.reason,
      net_fen: sum('net_fen'),
      tax_fen: sum('tax_fen'),
      gross_fen: sum('gross_fen'),
      created_by: createdBy,
      lock_version: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  await trx('delivery_return_lines').insert(lines.map((l) => ({ ...l, return_id: row!.id })));
  if (charges.length) await trx('delivery_return_charges').insert(charges.map((c) => ({ ...c, return_id: row!.id })));
  await writeSnapshot(trx, 'return', row!.id, await returnSnapshotNow(trx, row!.id));
  await settleOrderStatus(trx, note.orderId);
  return getReturn(trx, row!.id);
}
