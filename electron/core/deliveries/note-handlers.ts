import type { Locale } from '../../shared/rpc/envelope';
import { Dec, parseDecimal } from '../../shared/money';
import { translate } from '../../shared/i18n/translate';
import { attachToDocument } from '../attachments/document-files';
import { today } from '../dates';
import { pageQuery } from '../db/list-query';
import { documentMatchIds } from '../search/document-search';
import { updateAtLockVersion } from '../db/lock-version';
import { bool, nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { AppError } from '../rpc/errors';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { matchingIds } from '../search/search-index';
import { renderNotes } from './delivery-pdf';
import { writeSnapshot } from '../docs/issued-snapshot';
import { countPrints } from '../docs/print-count';
import { goodsAt, type GoodsDbRow } from './goods-lines';
import { chargesForNote } from './note-charges';
import { getNote, moveNotes, noteQuery, toNoteRow, type NoteDbRow } from './note-store';
import { createNotice, getNotice, onNotesByNoticeLine, settleNoticeStatus } from './notice-store';
import { comparePick } from './pick-check';
import { checkDeliveredOn, checkSignedOn } from './delivery-dates';
import { checkDiscrepancies } from './receipt-lines';
import { checkNoteLoad } from '../receivables/credit-checkpoints';
import { orderProgressOf } from './progress';
import { settleOrderStatus } from '../orders/delivery-status';

/** One note's number, or the first and how many in all for a batch. */
const notesFilename = (locale: Locale, numbers: string[]) =>
  numbers.length > 1
    ? translate(locale, 'documentText.noteBatchFile', { number: numbers[0]!, count: numbers.length })
    : translate(locale, 'documentText.noteFile', { number: numbers[0]! });

type Channel =
  | 'deliveries.notes.list'
  | 'deliveries.notes.get'
  | 'deliveries.notes.create'
  | 'deliveries.notes.check'
  | 'deliveries.notes.advance'
  | 'deliveries.notes.cancel'
  | 'deliveries.notes.receipt'
  | 'deliveries.notes.redeliver'
  | 'deliveries.notes.attach'
  | 'deliveries.notes.preview'
  | 'deliveries.notes.print';

/** 送货单: made from a confirmed notice, pick-checked, moved along, signed for (回单), printed. */
export const noteHandlers: HandlerMap<Channel> = {
  'deliveries.notes.list': async (input, { db }) => {
    const base = db('delivery_notes');
    const f = input.filters;
    if (f.status) base.where('delivery_notes.status', f.status);
    if (f.customerId) base.where('delivery_notes.customer_id', f.customerId);
    if (f.noticeId) base.where('delivery_notes.notice_id', f.noticeId);
    if (f.orderId) base.where('delivery_notes.order_id', f.orderId);
    if (f.runId) base.where('delivery_notes.run_id', f.runId);
    if (f.consignmentId) base.where('delivery_notes.consignment_id', f.consignmentId);
    if (f.from) base.where('delivery_notes.date', '>=', f.from);
    if (f.to) base.where('delivery_notes.date', '<=', f.to);
    if (f.open) base.whereNotIn('delivery_notes.status', ['receipted', 'cancelled']);
    return pageQuery(
      base,
      input,
      {
        // Its number, its order's number, or its customer's keys.
        search: (term) =>
          documentMatchIds(db, 'delivery_notes', term, {
            also: [
              ['order_id', documentMatchIds(db, 'sales_orders', term, { columns: ['number'] })],
              ['customer_id', matchingIds(db, 'customers', term)],
            ],
          }),
        sortColumns: {
          number: 'delivery_notes.number',
          date: 'delivery_notes.date',
          gross: 'delivery_notes.gross_fen',
          status: 'delivery_notes.status',
        },
        defaultSort: { column: 'delivery_notes.date', dir: 'desc' },
        idColumn: 'delivery_notes.id',
        read: noteQuery(db),
      },
      (r: NoteDbRow) => toNoteRow(r),
    );
  },
  'deliveries.notes.get': async ({ id }, { db }) => getNote(db, id),
  'deliveries.notes.create': async (input, ctx) => {
    const trx = ctx.tx();
    const notice = await getNotice(trx, input.noticeId);
    if (notice.status !== 'confirmed')
      throw new AppError('CONFLICT', 'errors.noticeWrongStatus', {
        number: notice.number,
        status: `@noticeStatus.${notice.status}`,
        action: '@deliveryAction.ship',
      });
    const onNotes = await onNotesByNoticeLine(trx, notice.id);
    const wanted =
      input.lines ??
      notice.lines
        .filter((l) => !parseDecimal(l.remaining).isZero())
        .map((l) => ({ noticeLineId: l.id, quantity: l.remaining, packages: null }));
    if (!wanted.length) throw new AppError('CONFLICT', 'errors.noticeAllShipped', { number: notice.number });
    const sources = (await trx('delivery_notice_lines').where({ notice_id: notice.id })) as GoodsDbRow[];
    const lines = wanted.map((w, i) => {
      const source = sources.find((s) => s.id === w.noticeLineId);
      if (!source)
        throw new AppError('VALIDATION', 'errors.notNoticeLine', {}, [
          { path: `lines.${i}.noticeLineId`, message: 'errors.notNoticeLine' },
        ]);
      const left = parseDecimal(source.quantity).minus(onNotes.get(source.id) ?? 0);
      if (parseDecimal(w.quantity).greaterThan(left))
        throw new AppError(
          'VALIDATION',
          'errors.overNoticed',
          { name: source.name, left: left.toFixed(), unit: source.unit },
          [{ path: `lines.${i}.quantity`, message: 'errors.overOrderedShort' }],
        );
      return {
        ...goodsAt(source, w.quantity, notice.priceIncludesTax, i + 1),
        notice_line_id: source.id,
        packages: w.packages,
      };
    });
    const customer = (await trx('customers').where({ id: notice.customerId }).first('delivery_show_prices')) as {
      delivery_show_prices: number | boolean;
    };
    const number = await nextNumber(trx, 'delivery', new Date(`${input.date}T12:00:00`));
    const now = nowIso();
    const charges = await chargesForNote(trx, {
      orderId: notice.orderId,
      redelivery: notice.redeliveryOf !== null,
      goodsGross: lines.reduce((s, l) => s + l.gross_fen, 0),
      lines,
    });
    const sum = (k: 'net_fen' | 'tax_fen' | 'gross_fen') =>
      lines.reduce((s, l) => s + l[k], 0) + charges.reduce((s, c) => s + c[k], 0);
    const [row] = (await trx('delivery_notes')
      .insert({
        number,
        notice_id: notice.id,
        order_id: notice.orderId,
        customer_id: notice.customerId,
        date: input.date,
        delivery_address: notice.deliveryAddress,
        contact_name: notice.contactName,
        contact_phone: notice.contactPhone,
        packages: input.packages,
        weight_kg: input.weightKg,
        volume_m3: input.volumeM3,
        show_prices: bool(customer.delivery_show_prices),
        price_includes_tax: notice.priceIncludesTax,
        net_fen: sum('net_fen'),
        tax_fen: sum('tax_fen'),
        gross_fen: sum('gross_fen'),
        status: 'prepared',
        notes: input.notes,
        created_by: ctx.user?.id ?? null,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    await trx('delivery_note_lines').insert(lines.map((l) => ({ ...l, note_id: row!.id })));
    if (charges.length) await trx('delivery_note_charges').insert(charges.map((c) => ({ ...c, note_id: row!.id })));
    await settleNoticeStatus(trx, notice.id);
    const created = await getNote(trx, row!.id);
    await ctx.audit({ entity: 'delivery', entityId: created.id, action: 'create', after: created });
    return created;
  },
  'deliveries.notes.check': async ({ id, lines }, ctx) => {
    const trx = ctx.tx();
    const note = await getNote(trx, id);
    if (note.status !== 'prepared')
      throw new AppError('CONFLICT', 'errors.noteWrongStatus', {
        number: note.number,
        status: `@noteStatus.${note.status}`,
        to: '@noteStatus.checked',
      });
    lines.forEach((l, i) => {
      if (!note.lines.some((x) => x.id === l.lineId))
        throw new AppError('VALIDATION', 'errors.notNoteLine', {}, [
          { path: `lines.${i}.lineId`, message: 'errors.notNoteLine' },
        ]);
    });
    const mismatches = comparePick(note.lines, lines);
    const passed = mismatches.length === 0;
    const at = nowIso();
    await trx('pick_checks').insert({
      note_id: id,
      passed,
      details: JSON.stringify({ entered: lines, mismatches }),
      checked_by: ctx.user?.id ?? null,
      checked_at: at,
    });
    if (passed) await moveNotes(trx, [id], 'checked', { checked_by: ctx.user?.id ?? null, checked_at: at });
    else await trx('delivery_notes').where({ id }).update({ updated_at: at });
    const after = await getNote(trx, id);
    await ctx.audit({
      entity: 'delivery',
      entityId: id,
      action: passed ? 'check' : 'checkFailed',
      after: { passed, mismatches },
    });
    return after;
  },
  'deliveries.notes.advance': async ({ id, to, date }, ctx) => {
    const trx = ctx.tx();
    const before = await getNote(trx, id);
    // A note on a run or a consignment goes out and arrives with it, never on its own.
    if (before.runId !== null) {
      const run = (await trx('dispatch_runs').where({ id: before.runId }).first('number')) as { number: string };
      throw new AppError('CONFLICT', 'errors.noteOnRun', { number: before.number, run: run.number });
    }
    if (before.consignmentId !== null) {
      const c = (await trx('consignments').where({ id: before.consignmentId }).first('number')) as { number: string };
      throw new AppError('CONFLICT', 'errors.noteOnConsignment', { number: before.number, consignment: c.number });
    }
    // Loading is the last credit check before the goods leave.
    if (to === 'loaded') await checkNoteLoad(ctx, id);
    const deliveredOn = date ?? today();
    if (to === 'delivered') checkDeliveredOn(before, deliveredOn);
    await moveNotes(trx, [id], to, to === 'delivered' ? { delivered_on: deliveredOn } : {});
    const after = await getNote(trx, id);
    await ctx.audit({
      entity: 'delivery',
      entityId: id,
      action: to,
      before: { status: before.status },
      after: { status: to },
    });
    return after;
  },
  'deliveries.notes.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getNote(trx, id);
    await moveNotes(trx, [id], 'cancelled', { cancel_reason: reason });
    await settleNoticeStatus(trx, before.noticeId);
    const after = await getNote(trx, id);
    await ctx.audit({
      entity: 'delivery',
      entityId: id,
      action: 'cancel',
      before: { status: before.status },
      after: { status: 'cancelled', reason },
    });
    return after;
  },
  'deliveries.notes.receipt': async ({ id, signer, date: given, note, attachmentId, discrepancies }, ctx) => {
    const trx = ctx.tx();
    const before = await getNote(trx, id);
    const date = given ?? today();
    checkSignedOn(before, date);
    checkDiscrepancies(before.lines, discrepancies);
    // The lines first: the move settles the order's status from what the 回单 says arrived.
    for (const d of discrepancies)
      await trx('delivery_note_lines')
        .where({ id: d.lineId })
        .update({ discrepancy: d.kind, discrepancy_qty: d.quantity, discrepancy_note: d.note });
    await moveNotes(trx, [id], 'receipted', {
      receipt_signer: signer,
      receipt_date: date,
      receipt_at: nowIso(),
      receipt_note: note,
    });
    if (attachmentId !== null)
      await attachToDocument(trx, 'delivery', id, attachmentId, translate(ctx.locale, 'documentText.receiptLabel'));
    const after = await getNote(trx, id);
    await ctx.audit({
      entity: 'delivery',
      entityId: id,
      action: 'receipt',
      before: { status: before.status },
      after: { status: 'receipted', signer, date, note, discrepancies, attachmentId },
    });
    return after;
  },
  'deliveries.notes.redeliver': async ({ id, date }, ctx) => {
    const trx = ctx.tx();
    const note = await getNote(trx, id);
    if (note.status !== 'delivered' && note.status !== 'receipted')
      throw new AppError('CONFLICT', 'errors.redeliverNotSigned', {
        number: note.number,
        status: `@noteStatus.${note.status}`,
      });
    // What is owed, but never more than the order line still has free (a plain notice may have taken it already).
    const free = new Map(
      (await orderProgressOf(trx, note.orderId)).lines.map((l) => [l.orderLineId, parseDecimal(l.available)]),
    );
    const lines = note.lines
      .map((l) => ({
        orderLineId: l.orderLineId,
        quantity: Dec.min(parseDecimal(l.redeliverable), free.get(l.orderLineId) ?? 0),
      }))
      .filter((l) => l.quantity.greaterThan(0))
      .map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity.toFixed() }));
    if (!lines.length) throw new AppError('CONFLICT', 'errors.nothingToRedeliver', { number: note.number });
    const notes = translate(ctx.locale, 'deliveryText.redelivery', { number: note.number });
    const created = await createNotice(
      trx,
      {
        orderId: note.orderId,
        date,
        shipDate: null,
        deliveryAddress: note.deliveryAddress,
        contactName: note.contactName,
        contactPhone: note.contactPhone,
        notes,
        lines,
      },
      { redeliveryOf: id, createdBy: ctx.user?.id ?? null },
    );
    await settleOrderStatus(trx, note.orderId);
    await ctx.audit({ entity: 'deliveryNotice', entityId: created.id, action: 'redeliver', after: created });
    return created;
  },
  'deliveries.notes.attach': async ({ id, attachmentId, label }, ctx) => {
    const trx = ctx.tx();
    const before = await getNote(trx, id);
    if (before.status === 'cancelled')
      throw new AppError('CONFLICT', 'errors.noteWrongStatus', {
        number: before.number,
        status: '@noteStatus.cancelled',
        to: '@noteStatus.cancelled',
      });
    await attachToDocument(trx, 'delivery', id, attachmentId, label);
    await updateAtLockVersion(trx, 'delivery_notes', 'deliveryNote', id, before.lockVersion, {});
    const after = await getNote(trx, id);
    await ctx.audit({ entity: 'delivery', entityId: id, action: 'attach', after: { attachmentId, label } });
    return after;
  },
  'deliveries.notes.preview': async ({ ids, format }, { services, locale }) => {
    const { pdf, pages, numbers } = await renderNotes(services.db(), services, ids, { printing: false, format });
    return {
      filename: notesFilename(locale, numbers),
      dataBase64: Buffer.from(pdf).toString('base64'),
      pages,
    };
  },
  // Rendering takes seconds for a big batch: it happens before the transaction that counts the prints.
  'deliveries.notes.print': selfManaged(async ({ ids, format }, ctx) => {
    const db = ctx.services.db();
    const { pdf, pages, reprinted, numbers, fresh } = await renderNotes(db, ctx.services, ids, {
      printing: true,
      format,
    });
    await countPrints(ctx, 'delivery_notes', 'delivery', ids, {
      // The first print issues a note: it keeps the snapshot it was just printed from.
      alongside: async (trx) => {
        for (const [id, snapshot] of fresh) await writeSnapshot(trx, 'note', id, snapshot);
      },
    });
    return {
      filename: notesFilename(ctx.locale, numbers),
      dataBase64: Buffer.from(pdf).toString('base64'),
      pages,
      reprinted,
    };
  }),
};
