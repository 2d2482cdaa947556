import { translate } from '../../../shared/i18n/translate';
import { appendAudit } from '../../audit/audit-log';
import { today } from '../../dates';
import { updateAtLockVersion } from '../../db/lock-version';
import { writeTransaction } from '../../db/write-transaction';
import { countPrints } from '../../docs/print-count';
import { sendMail } from '../../mail/mailer';
import { createEntry } from '../../register/register-store';
import { selfManaged, type HandlerMap } from '../../rpc/handler';
import { readCompany } from '../../settings/company';
import { forwardPo } from './po-forward';
import { renderPoPdf } from './po-pdf';
import { recordPoPrices } from './po-prices';
import { assertPoStatus } from './po-status';
import { getPo } from './po-store';

type Channel = 'purchasing.orders.print' | 'purchasing.orders.email' | 'purchasing.orders.forward';

/** The PO as a document (printed, e-mailed to the supplier) and sent on to the customer (转发). */
export const poDocumentHandlers: HandlerMap<Channel> = {
  // Rendered first, outside the transaction that counts the print.
  'purchasing.orders.print': selfManaged(async ({ id }, ctx) => {
    const { filename, pdf, pages } = await renderPoPdf(ctx.services.db(), ctx.services, id, ctx.locale);
    await countPrints(ctx, 'purchase_orders', 'purchaseOrder', [id]);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  }),
  // The mail goes out before anything is written: a refused mail records nothing.
  'purchasing.orders.email': selfManaged(async ({ id, to, cc, subject, body }, ctx) => {
    const db = ctx.services.db();
    const po = await getPo(db, id);
    assertPoStatus(po, ['draft', 'sent', 'confirmed', 'partial'], 'email');
    const company = await readCompany(db);
    const { filename, pdf } = await renderPoPdf(db, ctx.services, id, ctx.locale);
    const t = (key: string) =>
      translate(ctx.locale, `poMsg.mail.${key}`, {
        company: company.name ?? '',
        contact: po.contactName ?? '',
        number: po.number,
      });
    const mailSubject = subject ?? t('subject');
    await sendMail(ctx.services, {
      to,
      cc,
      subject: mailSubject,
      text: body ?? t('body'),
      attachments: [{ filename, content: Buffer.from(pdf), contentType: 'application/pdf' }],
    });
    return writeTransaction(db, async (trx) => {
      const actor = { userId: ctx.user?.id ?? null, userName: ctx.user?.displayName ?? null, channel: ctx.channel };
      // Filed in 收发文 as an outgoing contract to the supplier.
      const entry = await createEntry(
        trx,
        {
          kind: 'contract',
          direction: 'sent',
          date: today(),
          customerId: null,
          supplierId: po.supplierId,
          counterparty: po.supplierName,
          theirRef: null,
          subject: t('registerSubject'),
          orderId: null,
          quoteId: null,
          archiveLocation: null,
          summary: [...to, ...cc].join(', '),
        },
        ctx.user?.id ?? null,
      );
      await appendAudit(trx, actor, { entity: 'register', entityId: entry.id, action: 'create', after: entry });
      // A draft e-mailed is a draft sent.
      if (po.status === 'draft') {
        await updateAtLockVersion(trx, 'purchase_orders', 'purchaseOrder', id, po.lockVersion, {
          status: 'sent',
          sent_on: today(),
        });
        await recordPoPrices(trx, id, ctx.user?.id ?? null);
      }
      await appendAudit(trx, actor, {
        entity: 'purchaseOrder',
        entityId: id,
        action: 'send',
        before: { status: po.status },
        after: {
          status: po.status === 'draft' ? 'sent' : po.status,
          via: 'email',
          to,
          cc,
          subject: mailSubject,
          registerNumber: entry.number,
        },
      });
      return { subject: mailSubject, registerNumber: entry.number };
    });
  }),
  'purchasing.orders.forward': async (input, ctx) => forwardPo(ctx, input),
};
