import type { Knex } from 'knex';
import { translate } from '../../../shared/i18n/translate';
import type { Locale } from '../../../shared/rpc/envelope';
import { letterheadImages } from '../../docs/letterhead-images';
import { pdfPageSizes } from '../../docs/pdf-files';
import { numberOnEveryPage } from '../../docs/print-css';
import type { CoreServices } from '../../services';
import { readCompany } from '../../settings/company';
import { getPo } from './po-store';

/** The PO's 采购订单 as an A4 PDF on today's letterhead, in the printer's language. */
export async function renderPoPdf(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const po = await getPo(db, id);
  const supplierRow = (await db('suppliers')
    .where({ id: po.supplierId })
    .first('name', 'tax_id', 'primary_contact', 'primary_phone')) as {
    name: string;
    tax_id: string | null;
    primary_contact: string | null;
    primary_phone: string | null;
  };
  const contact = po.contactId
    ? ((await db('supplier_contacts').where({ id: po.contactId }).first('name', 'phone', 'mobile')) as
        { name: string; phone: string | null; mobile: string | null } | undefined)
    : undefined;
  const supplier = {
    name: po.supplierName || supplierRow.name,
    taxId: supplierRow.tax_id,
    contact: contact?.name ?? supplierRow.primary_contact,
    phone: contact ? (contact.phone ?? contact.mobile) : supplierRow.primary_phone,
  };
  // A drop-ship names the customer and the person who signs there, so the supplier's driver knows whom to ask for.
  const ship = po.shipOrderId
    ? ((await db('sales_orders')
        .join('customers', 'customers.id', 'sales_orders.customer_id')
        .where('sales_orders.id', po.shipOrderId)
        .first('customers.name', 'sales_orders.contact_name', 'sales_orders.contact_phone')) as
        { name: string; contact_name: string | null; contact_phone: string | null } | undefined)
    : undefined;
  const consignee = ship ? [ship.name, ship.contact_name, ship.contact_phone].filter(Boolean).join(' ') : null;
  const company = await readCompany(db);
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, `poMsg.pdf.${key}`, vars);
  // The template and react-dom/server are loaded with the first document, not at start.
  const [{ documentHtml }, { PoDocument, PO_CSS }] = await Promise.all([
    import('../../docs/document-html'),
    import('./po-document'),
  ]);
  const { logo, seal } = await letterheadImages(db, services, company);
  const html = documentHtml(
    <PoDocument po={po} company={company} supplier={supplier} logo={logo} seal={seal} t={t} consignee={consignee} />,
    {
      title: `${t('title')} ${po.number}`,
      lang: locale,
      paper: 'a4',
      margins: [12, 13, 14, 13],
      pageNumbers: locale === 'en' ? 'en' : 'zh',
      css: PO_CSS + numberOnEveryPage(`${t('number')}：${po.number}`),
    },
  );
  const pdf = await services.pdf.render(html);
  return { filename: t('file', { number: po.number }), pdf, pages: (await pdfPageSizes(pdf)).length };
}
