import { translate } from '../../shared/i18n/translate';
import { nowIso } from '../db/rows';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { readCompany } from '../settings/company';
import { appendAudit } from '../audit/audit-log';
import { sendMail } from '../mail/mailer';
import { advanceInquiry } from '../inquiries/inquiry-store';
import { printQuote, renderQuotePdf } from './quote-pdf';
import { quoteSnapshotNow, readSnapshot, writeSnapshot } from '../docs/issued-snapshot';
import { formatFor } from './quote-formats';
import { asIssuedQuote, formatOf } from './quote-issued';
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
    // The first send freezes the quote as mailed: the snapshot the PDF is printed from is the one stored.
    const issued =
      (await readSnapshot(services.db(), 'quote', id)) ??
      (await quoteSnapshotNow(services.db(), id, await formatFor(services.db(), formatId, quote.customerId)));
    const format = await formatOf(services.db(), quote, issued, formatId);
    const { filename, pdf } = await printQuote(services.db(), services, quote, format, issued);
    const vars = {
      company: issued.company.name ?? '',
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
      await writeSnapshot(trx, 'quote', id, issued);
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
    const issued = await readSnapshot(db, 'quote', id);
    const company = issued?.company ?? (await readCompany(db));
    return {
      filename: translate(locale, 'documentText.quoteXlsxFile', { number: quote.number, version: quote.version }),
      dataBase64: (await quoteWorkbook(asIssuedQuote(quote, issued), company)).toString('base64'),
    };
  },
};
