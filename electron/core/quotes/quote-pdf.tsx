import type { Knex } from 'knex';
import type { QuoteDetail, QuoteFormat } from '../../shared/quotes/contract';
import { readSnapshot, type IssuedSnapshot } from '../docs/issued-snapshot';
import { letterheadImages } from '../docs/letterhead-images';
import { pdfPageSizes } from '../docs/pdf-files';
import type { CoreServices } from '../services';
import { readCompany } from '../settings/company';
import { asIssuedQuote, formatOf } from './quote-issued';
import { getQuote } from './quote-store';

/**
 * The quote as PDF. Once sent it prints as sent: its customer, contact, letterhead, seal and format (unless another
 * format is chosen); before that, in the chosen format, else the customer's, else the default, on today's letterhead.
 */
export async function renderQuotePdf(
  db: Knex,
  services: CoreServices,
  id: number,
  formatId: number | null,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const quote = await getQuote(db, id);
  const issued = await readSnapshot(db, 'quote', id);
  return printQuote(db, services, quote, await formatOf(db, quote, issued, formatId), issued);
}

/** A quote in a given format, saved or still being designed; as issued when a snapshot is given. */
export async function printQuote(
  db: Knex,
  services: CoreServices,
  quote: QuoteDetail,
  format: QuoteFormat,
  issued: IssuedSnapshot | null,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const company = issued?.company ?? (await readCompany(db));
  // The template and react-dom/server are loaded with the first document, not at start.
  const [{ documentHtml }, { QuoteDocument }] = await Promise.all([
    import('../docs/document-html'),
    import('./quote-document'),
  ]);
  const { logo, seal } = await letterheadImages(db, services, company);
  const html = documentHtml(
    <QuoteDocument quote={asIssuedQuote(quote, issued)} format={format} company={company} logo={logo} seal={seal} />,
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
