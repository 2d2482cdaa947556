import fs from 'node:fs';
import type { Knex } from 'knex';
import { appendAudit } from '../audit/audit-log';
import { attachmentPath } from '../attachments/attachment-files';
import { today } from '../dates';
import { writeTransaction } from '../db/write-transaction';
import { AppError } from '../rpc/errors';
import { selfManaged, type HandlerContext, type HandlerMap } from '../rpc/handler';
import { sendInvoiceMail } from './sending-mail';
import {
  checkSendDate,
  getDelivery,
  loadInvoice,
  loadInvoices,
  recordSending,
  type InvoiceDbRow,
  type SendContext,
  type Sending,
} from './sending-store';

type Channel = 'invoices.sendEmail' | 'invoices.sendCourier' | 'invoices.sendByHand' | 'invoices.sendTaxAccount';

/** Invoice files as the tax system hands them out: PDF or OFD (数电 invoices come as both). */
const INVOICE_FILE_MIME = ['application/pdf', 'application/ofd'];

/** True when `trx` is the transaction the router opened for this handler (not a self-managed one's own). */
function isHandlerTransaction(ctx: HandlerContext, trx: Knex.Transaction): boolean {
  try {
    return ctx.tx() === trx;
  } catch {
    return false;
  }
}

/**
 * The audit and register context of a write, inside the given transaction: through the router's own audit in its
 * transaction (so it counts them and adds no generic row of its own), directly in a self-managed handler's.
 */
export function sendContext(ctx: HandlerContext, trx: Knex.Transaction): SendContext {
  const actor = { userId: ctx.user?.id ?? null, userName: ctx.user?.displayName ?? null, channel: ctx.channel };
  const audit: SendContext['audit'] = isHandlerTransaction(ctx, trx)
    ? (entry) => ctx.audit(entry)
    : (entry) => appendAudit(trx, actor, entry);
  return { userId: actor.userId, locale: ctx.locale, audit };
}

async function invoiceFiles(ctx: HandlerContext, attachmentIds: number[]) {
  const rows = (await ctx.services
    .db()('attachments')
    .whereIn('id', attachmentIds)
    .select('id', 'sha256', 'filename', 'mime')) as { id: number; sha256: string; filename: string; mime: string }[];
  return attachmentIds.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row)
      throw new AppError('NOT_FOUND', 'invoiceSendMsg.errors.attachmentNotFound', { id }, [
        { path: 'attachmentIds', message: 'invoiceSendMsg.errors.attachmentNotFound' },
      ]);
    if (!INVOICE_FILE_MIME.includes(row.mime))
      throw new AppError('VALIDATION', 'invoiceSendMsg.errors.notInvoiceFile', { name: row.filename }, [
        { path: 'attachmentIds', message: 'invoiceSendMsg.errors.notInvoiceFile' },
      ]);
    return {
      filename: row.filename,
      contentType: row.mime,
      content: fs.readFileSync(attachmentPath(ctx.services.attachmentDir, row.sha256)),
    };
  });
}

/** Several invoices in one envelope, or handed over together, go to one customer. */
function oneCustomer(invoices: InvoiceDbRow[]): void {
  if (new Set(invoices.map((i) => i.customer_id)).size > 1)
    throw new AppError('VALIDATION', 'invoiceSendMsg.errors.oneCustomer', {}, [
      { path: 'invoiceIds', message: 'invoiceSendMsg.errors.oneCustomer' },
    ]);
}

/** Records one way of sending for each invoice of the batch, in the handler's transaction. */
async function sendBatch(ctx: HandlerContext, ids: number[], sending: Sending, sameCustomer: boolean) {
  const trx = ctx.tx();
  const invoices = await loadInvoices(trx, ids);
  if (sameCustomer) oneCustomer(invoices);
  checkSendDate(invoices, sending.date);
  const sc = sendContext(ctx, trx);
  for (const invoice of invoices) await recordSending(trx, sc, invoice, sending);
  return Promise.all(invoices.map((i) => getDelivery(trx, i.id)));
}

export const sendHandlers: HandlerMap<Channel> = {
  // The mail goes out first, outside any transaction: a refused mail writes nothing, and the
  // database is not held while the server answers.
  'invoices.sendEmail': selfManaged(async ({ invoiceId, to, cc, subject, body, attachmentIds }, ctx) => {
    const db = ctx.services.db();
    const invoice = await loadInvoice(db, invoiceId);
    const date = today();
    checkSendDate([invoice], date);
    const attachments = await invoiceFiles(ctx, attachmentIds);
    const { messageId } = await sendInvoiceMail(ctx.services, { to, cc, subject, text: body, attachments });
    return writeTransaction(db, async (trx) => {
      const current = await loadInvoice(trx, invoiceId);
      await recordSending(trx, sendContext(ctx, trx), current, {
        way: 'email',
        date,
        emailTo: [...to, ...cc].join(', ').slice(0, 200),
        messageId: messageId.slice(0, 200),
        note: subject,
      });
      // The file sent becomes the invoice's file when it has none yet.
      if (current.attachment_id === null)
        await trx('invoices').where({ id: invoiceId }).update({ attachment_id: attachmentIds[0] });
      return getDelivery(trx, invoiceId);
    });
  }),
  'invoices.sendCourier': async ({ invoiceIds, courier, trackingNo, date }, ctx) =>
    sendBatch(ctx, invoiceIds, { way: 'courier', date, courier, trackingNo }, true),
  'invoices.sendByHand': async ({ invoiceIds, handedTo, date }, ctx) =>
    sendBatch(ctx, invoiceIds, { way: 'hand', date, handedTo }, true),
  'invoices.sendTaxAccount': async ({ invoiceIds, date, note }, ctx) =>
    sendBatch(ctx, invoiceIds, { way: 'tax_account', date, note }, false),
};
