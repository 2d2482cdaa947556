import type { Knex } from 'knex';
import { Dec, type LineAmounts } from '../../shared/money';
import type { QuoteLineKind } from '../../shared/quotes/quote-pricing';
import { int } from '../db/rows';
import { addAmounts, chargeRemainder, chargeShare, isZeroAmounts, ZERO_AMOUNTS } from './charge-shares';
import { sumBy } from './quantities';

type Db = Knex | Knex.Transaction;

/** A charge row as delivery_note_charges and delivery_return_charges store it. */
export interface ChargeRow {
  order_line_id: number;
  kind: Exclude<QuoteLineKind, 'item'>;
  name: string;
  tax_rate: string;
  net_fen: number;
  tax_fen: number;
  gross_fen: number;
}

interface StoredCharge {
  order_line_id: number;
  kind: ChargeRow['kind'];
  name: string;
  tax_rate: string;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
}

const amountsOf = (r: Pick<StoredCharge, 'net_fen' | 'tax_fen' | 'gross_fen'>): LineAmounts => ({
  net: int(r.net_fen),
  tax: int(r.tax_fen),
  gross: int(r.gross_fen),
});

const rowOf = (c: StoredCharge, a: LineAmounts): ChargeRow => ({
  order_line_id: c.order_line_id,
  kind: c.kind,
  name: c.name,
  tax_rate: c.tax_rate,
  net_fen: a.net,
  tax_fen: a.tax,
  gross_fen: a.gross,
});

/** Sums charge amounts per order line. */
function amountsBy(rows: StoredCharge[]): Map<number, LineAmounts> {
  const out = new Map<number, LineAmounts>();
  for (const r of rows) out.set(r.order_line_id, addAmounts(out.get(r.order_line_id) ?? ZERO_AMOUNTS, amountsOf(r)));
  return out;
}

/** The order's discount, freight and other lines, and the gross of its goods: the base every share is taken of. */
async function orderCharges(db: Db, orderId: number) {
  const lines = (await db('sales_order_lines')
    .where({ order_id: orderId })
    .orderBy('position')
    .select('id', 'kind', 'name', 'tax_rate', 'quantity', 'net_fen', 'tax_fen', 'gross_fen')) as (Omit<
    StoredCharge,
    'order_line_id' | 'kind'
  > & { id: number; kind: QuoteLineKind; quantity: string })[];
  const goods = lines.filter((l) => l.kind === 'item');
  const charges = lines
    .filter((l) => l.kind !== 'item')
    .map((l) => ({ ...l, order_line_id: l.id, kind: l.kind as ChargeRow['kind'] }));
  return { goods, charges, goodsGross: goods.reduce((s, l) => s + int(l.gross_fen), 0) };
}

/** A notice's estimate of its charges (pro rata by its goods gross, no closing remainder), for its gross and credit. */
export async function noticeChargeEstimate(db: Db, orderId: number, goodsGross: number): Promise<number> {
  const { charges, goodsGross: whole } = await orderCharges(db, orderId);
  return charges.reduce((s, c) => s + chargeShare(amountsOf(c), goodsGross, whole).gross, 0);
}

/**
 * The order's charges a new note carries: each pro rata by the note's goods gross over the order's goods gross; the
 * note that brings the goods on standing notes (less returns and shorts) to the full order takes what is left, so
 * once everything is delivered the notes' charges, less what returns gave back, equal the order's charge lines.
 * A 补发 note carries no share of its own (it makes good goods charged on the note it replaces) but still closes
 * the order with the remainder when it is the one completing it, so what a return gave back comes back once.
 */
export async function chargesForNote(
  trx: Knex.Transaction,
  note: {
    orderId: number;
    redelivery: boolean;
    goodsGross: number;
    lines: { order_line_id: number; quantity: string }[];
  },
): Promise<ChargeRow[]> {
  const { goods, charges, goodsGross } = await orderCharges(trx, note.orderId);
  if (!charges.length) return [];
  const onNotes = (await trx('delivery_note_lines')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_note_lines.note_id')
    .where('delivery_notes.order_id', note.orderId)
    .whereNot('delivery_notes.status', 'cancelled')
    .select(
      'delivery_note_lines.id',
      'delivery_note_lines.order_line_id',
      'delivery_note_lines.quantity',
      'delivery_note_lines.discrepancy',
      'delivery_note_lines.discrepancy_qty',
    )) as {
    id: number;
    order_line_id: number;
    quantity: string;
    discrepancy: string | null;
    discrepancy_qty: string | null;
  }[];
  const returned = (await trx('delivery_return_lines')
    .whereIn(
      'note_line_id',
      onNotes.map((l) => l.id),
    )
    .select('order_line_id', 'quantity')) as { order_line_id: number; quantity: string }[];
  const taken = amountsBy(
    (await trx('delivery_note_charges')
      .join('delivery_notes', 'delivery_notes.id', 'delivery_note_charges.note_id')
      .where('delivery_notes.order_id', note.orderId)
      .whereNot('delivery_notes.status', 'cancelled')
      .select('delivery_note_charges.*')) as StoredCharge[],
  );
  const givenBack = amountsBy(
    (await trx('delivery_return_charges')
      .join('delivery_returns', 'delivery_returns.id', 'delivery_return_charges.return_id')
      .join('delivery_notes', 'delivery_notes.id', 'delivery_returns.note_id')
      .where('delivery_notes.order_id', note.orderId)
      .whereNot('delivery_notes.status', 'cancelled')
      .select('delivery_return_charges.*')) as StoredCharge[],
  );
  const qty = (rows: { order_line_id: number; quantity: string | null }[]) =>
    sumBy(
      rows,
      (r) => r.order_line_id,
      (r) => r.quantity,
    );
  const shipped = qty([...onNotes, ...note.lines]);
  const back = qty([
    ...returned,
    ...onNotes.filter((l) => l.discrepancy === 'short').map((l) => ({ ...l, quantity: l.discrepancy_qty })),
  ]);
  const zero = new Dec(0);
  const completes = goods.every((g) =>
    (shipped.get(g.id) ?? zero).minus(back.get(g.id) ?? zero).greaterThanOrEqualTo(g.quantity),
  );
  const rows = charges.map((c) => {
    if (completes) {
      // What standing notes hold of it, less what their returns gave back.
      const held = chargeRemainder(taken.get(c.id) ?? ZERO_AMOUNTS, givenBack.get(c.id) ?? ZERO_AMOUNTS);
      return rowOf(c, chargeRemainder(amountsOf(c), held));
    }
    return rowOf(c, note.redelivery ? ZERO_AMOUNTS : chargeShare(amountsOf(c), note.goodsGross, goodsGross));
  });
  return rows.filter((r) => !isZeroAmounts({ net: r.net_fen, tax: r.tax_fen, gross: r.gross_fen }));
}

/**
 * The share of its note's charges a return carries: pro rata by the returned goods gross over the note's goods
 * gross; the return that takes back the last of the note's goods takes what is left, so the note's value ends at 0.
 */
export async function chargesForReturn(
  trx: Knex.Transaction,
  ret: { noteId: number; goodsGross: number; lines: { note_line_id: number; quantity: string }[] },
): Promise<ChargeRow[]> {
  const noteCharges = (await trx('delivery_note_charges')
    .where({ note_id: ret.noteId })
    .orderBy('id')) as StoredCharge[];
  if (!noteCharges.length) return [];
  const noteLines = (await trx('delivery_note_lines')
    .where({ note_id: ret.noteId })
    .select('id', 'quantity', 'gross_fen')) as {
    id: number;
    quantity: string;
    gross_fen: number | string;
  }[];
  const earlier = (await trx('delivery_return_lines')
    .join('delivery_returns', 'delivery_returns.id', 'delivery_return_lines.return_id')
    .where('delivery_returns.note_id', ret.noteId)
    .select('delivery_return_lines.note_line_id', 'delivery_return_lines.quantity')) as {
    note_line_id: number;
    quantity: string;
  }[];
  const givenBack = amountsBy(
    (await trx('delivery_return_charges')
      .join('delivery_returns', 'delivery_returns.id', 'delivery_return_charges.return_id')
      .where('delivery_returns.note_id', ret.noteId)
      .select('delivery_return_charges.*')) as StoredCharge[],
  );
  const backBy = sumBy(
    [...earlier, ...ret.lines],
    (r) => r.note_line_id,
    (r) => r.quantity,
  );
  const all = noteLines.every((l) => (backBy.get(l.id) ?? new Dec(0)).greaterThanOrEqualTo(l.quantity));
  const noteGoods = noteLines.reduce((s, l) => s + int(l.gross_fen), 0);
  return noteCharges
    .map((c) =>
      rowOf(
        c,
        all
          ? chargeRemainder(amountsOf(c), givenBack.get(c.order_line_id) ?? ZERO_AMOUNTS)
          : chargeShare(amountsOf(c), ret.goodsGross, noteGoods),
      ),
    )
    .filter((r) => !isZeroAmounts({ net: r.net_fen, tax: r.tax_fen, gross: r.gross_fen }));
}

/** Sums charge rows' amounts (for a header's totals). */
export const chargeTotals = (rows: ChargeRow[]): LineAmounts =>
  rows.reduce((t, r) => addAmounts(t, { net: r.net_fen, tax: r.tax_fen, gross: r.gross_fen }), ZERO_AMOUNTS);

/** Charge rows read back for a document, per note or return id. */
export async function storedCharges(
  db: Db,
  table: 'delivery_note_charges' | 'delivery_return_charges',
  ids: number[],
): Promise<Map<number, ChargeOut[]>> {
  const owner = table === 'delivery_note_charges' ? 'note_id' : 'return_id';
  const rows = (await db(table).whereIn(owner, ids).orderBy('id')) as (StoredCharge & {
    note_id?: number;
    return_id?: number;
  })[];
  const out = new Map<number, ChargeOut[]>();
  for (const r of rows) {
    const key = (r.note_id ?? r.return_id)!;
    const list = out.get(key) ?? [];
    list.push({ orderLineId: r.order_line_id, kind: r.kind, name: r.name, taxRate: r.tax_rate, ...amountsOf(r) });
    out.set(key, list);
  }
  return out;
}

export interface ChargeOut extends LineAmounts {
  orderLineId: number;
  kind: ChargeRow['kind'];
  name: string;
  taxRate: string;
}
