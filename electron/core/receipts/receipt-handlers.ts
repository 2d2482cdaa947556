import type { Knex } from 'knex';
import { isBillMethod } from '../../shared/receipts/contract';
import { pageQuery } from '../db/list-query';
import { int, nowIso } from '../db/rows';
import { nextNumber } from '../numbering/numbering';
import { AppError, duplicate, notFound } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { documentMatchIds } from '../search/document-search';
import { matchingIds } from '../search/search-index';
import { allocate, fifo, openInvoicesOf, undoAllocation } from './allocation';
import { moveBill } from './bill-store';
import { getReceipt, receiptQuery, toReceiptRow, type ReceiptDbRow } from './receipt-store';

type Channel =
  | 'receipts.list'
  | 'receipts.get'
  | 'receipts.create'
  | 'receipts.cancel'
  | 'receipts.allocate'
  | 'receipts.undoAllocation'
  | 'receipts.openInvoices'
  | 'receipts.suggest';

/** Cancels a receipt with nothing allocated live: it counts nowhere after; a bill that came with it goes too. */
export async function cancelReceipt(
  trx: Knex.Transaction,
  id: number,
  reason: string,
  opts: { userId: number | null; date: string; billState: 'cancelled' | 'dishonoured' },
): Promise<void> {
  const receipt = await getReceipt(trx, id);
  if (receipt.cancelled)
    throw new AppError('CONFLICT', 'receiptMsg.errors.receiptCancelled', { number: receipt.number });
  if (receipt.allocated > 0)
    throw new AppError('CONFLICT', 'receiptMsg.errors.cancelAllocated', { number: receipt.number });
  await trx('receipts')
    .where({ id })
    .update({
      cancelled_at: nowIso(),
      cancel_reason: reason,
      unapplied_fen: 0,
      lock_version: trx.raw('lock_version + 1'),
      updated_at: nowIso(),
    });
  if (receipt.bill)
    await moveBill(trx, receipt.bill.id, opts.billState, opts.date, { detail: reason, userId: opts.userId });
}

/** 回款: registered with its bill, allocated (核销) and taken back, cancelled while unallocated. */
export const receiptHandlers: HandlerMap<Channel> = {
  'receipts.list': async (input, { db }) => {
    const base = db('receipts');
    const f = input.filters;
    if (f.customerId) base.where('receipts.customer_id', f.customerId);
    if (f.method) base.where('receipts.method', f.method);
    if (f.hasUnapplied) base.where('receipts.unapplied_fen', '>', 0);
    if (!f.includeCancelled) base.whereNull('receipts.cancelled_at');
    if (f.from) base.where('receipts.date', '>=', f.from);
    if (f.to) base.where('receipts.date', '<=', f.to);
    return pageQuery(
      base,
      input,
      {
        // Its number, payer or bank reference, its bill's number, or its customer's keys.
        search: (term) =>
          documentMatchIds(db, 'receipts', term, {
            also: [
              ['customer_id', matchingIds(db, 'customers', term)],
              [
                'id',
                db('acceptance_bills')
                  .whereNotNull('receipt_id')
                  .whereIn('id', documentMatchIds(db, 'acceptance_bills', term, { columns: ['bill_no'] }))
                  .select('receipt_id'),
              ],
            ],
          }),
        sortColumns: {
          number: 'receipts.number',
          date: 'receipts.date',
          amount: 'receipts.amount_fen',
          unapplied: 'receipts.unapplied_fen',
        },
        defaultSort: { column: 'receipts.date', dir: 'desc' },
        idColumn: 'receipts.id',
        read: receiptQuery(db),
      },
      (r: ReceiptDbRow) => toReceiptRow(r),
    );
  },
  'receipts.get': async ({ id }, { db }) => getReceipt(db, id),
  'receipts.create': async (input, ctx) => {
    const trx = ctx.tx();
    const customer = (await trx('customers').where({ id: input.customerId }).first('id', 'name')) as
      { id: number; name: string } | undefined;
    if (!customer)
      throw new AppError('VALIDATION', 'receiptMsg.errors.noCustomer', {}, [
        { path: 'customerId', message: 'receiptMsg.errors.noCustomer' },
      ]);
    const bill = isBillMethod(input.method) ? input.bill : null;
    if (bill && (await trx('acceptance_bills').where({ bill_no: bill.billNo }).first('id')))
      throw duplicate('bill.billNo', bill.billNo);
    const number = await nextNumber(trx, 'receipt', new Date(`${input.date}T12:00:00`));
    const now = nowIso();
    const [row] = (await trx('receipts')
      .insert({
        number,
        date: input.date,
        customer_id: customer.id,
        payer_name: input.payerName ?? customer.name,
        amount_fen: input.amount,
        fee_fen: input.fee,
        method: input.method,
        bank_ref: input.bankRef,
        unapplied_fen: input.amount,
        notes: input.notes,
        created_by: ctx.user?.id ?? null,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const id = row!.id;
    if (bill) {
      const [b] = (await trx('acceptance_bills')
        .insert({
          bill_no: bill.billNo,
          kind: input.method === 'bank_bill' ? 'bank' : 'commercial',
          receipt_id: id,
          customer_id: customer.id,
          drawer: bill.drawer,
          acceptor: bill.acceptor,
          amount_fen: input.amount,
          issue_date: bill.issueDate,
          maturity_date: bill.maturityDate,
          state: 'held',
          state_date: input.date,
          created_by: ctx.user?.id ?? null,
          lock_version: 1,
          created_at: now,
          updated_at: now,
        })
        .returning('id')) as { id: number }[];
      await trx('acceptance_bill_events').insert({
        bill_id: b!.id,
        state: 'held',
        date: input.date,
        detail: number,
        user_id: ctx.user?.id ?? null,
        created_at: now,
      });
    }
    const allocated = input.allocations.length
      ? await allocate(trx, id, input.allocations, ctx.user?.id ?? null).catch((e: unknown) => {
          // The form's allocation rows are `allocations.N`, the channel's `items.N`.
          if (e instanceof AppError)
            throw new AppError(
              e.code,
              e.messageKey,
              e.vars,
              e.fields.map((f) => ({ ...f, path: f.path.replace(/^items/, 'allocations') })),
            );
          throw e;
        })
      : [];
    const created = await getReceipt(trx, id);
    await ctx.audit({ entity: 'receipt', entityId: id, action: 'create', after: { ...created, allocated } });
    return created;
  },
  'receipts.cancel': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getReceipt(trx, id);
    await cancelReceipt(trx, id, reason, { userId: ctx.user?.id ?? null, date: before.date, billState: 'cancelled' });
    const after = await getReceipt(trx, id);
    await ctx.audit({
      entity: 'receipt',
      entityId: id,
      action: 'cancel',
      before: { unapplied: before.unapplied },
      after: { cancelled: true, reason },
    });
    return after;
  },
  'receipts.allocate': async ({ receiptId, items }, ctx) => {
    const trx = ctx.tx();
    const before = await getReceipt(trx, receiptId);
    const done = await allocate(trx, receiptId, items, ctx.user?.id ?? null);
    const after = await getReceipt(trx, receiptId);
    await ctx.audit({
      entity: 'receipt',
      entityId: receiptId,
      action: 'allocate',
      before: { unapplied: before.unapplied },
      after: { unapplied: after.unapplied, items: done },
    });
    return after;
  },
  'receipts.undoAllocation': async ({ allocationId, reason }, ctx) => {
    const trx = ctx.tx();
    const undone = await undoAllocation(trx, allocationId, reason, ctx.user?.id ?? null);
    const after = await getReceipt(trx, undone.receiptId);
    await ctx.audit({
      entity: 'receipt',
      entityId: undone.receiptId,
      action: 'undoAllocation',
      after: { ...undone, unapplied: after.unapplied },
    });
    return after;
  },
  'receipts.openInvoices': async ({ customerId }, { db }) => openInvoicesOf(db, customerId),
  'receipts.suggest': async (input, { db }) => {
    if ('receiptId' in input) {
      const r = (await db('receipts').where({ id: input.receiptId }).first('customer_id', 'unapplied_fen')) as
        { customer_id: number; unapplied_fen: number | string } | undefined;
      if (!r) throw notFound('receipt', input.receiptId);
      return fifo(await openInvoicesOf(db, r.customer_id), int(r.unapplied_fen));
    }
    return fifo(await openInvoicesOf(db, input.customerId), input.amount);
  },
};
