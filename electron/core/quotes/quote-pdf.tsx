import fs from 'node:fs';
import type { Knex } from 'knex';
import type { QuoteDetail, QuoteFormat } from '../../shared/quotes/contract';
import { attachmentPath } from '../attachments/attachment-files';
import { pdfPageSizes } from '../docs/pdf-files';
import type { CoreServices } from '../services';
import { readCompany } from '../settings/company';
import { formatFor } from './quote-formats';
import { getQuote } from './quote-store';

async function imageDataUrl(db: Knex, services: CoreServices, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const row = (await db('attachments').where({ id }).first('sha256', 'mime')) as
    { sha256: string; mime: string } | undefined;
  if (!row) return null;
  const file = attachmentPath(services.attachmentDir, row.sha256);
  return fs.existsSync(file) ? `data:${row.mime};base64,${fs.readFileSync(file).toString('base64')}` : null;
}

/** The quote, in its format (the chosen one, else the customer's, else the default), on the company's letterhead, as PDF. */
export async function renderQuotePdf(
  db: Knex,
  services: CoreServices,
  id: number,
  formatId: number | null,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const quote = await getQuote(db, id);
  return printQuote(db, services, quote, await formatFor(db, formatId, quote.customerId));
}

/** A quote in a given format, saved or still being designed. */
export async function printQuote(
  db: Knex,
  services: CoreServices,
  quote: QuoteDetail,
  format: QuoteFormat,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const company = await readCompany(db);
  // The template and react-dom/server are loaded with the first document, not at start.
  const [{ documentHtml }, { QuoteDocument }] = await Promise.all([
    import('../docs/document-html'),
    import('./quote-document'),
  ]);
  const html = documentHtml(
    <QuoteDocument
      quote={quote}
      format={format}
      company={company}
      logo={await imageDataUrl(db, services, company.logoAttachmentId)}
      seal={await imageDataUrl(db, services, company.sealAttachmentId)}
    />,
    {
      title: `${format.title} ${quote.number} V${quote.version}`,
      paper: format.orientation === 'landscape' ? 'a4-landscape' : 'a4',
    },
  );
  const pdf = await services.pdf.render(html);
  return {
    filename: `${format.title}-${quote.number}-V${quote.version}.pdf`,
    pdf,
    pages: (await pdfPageSizes(pdf)).length,
  };
}
