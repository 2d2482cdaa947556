import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/rpc/envelope';
import { pdfPageSizes } from '../docs/pdf-files';
import type { CoreServices } from '../services';
import { readCompany } from '../settings/company';
import { ageingReport } from './ageing-query';

type AgeingRequest = Parameters<typeof ageingReport>[1];

/** The ageing analysis as a landscape A4 PDF with 第 N 页 共 M 页; the template is loaded with the first one printed. */
export async function renderAgeingPdf(
  db: Knex,
  services: CoreServices,
  input: AgeingRequest,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const report = await ageingReport(db, input);
  const company = (await readCompany(db)).name ?? '';
  const [{ documentHtml }, { AgeingDocument, AGEING_CSS }] = await Promise.all([
    import('../docs/document-html'),
    import('./ageing-print'),
  ]);
  const html = documentHtml(<AgeingDocument report={report} company={company} locale={locale} />, {
    title: translate(locale, 'ageingMsg.text.ageingFile', { asOf: report.asOf }),
    lang: locale,
    paper: 'a4-landscape',
    pageNumbers: locale === 'en' ? 'en' : 'zh',
    css: AGEING_CSS,
  });
  const pdf = await services.pdf.render(html);
  return {
    filename: translate(locale, 'ageingMsg.text.ageingFile', { asOf: report.asOf }) + '.pdf',
    pdf,
    pages: (await pdfPageSizes(pdf)).length,
  };
}
