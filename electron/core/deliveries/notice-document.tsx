import type { NoticeDetail } from '../../shared/deliveries/contract';
import type { CompanySettings } from '../../shared/settings/contract';
import { totalByUnit } from './quantities';

/** The notice's wording in the printer's language: a key under `orderDocMsg.notice`. */
export type NoticeText = (key: string, vars?: Record<string, string | number>) => string;

export interface NoticeDocumentProps {
  notice: NoticeDetail;
  customerPo: string | null;
  preparedBy: string | null;
  company: CompanySettings;
  t: NoticeText;
}

/**
 * 发货通知单 on A4 for the warehouse, paginated by the browser like the contract: quantities and a column to write
 * what was shipped, no prices; the header repeats on every page, the total, remarks and the 制单 / 审核 / 仓库
 * boxes stay together after the last line. A cancelled notice carries a large 作废 on every page.
 */
export const NOTICE_CSS = `
.notice .company { font-size: 12pt; font-weight: bold; }
.notice .title { display: flex; justify-content: center; align-items: center; gap: 3mm; margin: 2mm 0 3mm; }
.notice h1 { font-size: 17pt; letter-spacing: 5pt; margin: 0; }
.notice .stamp { border: 1.2pt solid #c00; color: #c00; padding: 0.3mm 2mm; font-weight: bold; font-size: 11pt; }
.notice .info { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 4mm; row-gap: 1mm; font-size: 9.5pt; margin-bottom: 2mm; }
.notice .info .wide { grid-column: span 2; overflow-wrap: anywhere; }
.notice table.lines { table-layout: fixed; font-size: 9pt; }
.notice table.lines th, .notice table.lines td { padding: 1mm 1.2mm; overflow-wrap: anywhere; }
.notice table.lines td { height: 7mm; }
.notice .end { break-inside: avoid; page-break-inside: avoid; font-size: 9.5pt; margin-top: 2mm; }
.notice .boxes { display: grid; grid-template-columns: repeat(4, 1fr); margin-top: 4mm; border: 0.5pt solid #333; }
.notice .boxes > div { border-right: 0.5pt solid #333; padding: 1.5mm 2mm; min-height: 18mm; }
.notice .boxes > div:last-child { border-right: none; }
.notice .void { position: fixed; left: 50%; top: 45%; transform: translate(-50%, -50%) rotate(-30deg); font-size: 60mm; line-height: 1; font-weight: bold; letter-spacing: 10mm; color: rgba(204, 0, 0, 0.2); border: 2mm solid rgba(204, 0, 0, 0.2); padding: 0 4mm 0 14mm; white-space: nowrap; z-index: 2; }
`;

const WIDTHS = [6, 19, 11, 26, 6, 9, 9, 6, 8];

export function NoticeDocument({ notice: n, customerPo, preparedBy, company, t }: NoticeDocumentProps) {
  const voided = n.status === 'cancelled';
  return (
    <div className="notice">
      {/* position: fixed repeats the mark on every printed page. */}
      {voided && <div className="void">{t('cancelled')}</div>}
      <div className="company">{company.name ?? ''}</div>
      <div className="title">
        <h1>{t('title')}</h1>
        {voided && <span className="stamp">{t('cancelled')}</span>}
        {n.status === 'draft' && <span className="stamp">{t('draft')}</span>}
      </div>
      <div className="info">
        <div>
          {t('number')}：{n.number}
        </div>
        <div>
          {t('date')}：{n.date}
        </div>
        <div>
          {t('shipDate')}：{n.shipDate ?? ''}
        </div>
        <div>
          {t('order')}：{n.orderNumber}
        </div>
        <div className="wide">
          {t('customerPo')}：{customerPo ?? ''}
        </div>
        <div className="wide">
          {t('customer')}：{n.customerName}
        </div>
        <div>
          {t('contact')}：{[n.contactName, n.contactPhone].filter(Boolean).join(' ')}
        </div>
        <div className="wide">
          {t('address')}：{n.deliveryAddress ?? ''}
        </div>
        <div>{n.redeliveryOf ? `${t('redelivery')}：${n.redeliveryOf.number}` : ''}</div>
      </div>
      <table className="lines">
        <colgroup>
          {WIDTHS.map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>{t('index')}</th>
            <th>{t('name')}</th>
            <th>{t('brand')}</th>
            <th>{t('spec')}</th>
            <th>{t('unit')}</th>
            <th>{t('quantity')}</th>
            <th>{t('shipped')}</th>
            <th>{t('packages')}</th>
            <th>{t('lineNote')}</th>
          </tr>
        </thead>
        <tbody>
          {n.lines.map((l, i) => (
            <tr key={l.id}>
              <td className="num">{i + 1}</td>
              <td>{l.name}</td>
              <td>{l.brand ?? ''}</td>
              <td>{l.spec ?? ''}</td>
              <td>{l.unit}</td>
              <td className="num">{l.quantity}</td>
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="end">
        <div>
          <b>
            {voided
              ? t('cancelledLine')
              : t('total', { lines: n.lines.length, quantity: totalByUnit(n.lines, t('unitSep')) })}
          </b>
        </div>
        {n.notes && (
          <div style={{ marginTop: '1.5mm', whiteSpace: 'pre-wrap' }}>
            {t('remarks')}：{n.notes}
          </div>
        )}
        <div className="boxes">
          <div>
            {t('preparedBy')}：{preparedBy ?? ''}
          </div>
          <div>{t('reviewedBy')}：</div>
          <div>{t('warehouse')}：</div>
          <div>{t('signDate')}：</div>
        </div>
      </div>
    </div>
  );
}
