import type { Knex } from 'knex';
import { translate } from '../../../shared/i18n/translate';
import type { Locale } from '../../../shared/rpc/envelope';
import { letterheadImages } from '../../docs/letterhead-images';
import { pdfPageSizes } from '../../docs/pdf-files';
import { numberOnEveryPage } from '../../docs/print-css';
import type { CoreServices } from '../../services';
import { readCompany } from '../../settings/company';
import { getTransfer } from './receipt-store';

/** The 内部调拨单 as an A4 PDF in the printer's language. */
export async function renderTransferPdf(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const slip = await getTransfer(db, id);
  const company = await readCompany(db);
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, `poMsg.transfer.${key}`, vars);
  const [{ documentHtml }, { TransferDocument, TRANSFER_CSS }] = await Promise.all([
    import('../../docs/document-html'),
    import('./transfer-document'),
  ]);
  const { logo } = await letterheadImages(db, services, company);
  const html = documentHtml(<TransferDocument slip={slip} company={company} logo={logo} t={t} />, {
    title: `${t('title')} ${slip.number}`,
    lang: locale,
    paper: 'a4',
    margins: [12, 13, 14, 13],
    pageNumbers: locale === 'en' ? 'en' : 'zh',
    css: TRANSFER_CSS + numberOnEveryPage(`${t('number')}：${slip.number}`),
  });
  const pdf = await services.pdf.render(html);
  return { filename: t('file', { number: slip.number }), pdf, pages: (await pdfPageSizes(pdf)).length };
}
