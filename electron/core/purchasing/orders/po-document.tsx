import { formatFen, formatPrice } from '../../../shared/money';
import type { PoDetail } from '../../../shared/purchasing/orders/contract';
import type { CompanySettings } from '../../../shared/settings/contract';

/** The PO's wording in the printer's language: a key under `poMsg.pdf`. */
export type PoText = (key: string, vars?: Record<string, string | number>) => string;

export interface PoSupplier {
  name: string;
  taxId: string | null;
  contact: string | null;
  phone: string | null;
}

export interface PoDocumentProps {
  po: PoDetail;
  company: CompanySettings;
  supplier: PoSupplier;
  logo: string | null;
  seal: string | null;
  t: PoText;
  /** On a drop-ship: the customer the goods go to, and who signs for them there. */
  consignee?: string | null;
}

/**
 * 采购订单 on A4: the lines' header repeats on every page, rows never split and keep inside the printable width
 * (fixed layout, long text wraps); totals, terms and both signature blocks stay together after the last line.
 */
export const PO_CSS = `
.po .letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 0.8pt solid #000; padding-bottom: 2mm; }
.po .letterhead .name { font-size: 14pt; font-weight: bold; }
.po .letterhead .line { font-size: 8.5pt; }
.po h1 { text-align: center; font-size: 18pt; letter-spacing: 6pt; margin: 4mm 0 3mm; }
.po .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 2mm; }
.po .parties { display: grid; grid-template-columns: 1fr 1fr; column-gap: 5mm; font-size: 9pt; margin-bottom: 2mm; }
.po .parties .who { font-weight: bold; font-size: 10pt; margin-bottom: 0.8mm; }
.po .parties div div { margin: 0.4mm 0; overflow-wrap: anywhere; }
.po table.lines { table-layout: fixed; font-size: 8.5pt; }
.po table.lines th, .po table.lines td { padding: 0.8mm 1mm; overflow-wrap: anywhere; }
.po table.lines td.date { white-space: nowrap; }
.po .end { break-inside: avoid; page-break-inside: avoid; font-size: 9pt; margin-top: 2mm; }
.po .totals { border: 0.5pt solid #333; padding: 1.5mm 2mm; }
.po .end h2 { font-size: 10pt; margin: 2.5mm 0 1mm; }
.po .end ol { margin: 0; padding-left: 5mm; }
.po .end li { margin: 0.5mm 0; }
.po .sign { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; margin-top: 5mm; }
.po .sign > div { position: relative; border: 0.5pt solid #333; padding: 2mm; min-height: 34mm; }
.po .sign div div { margin: 1.5mm 0; }
.po .seal { position: absolute; right: 6mm; top: 2mm; width: 36mm; opacity: 0.85; }
`;

// Percentages of the printable width, 100 in all: the delivery date keeps to one line.
const WIDTHS = [5, 15, 19, 12, 5, 7, 10, 11, 5, 11];
const rate = (r: string) => `${Math.round(Number(r) * 100)}%`;
const CLAUSES = ['quality', 'invoice', 'acceptance'] as const;

export function PoDocument({ po, company, supplier, logo, seal, t, consignee }: PoDocumentProps) {
  const gross = po.priceIncludesTax;
  return (
    <div className="po">
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
          {t('number')}：{po.number}
        </span>
        <span>
          {t('date')}：{po.orderDate}
        </span>
      </div>
      <div className="parties">
        <div>
          <div className="who">
            {t('buyer')}：{company.name ?? ''}
          </div>
          <div>
            {t('taxId')}：{company.taxId ?? ''}
          </div>
          <div>
            {t('address')}：{company.address ?? ''}
          </div>
          <div>
            {t('phone')}：{company.phone ?? ''}
          </div>
        </div>
        <div>
          <div className="who">
            {t('supplier')}：{supplier.name}
          </div>
          <div>
            {t('taxId')}：{supplier.taxId ?? ''}
          </div>
          <div>
            {t('contact')}：{supplier.contact ?? ''}
          </div>
          <div>
            {t('phone')}：{supplier.phone ?? ''}
          </div>
        </div>
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
            <th>{t('spec')}</th>
            <th>{t('model')}</th>
            <th>{t('unit')}</th>
            <th>{t('quantity')}</th>
            <th>{gross ? t('unitPriceGross') : t('unitPriceNet')}</th>
            <th>{gross ? t('amountGross') : t('amountNet')}</th>
            <th>{t('taxRate')}</th>
            <th>{t('expectedDate')}</th>
          </tr>
        </thead>
        <tbody>
          {po.lines.map((l) => (
            <tr key={l.id}>
              <td className="num">{l.position}</td>
              <td>{l.name}</td>
              <td>{l.spec ?? ''}</td>
              <td>{l.model ?? ''}</td>
              <td>{l.unit}</td>
              <td className="num">{l.quantity}</td>
              <td className="num">{formatPrice(l.unitPrice)}</td>
              <td className="num">{formatFen(gross ? l.gross : l.net)}</td>
              <td className="num">{rate(l.taxRate)}</td>
              <td className="date">{l.expectedDate ?? po.expectedDate ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="end">
        <div className="totals">
          <div>
            {t('totalNet')}：¥{formatFen(po.net)}　{t('totalTax')}：¥{formatFen(po.tax)}
          </div>
          <div>
            <b>
              {t('totalGross')}：¥{formatFen(po.gross)}　（{t('inWords')}：{po.amountInWords}）
            </b>
          </div>
        </div>
        <h2>{t('termsTitle')}</h2>
        <ol>
          <li>
            {t('deliveryAddress')}：{po.deliveryAddress ?? company.address ?? ''}
            {po.deliveryMode === 'drop_ship' ? `（${t('dropShip')}${consignee ? `：${consignee}` : ''}）` : ''}
          </li>
          <li>
            {t('expectedDate')}：{po.expectedDate ?? t('byLine')}
          </li>
          <li>
            {t('paymentTerms')}：{po.paymentTerms ?? t('none')}
          </li>
          {CLAUSES.map((c) => (
            <li key={c}>{t(`clauses.${c}`)}</li>
          ))}
        </ol>
        {po.notes && (
          <p>
            {t('remarks')}：{po.notes}
          </p>
        )}
        <div className="sign">
          <div>
            <div>
              <b>{t('buyerSign')}</b>：{company.name ?? ''}
            </div>
            <div>{t('representative')}：</div>
            <div>{t('signDate')}：</div>
            {seal && <img className="seal" src={seal} alt="" />}
          </div>
          <div>
            <div>
              <b>{t('supplierSign')}</b>：{supplier.name}
            </div>
            <div>{t('representative')}：</div>
            <div>{t('signDate')}：</div>
          </div>
        </div>
      </div>
    </div>
  );
}
