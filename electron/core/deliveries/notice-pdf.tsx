import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/rpc/envelope';
import { pdfPageSizes } from '../docs/pdf-files';
import { markOnEveryPage, numberOnEveryPage } from '../docs/print-css';
import type { CoreServices } from '../services';
import { readCompany } from '../settings/company';
import { getNotice } from './notice-store';

/** The 发货通知单 as an A4 PDF in the printer's language, with 第 N 页 共 M 页. */
export async function renderNoticePdf(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array; pages: number }> {
  const notice = await getNotice(db, id);
  const order = (await db('sales_orders').where({ id: notice.orderId }).first('customer_po')) as {
    customer_po: string | null;
  };
  const t = (key: string, vars?: Record<string, string | number>) =>
    translate(locale, `orderDocMsg.notice.${key}`, vars);
  const [{ documentHtml }, { NoticeDocument, NOTICE_CSS }] = await Promise.all([
    import('../docs/document-html'),
    import('./notice-document'),
  ]);
  const html = documentHtml(
    <NoticeDocument
      notice={notice}
      customerPo={order.customer_po}
      preparedBy={notice.createdBy}
      company={await readCompany(db)}
      t={t}
    />,
    {
      title: `${t('title')} ${notice.number}`,
      lang: locale,
      paper: 'a4',
      margins: [12, 13, 14, 13],
      pageNumbers: locale === 'en' ? 'en' : 'zh',
      css:
        NOTICE_CSS +
        numberOnEveryPage(`${t('number')}：${notice.number}`) +
        (notice.status === 'cancelled' ? markOnEveryPage(`${t('title')}（${t('cancelled')}）`) : ''),
    },
  );
  const pdf = await services.pdf.render(html);
  return { filename: t('file', { number: notice.number }), pdf, pages: (await pdfPageSizes(pdf)).length };
}
