import type { Knex } from 'knex';
import { translate } from '../../../shared/i18n/translate';
import type { Locale } from '../../../shared/rpc/envelope';
import { letterheadImages } from '../../docs/letterhead-images';
import { pdfPageSizes } from '../../docs/pdf-files';
import { numberOnEveryPage } from '../../docs/print-css';
import type { CoreServices } from '../../services';
import { readCompany } from '../../settings/company';
import { getRfq } from './rfq-store';

/** The supplier a 询价单 is addressed to, with its primary contact. */
export async function addressee(db: Knex, supplierId: number) {
  const s = (await db('suppliers').where({ id: supplierId }).first('name')) as { name: string } | undefined;
  if (!s) return null;
  const c = (await db('supplier_contacts')
    .where({ supplier_id: supplierId })
    .orderBy([{ column: 'is_primary', order: 'desc' }, 'position'])
    .first('name', 'phone', 'mobile', 'email')) as
    { name: string; phone: string | null; mobile: string | null; email: string | null } | undefined;
  return { name: s.name, contact: c?.name ?? null, phone: c?.mobile ?? c?.phone ?? null, email: c?.email ?? null };
}

/** The RFQ's 询价单 as an A4 PDF on the letterhead, in the printer's language, addressed to one supplier or none. */
export async function renderRfqPdf(
  db: Knex,
  services: CoreServices,
  id: number,
  supplierId: number | null,
  askedBy: string | null,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const rfq = await getRfq(db, id);
  const company = await readCompany(db);
  const supplier = supplierId !== null ? await addressee(db, supplierId) : null;
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, `rfqMsg.pdf.${key}`, vars);
  // The template and react-dom/server are loaded with the first document, not at start.
  const [{ documentHtml }, { RfqDocument, RFQ_CSS }] = await Promise.all([
    import('../../docs/document-html'),
    import('./rfq-document'),
  ]);
  const { logo } = await letterheadImages(db, services, company);
  const html = documentHtml(
    <RfqDocument rfq={rfq} company={company} supplier={supplier} askedBy={askedBy} logo={logo} t={t} />,
    {
      title: `${t('title')} ${rfq.number}`,
      lang: locale,
      paper: 'a4',
      margins: [12, 13, 14, 13],
      pageNumbers: locale === 'en' ? 'en' : 'zh',
      css: RFQ_CSS + numberOnEveryPage(`${t('number')}：${rfq.number}`),
    },
  );
  const pdf = await services.pdf.render(html);
  return {
    filename: t('file', { number: rfq.number, supplier: supplier?.name ?? '' }).replace(/\s+\.pdf$/, '.pdf'),
    pdf,
    pages: (await pdfPageSizes(pdf)).length,
  };
}
