import type { Knex } from 'knex';
import type { z } from 'zod';
import type { NoticeDetail, noticeInput, noticeRow } from '../../shared/deliveries/contract';
import { Dec, parseDecimal } from '../../shared/money';
import { updateAtLockVersion } from '../db/lock-version';
import { bool, int, nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { AppError, notFound } from '../rpc/errors';
import { goodsAt, toGoods, type GoodsDbRow } from './goods-lines';
import { noticeChargeEstimate } from './note-charges';
import { orderProgressOf } from './progress';
import { qtyText, sumBy } from './quantities';

type Db = Knex | Knex.Transaction;
type NoticeData = z.output<typeof noticeInput>;

export interface NoticeDbRow {
  id: number;
  number: string;
  order_id: number;
  order_number: string;
  customer_id: number;
  customer_name: string;
  date: string;
  ship_date: string | null;
  delivery_address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  status: NoticeDetail['status'];
  price_includes_tax: number | boolean;
  gross_fen: number | string;
  override_reason: string | null;
  override_by_name: string | null;
  created_by_name: string | null;
  redelivery_of: number | null;
  redelivery_of_number: string | null;
  notes: string | null;
  lock_version: number;
  updated_at: string;
}

export function noticeQuery(db: Db): Knex.QueryBuilder {
  return db('delivery_notices')
    .join('sales_orders', 'sales_orders.id', 'delivery_notices.order_id')
    .join('customers', 'customers.id', 'delivery_notices.customer_id')
    .leftJoin('users as creator', 'creator.id', 'delivery_notices.created_by')
    .leftJoin('users as overrider', 'overrider.id', 'delivery_notices.override_by')
    .leftJoin('delivery_notes as redelivered', 'redelivered.id', 'delivery_notices.redelivery_of')
    .select(
      'delivery_notices.*',
      'sales_orders.number as order_number',
      'customers.name as customer_name',
      'creator.display_name as created_by_name',
      'overrider.display_name as override_by_name',
      'redelivered.number as redelivery_of_number',
    );
}

export const toNoticeRow = (r: NoticeDbRow): z.output<typeof noticeRow> => ({
  id: r.id,
  number: r.number,
  orderId: r.order_id,
  orderNumber: r.order_number,
  customerId: r.customer_id,
  customerName: r.customer_name,
  date: r.date,
  shipDate: r.ship_date,
  status: r.status,
  gross: int(r.gross_fen),
  createdBy: r.created_by_name,
  updatedAt: r.updated_at,
});

/** Quantity of each notice line already on delivery notes that stand. */
export async function onNotesByNoticeLine(db: Db, noticeId: number): Promise<Map<number, Dec>> {
  const rows = (await db('delivery_note_lines')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_note_lines.note_id')
    .where('delivery_notes.notice_id', noticeId)
    .whereNot('delivery_notes.status', 'cancelled')
    .select('delivery_note_lines.notice_line_id', 'delivery_note_lines.quantity')) as {
    notice_line_id: number;
    quantity: string;
  }[];
  return sumBy(
    rows,
    (r) => r.notice_line_id,
    (r) => r.quantity,
  );
}

export async function getNotice(db: Db, id: number): Promise<NoticeDetail> {
  const r = (await noticeQuery(db).where('delivery_notices.id', id).first()) as NoticeDbRow | undefined;
  if (!r) throw notFound('deliveryNotice', id);
  const lines = (await db('delivery_notice_lines').where({ notice_id: id }).orderBy('position')) as GoodsDbRow[];
  const onNotes = await onNotesByNoticeLine(db, id);
  const notes = (await db('delivery_notes')
    .where({ notice_id: id })
    .orderBy('id')
    .select('id', 'number', 'status', 'date')) as NoticeDetail['deliveryNotes'];
  return {
    ...toNoticeRow(r),
    deliveryAddress: r.delivery_address,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    notes: r.notes,
    priceIncludesTax: bool(r.price_includes_tax),
    overrideReason: r.override_reason,
    overrideBy: r.override_by_name,
    redeliveryOf: r.redelivery_of === null ? null : { id: r.redelivery_of, number: r.redelivery_of_number ?? '' },
    lockVersion: r.lock_version,
    lines: lines.map((l) => {
      const done = onNotes.get(l.id) ?? new Dec(0);
      return {
        id: l.id,
        ...toGoods(l),
        onNotes: qtyText(done),
        remaining: qtyText(Dec.max(new Dec(l.quantity).minus(done), 0)),
      };
    }),
    deliveryNotes: notes,
  };
}

/**
 * Writes a notice's lines from the order: each quantity must fit what the order line still
 * has available (ordered, less other standing notices, plus what came back). Returns the
 * notice's gross: its goods and, unless it re-delivers (补发), its estimated share of the charges.
 */
export async function writeNoticeLines(
  trx: Knex.Transaction,
  noticeId: number,
  d: NoticeData,
  priceIncludesTax: boolean,
  redelivery: boolean,
): Promise<number> {
  await trx('delivery_notice_lines').where({ notice_id: noticeId }).delete();
  const progress = await orderProgressOf(trx, d.orderId);
  const orderLines = (await trx('sales_order_lines').where({ order_id: d.orderId, kind: 'item' })) as (GoodsDbRow & {
    id: number;
  })[];
  const seen = new Set<number>();
  const rows = d.lines.map((line, i) => {
    const source = orderLines.find((o) => o.id === line.orderLineId);
    const p = progress.lines.find((x) => x.orderLineId === line.orderLineId);
    if (!source || !p)
      throw new AppError('VALIDATION', 'errors.notOrderLine', {}, [
        { path: `lines.${i}.orderLineId`, message: 'errors.notOrderLine' },
      ]);
    if (seen.has(line.orderLineId))
      throw new AppError('VALIDATION', 'errors.lineTwice', { name: source.name }, [
        { path: `lines.${i}.orderLineId`, message: 'errors.lineTwice' },
      ]);
    seen.add(line.orderLineId);
    if (parseDecimal(line.quantity).greaterThan(parseDecimal(p.available))) {
      throw new AppError(
        'VALIDATION',
        'errors.overOrdered',
        { name: source.name, available: p.available, unit: source.unit },
        [{ path: `lines.${i}.quantity`, message: 'errors.overOrderedShort' }],
      );
    }
    return {
      notice_id: noticeId,
      ...goodsAt({ ...source, order_line_id: source.id }, line.quantity, priceIncludesTax, i + 1),
    };
  });
  await trx('delivery_notice_lines').insert(rows);
  const goods = rows.reduce((s, r) => s + r.gross_fen, 0);
  return goods + (redelivery ? 0 : await noticeChargeEstimate(trx, d.orderId, goods));
}

export function noticeColumns(d: NoticeData) {
  return {
    date: d.date,
    ship_date: d.shipDate,
    delivery_address: d.deliveryAddress,
    contact_name: d.contactName,
    contact_phone: d.contactPhone,
    notes: d.notes,
    updated_at: nowIso(),
  };
}

/**
 * A draft notice for an open order, addressed as the order is unless the data says otherwise.
 * `redeliveryOf` names the signed note whose shortfall or return it makes good (补发).
 */
export async function createNotice(
  trx: Knex.Transaction,
  data: NoticeData,
  by: { redeliveryOf: number | null; createdBy: number | null },
): Promise<NoticeDetail> {
  const order = (await trx('sales_orders').where({ id: data.orderId }).first()) as
    | {
        id: number;
        number: string;
        status: string;
        customer_id: number;
        price_includes_tax: number | boolean;
        delivery_address: string | null;
        contact_name: string | null;
        contact_phone: string | null;
      }
    | undefined;
  if (!order) throw notFound('order', data.orderId);
  if (!['open', 'confirmed', 'partial'].includes(order.status))
    throw new AppError('CONFLICT', 'errors.orderNotOpen', { number: order.number });
  const number = await nextNumber(trx, 'delivery_notice', new Date(`${data.date}T12:00:00`));
  const [row] = (await trx('delivery_notices')
    .insert({
      ...noticeColumns(data),
      delivery_address: data.deliveryAddress ?? order.delivery_address,
      contact_name: data.contactName ?? order.contact_name,
      contact_phone: data.contactPhone ?? order.contact_phone,
      number,
      order_id: order.id,
      customer_id: order.customer_id,
      status: 'draft',
      price_includes_tax: bool(order.price_includes_tax),
      gross_fen: 0,
      redelivery_of: by.redeliveryOf,
      created_by: by.createdBy,
      lock_version: 1,
      created_at: nowIso(),
    })
    .returning('id')) as { id: number }[];
  const id = row!.id;
  const gross = await writeNoticeLines(trx, id, data, bool(order.price_includes_tax), by.redeliveryOf !== null);
  await trx('delivery_notices').where({ id }).update({ gross_fen: gross });
  return getNotice(trx, id);
}

/** Writes `changes` at the lock version the caller read. */
export async function bumpNotice(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  await updateAtLockVersion(trx, 'delivery_notices', 'deliveryNotice', id, lockVersion, changes);
}

/** A notice is closed once every line is on standing notes, and open again when one is cancelled. */
export async function settleNoticeStatus(trx: Knex.Transaction, noticeId: number): Promise<void> {
  const notice = await getNotice(trx, noticeId);
  const done = notice.lines.every((l) => parseDecimal(l.remaining).isZero());
  if (notice.status === 'confirmed' && done) await bumpNotice(trx, noticeId, notice.lockVersion, { status: 'closed' });
  if (notice.status === 'closed' && !done) await bumpNotice(trx, noticeId, notice.lockVersion, { status: 'confirmed' });
}
