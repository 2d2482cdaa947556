import { formatFen, formatPrice } from '../../shared/money';
import type { OrderDetail } from '../../shared/orders/contract';
import type { IssuedSnapshot } from '../docs/issued-snapshot';

/** The contract's wording in the printer's language: a key under `orderDocMsg.contract`. */
export type ContractText = (key: string, vars?: Record<string, string | number>) => string;

export interface ContractDocumentProps {
  order: OrderDetail;
  /** Seller, buyer and contact as confirmed (or as they stand, for an order not yet confirmed). */
  issued: IssuedSnapshot;
  /** 0: the contract as first confirmed; N: the N-th change (变更) confirmation. */
  changeNo: number;
  logo: string | null;
  seal: string | null;
  t: ContractText;
}

export const CLAUSES = ['quality', 'acceptance', 'delivery', 'invoice', 'warranty', 'breach', 'dispute'] as const;

/**
 * 销售合同 / 订单确认书 on A4, paginated by the browser: the lines' header repeats on every page, rows never split
 * and never leave the printable width (fixed layout, long text wraps); totals, terms and both signature blocks
 * stay together after the last line, and nothing forces a break after them, so no blank page follows.
 */
export const CONTRACT_CSS = `
.contract .letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 0.8pt solid #000; padding-bottom: 2mm; }
.contract .letterhead .name { font-size: 14pt; font-weight: bold; }
.contract .letterhead .line { font-size: 8.5pt; }
.contract h1 { text-align: center; font-size: 18pt; letter-spacing: 6pt; margin: 4mm 0 0; }
.contract .subtitle { text-align: center; font-size: 11pt; margin: 1mm 0 3mm; }
.contract .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 2mm; }
.contract .parties { display: grid; grid-template-columns: 1fr 1fr; column-gap: 5mm; font-size: 9pt; margin-bottom: 2mm; }
.contract .parties .who { font-weight: bold; font-size: 10pt; margin-bottom: 0.8mm; }
.contract .parties div div { margin: 0.4mm 0; overflow-wrap: anywhere; }
.contract .intro { font-size: 9.5pt; margin: 2mm 0; }
.contract table.lines { table-layout: fixed; font-size: 8.5pt; }
.contract table.lines th, .contract table.lines td { padding: 0.8mm 1mm; overflow-wrap: anywhere; }
.contract .end { break-inside: avoid; page-break-inside: avoid; font-size: 9pt; margin-top: 2mm; }
.contract .totals { border: 0.5pt solid #333; padding: 1.5mm 2mm; }
.contract .end h2 { font-size: 10pt; margin: 2.5mm 0 1mm; }
.contract .end ol { margin: 0; padding-left: 5mm; }
.contract .end li { margin: 0.5mm 0; }
.contract .sign { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; margin-top: 5mm; }
.contract .sign > div { position: relative; border: 0.5pt solid #333; padding: 2mm; min-height: 38mm; }
.contract .sign div div { margin: 1.5mm 0; }
.contract .seal { position: absolute; right: 6mm; top: 2mm; width: 36mm; opacity: 0.85; }
`;

const WIDTHS = [5, 14, 9, 20, 5, 7, 10, 11, 6, 11];

const rate = (r: string) => `${Math.round(Number(r) * 100)}%`;

export function ContractDocument({ order: o, issued, changeNo, logo, seal, t }: ContractDocumentProps) {
  const { company, customer, contact } = issued;
  const includesTax = o.priceIncludesTax;
  const dueDates = new Set(o.lines.filter((l) => l.kind === 'item').map((l) => l.dueDate ?? o.dueDate));
  const deliveryDue = dueDates.size > 1 ? t('dueByLine') : (o.dueDate ?? [...dueDates][0] ?? t('none'));
  return (
    <div className="contract">
      <header className="letterhead">
        {logo && <img src={logo} alt="" style={{ height: '13mm' }} />}
        <div>
          <div className="name">{company.name ?? ''}</div>
          <div className="line">
            {[company.address, company.phone && `${t('phone')}：${company.phone}`].filter(Boolean).join('　')}
          </div>
        </div>
      </header>
      <h1>{changeNo > 0 ? t('changeTitle') : t('title')}</h1>
      <div className="subtitle">{changeNo > 0 ? t('changeSubtitle', { n: changeNo }) : t('subtitle')}</div>
      <div className="meta">
        <span>
          {t('number')}：{o.number}
        </span>
        <span>
          {t('customerPo')}：{o.customerPo ?? ''}
        </span>
        <span>
          {t('date')}：{o.orderDate}
        </span>
      </div>
      <div className="parties">
        <div>
          <div className="who">
            {t('seller')}：{company.name ?? ''}
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
          <div>
            {t('bank')}：{[company.bankName, company.bankAccount].filter(Boolean).join(' ')}
          </div>
        </div>
        <div>
          <div className="who">
            {t('buyer')}：{customer?.name ?? o.customerName}
          </div>
          <div>
            {t('taxId')}：{customer?.taxId ?? ''}
          </div>
          <div>
            {t('addressPhone')}：
            {customer?.invoiceAddressPhone ?? [customer?.address, customer?.phone].filter(Boolean).join(' ')}
          </div>
          <div>
            {t('bank')}：{customer?.invoiceBankAccount ?? ''}
          </div>
          <div>
            {t('contact')}：{[contact?.name, contact?.phone].filter(Boolean).join(' ')}
          </div>
        </div>
      </div>
      <p className="intro">{t('intro')}</p>
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
            <th>{includesTax ? t('unitPriceGross') : t('unitPriceNet')}</th>
            <th>{includesTax ? t('amountGross') : t('amountNet')}</th>
            <th>{t('taxRate')}</th>
            <th>{t('dueDate')}</th>
          </tr>
        </thead>
        <tbody>
          {o.lines.map((l, i) =>
            l.kind === 'item' ? (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <td>{l.name}</td>
                <td>{l.brand ?? ''}</td>
                <td>{l.spec ?? ''}</td>
                <td>{l.unit}</td>
                <td className="num">{l.quantity}</td>
                <td className="num">{formatPrice(l.unitPrice)}</td>
                <td className="num">{formatFen(includesTax ? l.gross : l.net)}</td>
                <td className="num">{rate(l.taxRate)}</td>
                <td>{l.dueDate ?? o.dueDate ?? ''}</td>
              </tr>
            ) : (
              // A discount, freight or other charge: its name and amount (a discount negative).
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <td colSpan={6}>{l.name}</td>
                <td className="num">{formatFen(includesTax ? l.gross : l.net)}</td>
                <td className="num">{rate(l.taxRate)}</td>
                <td />
              </tr>
            ),
          )}
        </tbody>
      </table>
      <div className="end">
        <div className="totals">
          <div>
            {t('totalNet')}：¥{formatFen(o.totals.net)}　{t('totalTax')}：¥{formatFen(o.totals.tax)}
          </div>
          <div>
            <b>
              {t('totalGross')}：¥{formatFen(o.totals.gross)}　（{t('inWords')}：{o.amountInWords}）
            </b>
          </div>
        </div>
        <h2>{t('clausesTitle')}</h2>
        <ol>
          <li>
            {t('deliveryAddress')}：{contact?.address ?? o.deliveryAddress ?? ''}　{t('receiver')}：
            {[contact?.name, contact?.phone].filter(Boolean).join(' ')}　{t('deliveryDue')}：{deliveryDue}
          </li>
          <li>
            {t('paymentTerms')}：{o.paymentTerms ?? t('none')}
          </li>
          {CLAUSES.map((c) => (
            <li key={c}>{t(`clauses.${c}`)}</li>
          ))}
          <li>{t('copies')}</li>
        </ol>
        {o.notes && (
          <p>
            {t('remarks')}：{o.notes}
          </p>
        )}
        <div className="sign">
          <div>
            <div>
              <b>{t('sellerSign')}</b>：{company.name ?? ''}
            </div>
            <div>{t('representative')}：</div>
            <div>{t('signDate')}：</div>
            {seal && <img className="seal" src={seal} alt="" />}
          </div>
          <div>
            <div>
              <b>{t('buyerSign')}</b>：{customer?.name ?? o.customerName}
            </div>
            <div>{t('representative')}：</div>
            <div>{t('signDate')}：</div>
          </div>
        </div>
      </div>
    </div>
  );
}
