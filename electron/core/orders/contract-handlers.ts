import { translate } from '../../shared/i18n/translate';
import { appendAudit } from '../audit/audit-log';
import { today } from '../dates';
import { writeTransaction } from '../db/write-transaction';
import { countPrints } from '../docs/print-count';
import { sendMail } from '../mail/mailer';
import { createEntry } from '../register/register-store';
import { AppError } from '../rpc/errors';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { readCompany } from '../settings/company';
import { renderContractPdf } from './contract-pdf';
import { getOrder } from './order-store';

type Channel = 'orders.printContract' | 'orders.email';

/** Orders whose contract may go to the customer: agreed and not called off. */
const SENDABLE = ['confirmed', 'partial', 'delivered', 'closed'];

/** The order's contract as a document: printed or e-mailed (rendered first, outside the transaction that records it). */
export const contractHandlers: HandlerMap<Channel> = {
  'orders.printContract': selfManaged(async ({ id }, ctx) => {
    const { filename, pdf, pages } = await renderContractPdf(ctx.services.db(), ctx.services, id, ctx.locale);
    await countPrints(ctx, 'sales_orders', 'order', [id]);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  }),
  // The mail goes out before anything is written: a refused mail records nothing, and the database is not held
  // while the server answers.
  'orders.email': selfManaged(async ({ id, to, cc, subject, body }, ctx) => {
    const db = ctx.services.db();
    const order = await getOrder(db, id);
    if (!SENDABLE.includes(order.status))
      throw new AppError('CONFLICT', 'orderDocMsg.errors.notIssued', {
        number: order.number,
        status: translate(ctx.locale, `orderMsg.status.${order.status}`),
      });
    const company = await readCompany(db);
    const { filename, pdf, changeNo } = await renderContractPdf(db, ctx.services, id, ctx.locale);
    const t = (key: string) =>
      translate(ctx.locale, `orderDocMsg.mail.${key}`, {
        company: company.name ?? '',
        contact: order.contactName ?? '',
        number: order.number,
        changeNo,
        po: order.customerPo ? translate(ctx.locale, 'orderDocMsg.mail.poPart', { po: order.customerPo }) : '',
      });
    const mailSubject = subject ?? t(changeNo > 0 ? 'changeSubject' : 'subject').trim();
    await sendMail(ctx.services, {
      to,
      cc,
      subject: mailSubject,
      text: body ?? t('body'),
      attachments: [{ filename, content: Buffer.from(pdf), contentType: 'application/pdf' }],
    });
    return writeTransaction(db, async (trx) => {
      const actor = { userId: ctx.user?.id ?? null, userName: ctx.user?.displayName ?? null, channel: ctx.channel };
      // Filed in 收发文 as an outgoing contract, so the letter book shows what went to the customer and when.
      const entry = await createEntry(
        trx,
        {
          kind: 'contract',
          direction: 'sent',
          date: today(),
          customerId: order.customerId,
          supplierId: null,
          counterparty: order.customerName,
          theirRef: order.customerPo,
          subject: t(changeNo > 0 ? 'registerSubject' : 'registerSubjectFirst'),
          orderId: id,
          quoteId: null,
          archiveLocation: null,
          summary: [...to, ...cc].join(', '),
        },
        ctx.user?.id ?? null,
      );
      await appendAudit(trx, actor, { entity: 'register', entityId: entry.id, action: 'create', after: entry });
      await appendAudit(trx, actor, {
        entity: 'order',
        entityId: id,
        action: 'send',
        after: { via: 'email', to, cc, subject: mailSubject, changeNo, registerNumber: entry.number },
      });
      return { subject: mailSubject, registerNumber: entry.number, changeNo };
    });
  }),
};
