import { translate } from '../../../shared/i18n/translate';
import { compareAnswers } from '../../../shared/purchasing/rfq/rfq-comparison';
import { appendAudit } from '../../audit/audit-log';
import { today } from '../../dates';
import { nowIso } from '../../db/rows';
import { writeTransaction } from '../../db/write-transaction';
import { sendMail } from '../../mail/mailer';
import { createEntry } from '../../register/register-store';
import { AppError } from '../../rpc/errors';
import { selfManaged, type HandlerMap } from '../../rpc/handler';
import { readCompany } from '../../settings/company';
import { recordAsked } from './rfq-handlers';
import { addressee, renderRfqPdf } from './rfq-pdf';
import { expectRfqStatus, getRfq } from './rfq-store';

type Channel = 'purchasing.rfq.pdf' | 'purchasing.rfq.email' | 'purchasing.rfq.compare';

export const rfqDocumentHandlers: HandlerMap<Channel> = {
  'purchasing.rfq.pdf': async ({ id, supplierId }, ctx) => {
    const { filename, pdf, pages } = await renderRfqPdf(
      ctx.services.db(),
      ctx.services,
      id,
      supplierId ?? null,
      ctx.user?.displayName ?? null,
      ctx.locale,
    );
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  },
  'purchasing.rfq.compare': async ({ id }, { db }) => compareAnswers(await getRfq(db, id)),
  // The mail goes out before anything is written: a refused mail records nothing, and the database is not held
  // while the server answers.
  'purchasing.rfq.email': selfManaged(async ({ id, supplierId, to, cc, subject, body }, ctx) => {
    const db = ctx.services.db();
    const rfq = await getRfq(db, id);
    expectRfqStatus(ctx.locale, rfq, ['draft', 'sent'], 'ask');
    if (!rfq.rfqSuppliers.some((s) => s.supplierId === supplierId))
      throw new AppError('VALIDATION', 'rfqMsg.errors.notOnRfq', {}, [
        { path: 'supplierId', message: 'rfqMsg.errors.notOnRfq' },
      ]);
    if (!rfq.rfqItems.length) throw new AppError('CONFLICT', 'rfqMsg.errors.noItems', { number: rfq.number });
    const company = await readCompany(db);
    const supplier = (await addressee(db, supplierId))!;
    const askedBy = ctx.user?.displayName ?? null;
    const { filename, pdf } = await renderRfqPdf(db, ctx.services, id, supplierId, askedBy, ctx.locale);
    const t = (key: string) =>
      translate(ctx.locale, `rfqMsg.mail.${key}`, {
        company: company.name ?? '',
        supplier: supplier.name,
        contact: supplier.contact ?? '',
        number: rfq.number,
        title: rfq.title,
        replyBy: rfq.replyBy ?? translate(ctx.locale, 'rfqMsg.pdf.soon'),
        askedBy: askedBy ?? '',
      });
    const mailSubject = subject ?? t('subject');
    await sendMail(ctx.services, {
      to,
      cc: cc ?? [],
      subject: mailSubject,
      text: body ?? t('body'),
      attachments: [{ filename, content: Buffer.from(pdf), contentType: 'application/pdf' }],
    });
    return writeTransaction(db, async (trx) => {
      const actor = { userId: ctx.user?.id ?? null, userName: askedBy, channel: ctx.channel };
      const sentTo = [...to, ...(cc ?? [])].join(', ').slice(0, 200);
      const current = await getRfq(trx, id);
      await recordAsked(trx, current, supplierId, { channel: 'email', sentOn: today(), sentTo });
      await trx('rfqs').where({ id }).increment('lock_version', 1).update({ updated_at: nowIso() });
      // Filed in 收发文 as an outgoing letter to the supplier, so the letter book shows what was asked and when.
      const entry = await createEntry(
        trx,
        {
          kind: 'letter',
          direction: 'sent',
          date: today(),
          customerId: null,
          supplierId,
          counterparty: supplier.name,
          theirRef: null,
          subject: mailSubject.slice(0, 200),
          orderId: null,
          quoteId: null,
          archiveLocation: null,
          summary: sentTo,
        },
        ctx.user?.id ?? null,
      );
      await appendAudit(trx, actor, { entity: 'register', entityId: entry.id, action: 'create', after: entry });
      const after = await getRfq(trx, id);
      await appendAudit(trx, actor, {
        entity: 'rfq',
        entityId: id,
        action: 'ask',
        before: { status: current.status },
        after: { status: after.status, supplierId, channel: 'email', sentTo, registerNumber: entry.number },
      });
      return { subject: mailSubject, registerNumber: entry.number, detail: after };
    });
  }),
};
