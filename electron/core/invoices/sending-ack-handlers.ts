import { today } from '../dates';
import { assertExists } from '../db/references';
import { nowIso } from '../db/rows';
import { AppError } from '../rpc/errors';
import type { HandlerMap } from '../rpc/handler';
import { getDelivery, loadInvoice } from './sending-store';
import { readMailTemplate } from './sending-template';

type Channel =
  'invoices.acknowledge' | 'invoices.delivery' | 'invoices.mailTemplate.get' | 'invoices.mailTemplate.update';

const dateError = (key: string, vars: Record<string, string> = {}) =>
  new AppError('VALIDATION', key, vars, [{ path: 'date', message: key }]);

/** The 回执, an invoice's delivery history, and the customer's invoice mail template. */
export const ackHandlers: HandlerMap<Channel> = {
  'invoices.acknowledge': async ({ invoiceId, date, signer, attachmentId }, ctx) => {
    const trx = ctx.tx();
    const invoice = await loadInvoice(trx, invoiceId);
    if (invoice.delivery_state === 'unsent')
      throw new AppError('CONFLICT', 'invoiceSendMsg.errors.notSent', { number: invoice.number });
    if (invoice.delivery_state === 'acknowledged')
      throw new AppError('CONFLICT', 'invoiceSendMsg.errors.alreadyAcknowledged', {
        number: invoice.number,
        date: invoice.acknowledged_on ?? '',
      });
    if (invoice.sent_on && date < invoice.sent_on)
      throw dateError('invoiceSendMsg.errors.ackBeforeSend', { sentOn: invoice.sent_on });
    if (date > today()) throw dateError('invoiceSendMsg.errors.inFuture');
    await assertExists(trx, 'attachments', 'attachment', attachmentId);
    await trx('invoices')
      .where({ id: invoiceId })
      .update({
        delivery_state: 'acknowledged',
        acknowledged_on: date,
        ack_signer: signer,
        ack_attachment_id: attachmentId,
        lock_version: trx.raw('lock_version + 1'),
        updated_at: nowIso(),
      });
    await ctx.audit({
      entity: 'invoice',
      entityId: invoiceId,
      action: 'acknowledge',
      before: { deliveryState: invoice.delivery_state },
      after: { deliveryState: 'acknowledged', acknowledgedOn: date, ackSigner: signer, ackAttachmentId: attachmentId },
    });
    return getDelivery(trx, invoiceId);
  },
  'invoices.delivery': async ({ invoiceId }, { db }) => getDelivery(db, invoiceId),
  'invoices.mailTemplate.get': async ({ customerId, invoiceId }, { db, locale }) =>
    readMailTemplate(db, locale, customerId, invoiceId),
  'invoices.mailTemplate.update': async ({ customerId, email, subject, body }, ctx) => {
    const trx = ctx.tx();
    const before = await readMailTemplate(trx, ctx.locale, customerId, null);
    // The customer row moves on a version, so a customer form open meanwhile cannot save over it.
    await trx('customers')
      .where({ id: customerId })
      .update({
        invoice_email: email,
        invoice_mail_subject: subject,
        invoice_mail_body: body,
        lock_version: trx.raw('lock_version + 1'),
        updated_at: nowIso(),
      });
    const after = await readMailTemplate(trx, ctx.locale, customerId, null);
    await ctx.audit({
      entity: 'customer',
      entityId: customerId,
      action: 'mailTemplate',
      before: { email: before.email, subject: before.subject, body: before.body },
      after: { email, subject, body },
    });
    return after;
  },
};
