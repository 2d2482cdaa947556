import { formatQuantity } from '../../../shared/money';
import type { RfqDetail } from '../../../shared/purchasing/rfq/contract';
import type { CompanySettings } from '../../../shared/settings/contract';

/** The 询价单's wording in the printer's language: a key under `rfqMsg.pdf`. */
export type RfqText = (key: string, vars?: Record<string, string | number>) => string;

export interface RfqDocumentProps {
  rfq: RfqDetail;
  company: CompanySettings;
  /** The supplier it is addressed to, when it is sent to one. */
  supplier: { name: string; contact: string | null; phone: string | null } | null;
  /** Who asks: the user printing or sending it. */
  askedBy: string | null;
  logo: string | null;
  t: RfqText;
}

/**
 * 询价单 on A4, paginated by the browser: the items' header repeats on every page, rows never split and stay within
 * the printable width (fixed layout, long text wraps); the item count and the reply block stay together after the
 * last item, and nothing forces a break after them, so no blank page follows.
 */
export const RFQ_CSS = `
.rfq .letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 0.8pt solid #000; padding-bottom: 2mm; }
.rfq .letterhead .name { font-size: 14pt; font-weight: bold; }
.rfq .letterhead .line { font-size: 8.5pt; }
.rfq h1 { text-align: center; font-size: 18pt; letter-spacing: 6pt; margin: 4mm 0 3mm; }
.rfq .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 2mm; }
.rfq .parties { display: grid; grid-template-columns: 1fr 1fr; column-gap: 5mm; font-size: 9pt; margin-bottom: 2mm; }
.rfq .parties div div { margin: 0.4mm 0; overflow-wrap: anywhere; }
.rfq .intro { font-size: 9.5pt; margin: 2mm 0; }
.rfq table.items { table-layout: fixed; font-size: 8.5pt; }
.rfq table.items th, .rfq table.items td { padding: 0.8mm 1mm; overflow-wrap: anywhere; }
.rfq .end { break-inside: avoid; page-break-inside: avoid; font-size: 9pt; margin-top: 2mm; }
.rfq .end .count { border: 0.5pt solid #333; padding: 1.5mm 2mm; }
.rfq .end h2 { font-size: 10pt; margin: 2.5mm 0 1mm; }
.rfq .end ol { margin: 0; padding-left: 5mm; }
.rfq .reply { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; margin-top: 4mm; }
.rfq .reply > div { border: 0.5pt solid #333; padding: 2mm; min-height: 24mm; }
`;

const WIDTHS = [5, 15, 17, 19, 5, 8, 10, 8, 13];
const REPLY_ASKS = ['price', 'tax', 'lead', 'payment', 'validity', 'params'] as const;

export function RfqDocument({ rfq, company, supplier, askedBy, logo, t }: RfqDocumentProps) {
  return (
    <div className="rfq">
      <header className="letterhead">
        {logo && <img src={logo} alt="" style={{ height: '13mm' }} />}
        <div>
          <div className="name">{company.name ?? ''}</div>
          <div className="line">
            {[company.address, company.phone && `${t('phone')}：${company.phone}`].filter(Boolean).join('　')}
          </div>
        </div>
      </header>
      <h1>{t('title')}</h1>
      <div className="meta">
        <span>
          {t('number')}：{rfq.number}
        </span>
        <span>
          {t('date')}：{rfq.date}
        </span>
        <span>
          {t('replyBy')}：{rfq.replyBy ?? t('soon')}
        </span>
      </div>
      <div className="parties">
        <div>
          <div>
            {t('to')}：{supplier?.name ?? ''}
          </div>
          <div>
            {t('attn')}：{[supplier?.contact, supplier?.phone].filter(Boolean).join(' ')}
          </div>
        </div>
        <div>
          <div>
            {t('from')}：{company.name ?? ''}
          </div>
          <div>
            {t('askedBy')}：{[askedBy, company.phone].filter(Boolean).join(' ')}
          </div>
        </div>
      </div>
      <p className="intro">{t('intro', { title: rfq.title })}</p>
      <table className="items">
        <colgroup>
          {WIDTHS.map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>{t('index')}</th>
            <th>{t('name')}</th>
            <th>{t('spec')}</th>
            <th>{t('params')}</th>
            <th>{t('unit')}</th>
            <th>{t('quantity')}</th>
            <th>{t('unitPrice')}</th>
            <th>{t('lead')}</th>
            <th>{t('notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rfq.rfqItems.map((item) => (
            <tr key={item.id}>
              <td className="num">{item.position}</td>
              <td>{item.name}</td>
              <td>{item.spec ?? ''}</td>
              <td>{item.params.map((p) => `${p.name} ${p.value}`).join('；')}</td>
              <td>{item.unit}</td>
              <td className="num">{formatQuantity(item.quantity)}</td>
              <td />
              <td />
              <td>{item.notes ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="end">
        <div className="count">{t('count', { n: rfq.rfqItems.length })}</div>
        <h2>{t('pleaseState')}</h2>
        <ol>
          {REPLY_ASKS.map((k) => (
            <li key={k}>{t(`asks.${k}`)}</li>
          ))}
        </ol>
        {rfq.notes && (
          <p>
            {t('remarks')}：{rfq.notes}
          </p>
        )}
        <div className="reply">
          <div>
            {t('supplierSign')}
            <br />
            {t('signDate')}：
          </div>
          <div>
            {t('ourSign')}：{company.name ?? ''}
            <br />
            {askedBy ?? ''}
          </div>
        </div>
      </div>
    </div>
  );
}
