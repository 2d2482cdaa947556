import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/rpc/envelope';
import { orderSnapshotNow, readSnapshot } from '../docs/issued-snapshot';
import { letterheadImages } from '../docs/letterhead-images';
import { pdfPageSizes } from '../docs/pdf-files';
import { numberOnEveryPage } from '../docs/print-css';
import type { CoreServices } from '../services';
import { getOrder } from './order-store';

/**
 * The order's 销售合同 / 订单确认书 (or, after a change, its 订单变更确认书) as an A4 PDF in the printer's language:
 * on the letterhead, with the parties and seal as confirmed; an order not yet confirmed prints as it stands.
 */
export async function renderContractPdf(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array; pages: number; changeNo: number }> {
  const order = await getOrder(db, id);
  const issued = (await readSnapshot(db, 'order', id)) ?? (await orderSnapshotNow(db, id));
  const changeNo = issued.changeNo;
  const t = (key: string, vars?: Record<string, string | number>) =>
    translate(locale, `orderDocMsg.contract.${key}`, vars);
  // The template and react-dom/server are loaded with the first document, not at start.
  const [{ documentHtml }, { ContractDocument, CONTRACT_CSS }] = await Promise.all([
    import('../docs/document-html'),
    import('./contract-document'),
  ]);
  const { logo, seal } = await letterheadImages(db, services, issued.company);
  const html = documentHtml(
    <ContractDocument order={order} issued={issued} changeNo={changeNo} logo={logo} seal={seal} t={t} />,
    {
      title: `${changeNo > 0 ? t('changeTitle') : t('title')} ${order.number}`,
      lang: locale,
      paper: 'a4',
      margins: [12, 13, 14, 13],
      pageNumbers: locale === 'en' ? 'en' : 'zh',
      css: CONTRACT_CSS + numberOnEveryPage(`${t('number')}：${order.number}`),
    },
  );
  const pdf = await services.pdf.render(html);
  return {
    filename:
      changeNo > 0 ? t('changeFile', { number: order.number, n: changeNo }) : t('file', { number: order.number }),
    pdf,
    pages: (await pdfPageSizes(pdf)).length,
    changeNo,
  };
}
