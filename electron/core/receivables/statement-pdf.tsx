import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/rpc/envelope';
import { pdfPageSizes } from '../docs/pdf-files';
import type { CoreServices } from '../services';
import { buildStatement } from './statement-store';

/** The statement as an A4 PDF with 第 N 页 共 M 页; the template is loaded with the first one printed. */
export async function renderStatementPdf(
  db: Knex,
  services: CoreServices,
  input: { customerId: number; from: string; to: string },
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const s = await buildStatement(db, input);
  const [{ documentHtml }, { StatementDocument, STATEMENT_CSS }] = await Promise.all([
    import('../docs/document-html'),
    import('./statement-print'),
  ]);
  const html = documentHtml(<StatementDocument s={s} />, {
    title: `对账单 ${s.customer.name} ${s.from}—${s.to}`,
    paper: 'a4',
    margins: [12, 12, 14, 12],
    pageNumbers: 'zh',
    css: STATEMENT_CSS,
  });
  const pdf = await services.pdf.render(html);
  return {
    filename: translate(locale, 'ageingMsg.text.statementFile', { customer: s.customer.name, to: s.to }) + '.pdf',
    pdf,
    pages: (await pdfPageSizes(pdf)).length,
  };
}
