import { translate } from '../../shared/i18n/translate';
import { nowIso } from '../db/rows';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { readCompany } from '../settings/company';
import { appendAudit } from '../audit/audit-log';
import { sendMail } from '../mail/mailer';
import { advanceInquiry } from '../inquiries/inquiry-store';
import { renderQuotePdf } from './quote-pdf';
import { quoteWorkbook } from './quote-xlsx';
import { expectStatus, getQuote } from './quote-store';
import { updateAtLockVersion } from '../db/lock-version';
import { writeTransaction } from '../db/write-transaction';

type Channel = 'quotes.pdf' | 'quotes.email' | 'quotes.xlsx';

/** A quote as a document: its PDF, its Excel copy, and the PDF e-mailed to the customer. */
export const documentHandlers: HandlerMap<Channel> = {
  'quotes.pdf': async ({ id, formatId }, { services }) => {
    const { filename, pdf, pages } = await renderQuotePdf(services.db(), services, id, formatId);
    return { filename, dataBase64: Buffer.from(pdf).toString('base64'), pages };
  },
  // Mail goes out before anything is written, and outside the transaction: a refused
  // mail changes nothing, and the database is not held while the server answers.
  'quotes.email': selfManaged(async ({ id, to, cc, subject, body, formatId }, ctx) => {
    const { services } = ctx;
    const quote = await getQuote(services.db(), id);
    expectStatus(ctx.locale, quote, ['approved', 'sent'], 'send');
    const company = await readCompany(services.db());
    const { filename, pdf } = await renderQuotePdf(services.db(), services, id, formatId);
    const vars = {
      company: company.name ?? '',
      contact: quote.contactName ?? '',
      number: quote.number,
      version: quote.version,
      project: quote.project ?? '',
    };
    const mailSubject = subject ?? translate(ctx.locale, 'documentText.quoteMailSubject', vars).trim();
    await sendMail(services, {
      to,
      cc,
      subject: mailSubject,
      text: body ?? translate(ctx.locale, 'documentText.quoteMailBody', vars),
      attachments: [{ filename, content: Buffer.from(pdf), contentType: 'application/pdf' }],
    });
    return writeTransaction(services.db(), async (trx) => {
      await updateAtLockVersion(trx, 'quotes', 'quote', id, quote.lockVersion, {
        status: 'sent',
        sent_at: nowIso(),
        sent_via: 'email',
      });
      await advanceInquiry(trx, quote.inquiryId, 'quoted');
      const actor = { userId: ctx.user?.id ?? null, userName: ctx.user?.displayName ?? null, channel: ctx.channel };
      await appendAudit(trx, actor, {
        entity: 'quote',
        entityId: id,
        action: 'send',
        before: { status: quote.status },
        after: { status: 'sent', via: 'email', to, cc, subject: mailSubject },
      });
      return getQuote(trx, id);
    });
  }),
  'quotes.xlsx': async ({ id }, { db, locale }) => {
    const quote = await getQuote(db, id);
    const company = await readCompany(db);
    return {
      filename: translate(locale, 'documentText.quoteXlsxFile', { number: quote.number, version: quote.version }),
      dataBase64: (await quoteWorkbook(quote, company)).toString('base64'),
    };
  },
};
