import { pageQuery } from '../db/list-query';
import { assertExists } from '../db/references';
import { nowIso } from '../db/rows';
import type { HandlerMap } from '../rpc/handler';
import { matchingIds } from '../search/search-index';
import { documentMatchIds } from '../search/document-search';
import { commitTaxExport, previewTaxExport } from './import-tax-export';
import { getInvoice, insertInvoice, invoiceQuery, toInvoiceRow, type InvoiceDbRow } from './invoice-store';
import { applyRedToOriginal, prepareRed } from './red-letter';
import { prepareInvoice } from './register-invoice';
import { draftFromNotes, uninvoicedOf } from './uninvoiced';

type Channel =
  | 'invoices.list'
  | 'invoices.get'
  | 'invoices.create'
  | 'invoices.red'
  | 'invoices.attach'
  | 'invoices.uninvoiced'
  | 'invoices.draftFromNotes'
  | 'invoices.importPreview'
  | 'invoices.importCommit';

/** 发票登记: invoices the tax system issued, registered with their lines and links; corrected only by red-letters. */
export const invoiceHandlers: HandlerMap<Channel> = {
  'invoices.list': async (input, { db }) => {
    const base = db('invoices');
    const f = input.filters;
    if (f.customerId) base.where('invoices.customer_id', f.customerId);
    if (f.type) base.where('invoices.type', f.type);
    if (f.settlement === 'open') base.whereNot('invoices.open_fen', 0);
    if (f.settlement === 'settled') base.where('invoices.open_fen', 0);
    if (f.color === 'blue') base.whereNull('invoices.red_of_id');
    if (f.color === 'red') base.whereNotNull('invoices.red_of_id');
    if (f.deliveryState) base.where('invoices.delivery_state', f.deliveryState);
    if (f.from) base.where('invoices.issue_date', '>=', f.from);
    if (f.to) base.where('invoices.issue_date', '<=', f.to);
    return pageQuery(
      base,
      input,
      {
        // Its number or buyer, or its customer's keys.
        search: (term) =>
          documentMatchIds(db, 'invoices', term, { also: [['customer_id', matchingIds(db, 'customers', term)]] }),
        sortColumns: {
          number: 'invoices.number',
          issueDate: 'invoices.issue_date',
          gross: 'invoices.gross_fen',
          open: 'invoices.open_fen',
          dueDate: 'invoices.due_date',
        },
        defaultSort: { column: 'invoices.issue_date', dir: 'desc' },
        idColumn: 'invoices.id',
        read: invoiceQuery(db),
      },
      (r: InvoiceDbRow) => toInvoiceRow(r),
    );
  },
  'invoices.get': async ({ id }, { db }) => getInvoice(db, id),
  'invoices.create': async (input, ctx) => {
    const trx = ctx.tx();
    const { invoice, over } = await prepareInvoice(trx, input);
    const id = await insertInvoice(trx, { ...invoice, importRef: null, createdBy: ctx.user?.id ?? null });
    const created = await getInvoice(trx, id);
    await ctx.audit({ entity: 'invoice', entityId: id, action: 'create', after: created });
    if (over.length)
      await ctx.audit({
        entity: 'invoice',
        entityId: id,
        action: 'overDelivered',
        after: { reason: invoice.overReason, lines: over },
      });
    return created;
  },
  'invoices.red': async (input, ctx) => {
    const trx = ctx.tx();
    const { red, original, absorbed } = await prepareRed(trx, input);
    const before = await getInvoice(trx, original.id);
    const id = await insertInvoice(trx, { ...red, importRef: null, createdBy: ctx.user?.id ?? null });
    await applyRedToOriginal(trx, original, absorbed, red.issueDate);
    const created = await getInvoice(trx, id);
    await ctx.audit({ entity: 'invoice', entityId: id, action: 'red', after: created });
    await ctx.audit({
      entity: 'invoice',
      entityId: original.id,
      action: 'redLettered',
      before: { open: before.open, settledOn: before.settledOn },
      after: { red: created.number, open: before.open - absorbed, absorbed },
    });
    return created;
  },
  'invoices.attach': async ({ id, attachmentId }, ctx) => {
    const trx = ctx.tx();
    const before = await getInvoice(trx, id);
    await assertExists(trx, 'attachments', 'attachment', attachmentId);
    await trx('invoices')
      .where({ id })
      .update({ attachment_id: attachmentId, lock_version: before.lockVersion + 1, updated_at: nowIso() });
    const after = await getInvoice(trx, id);
    await ctx.audit({ entity: 'invoice', entityId: id, action: 'attach', before: before.file, after: after.file });
    return after;
  },
  'invoices.uninvoiced': async ({ customerId }, { db }) => uninvoicedOf(db, customerId),
  'invoices.draftFromNotes': async ({ customerId, noteIds }, { db }) => draftFromNotes(db, customerId, noteIds),
  'invoices.importPreview': async (input, ctx) => previewTaxExport(ctx, input),
  'invoices.importCommit': async (input, ctx) => commitTaxExport(ctx, input),
};
