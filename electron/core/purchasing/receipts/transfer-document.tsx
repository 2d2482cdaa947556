import type { TransferDetail } from '../../../shared/purchasing/receipts/contract';
import type { CompanySettings } from '../../../shared/settings/contract';

export type TransferText = (key: string, vars?: Record<string, string | number>) => string;

/** 内部调拨单 on A4: header repeats, rows never split, the signatures stay with the last line. */
export const TRANSFER_CSS = `
.slip .letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 0.8pt solid #000; padding-bottom: 2mm; }
.slip .letterhead .name { font-size: 14pt; font-weight: bold; }
.slip h1 { text-align: center; font-size: 18pt; letter-spacing: 6pt; margin: 4mm 0 3mm; }
.slip .meta { display: grid; grid-template-columns: 1fr 1fr; font-size: 9.5pt; margin-bottom: 2mm; row-gap: 1mm; }
.slip table.lines { table-layout: fixed; font-size: 9pt; }
.slip table.lines th, .slip table.lines td { padding: 0.8mm 1mm; overflow-wrap: anywhere; }
.slip .end { break-inside: avoid; page-break-inside: avoid; font-size: 9.5pt; margin-top: 4mm; }
.slip .sign { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 6mm; margin-top: 6mm; }
`;

const WIDTHS = [7, 33, 35, 10, 15];

export function TransferDocument({
  slip,
  company,
  logo,
  t,
}: {
  slip: TransferDetail;
  company: CompanySettings;
  logo: string | null;
  t: TransferText;
}) {
  return (
    <div className="slip">
      <header className="letterhead">
        {logo && <img src={logo} alt="" style={{ height: '12mm' }} />}
        <div className="name">{company.name ?? ''}</div>
      </header>
      <h1>{t('title')}</h1>
      <div className="meta">
        <span>
          {t('number')}：{slip.number}
        </span>
        <span>
          {t('date')}：{slip.date}
        </span>
        <span>
          {t('from')}：{slip.fromPlace}
        </span>
        <span>
          {t('to')}：{slip.toPlace}
        </span>
        <span>
          {t('receipt')}：{slip.receiptNumber ?? ''}
        </span>
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
            <th>{t('unit')}</th>
            <th>{t('quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {slip.lines.map((l) => (
            <tr key={l.position}>
              <td className="num">{l.position}</td>
              <td>{l.name}</td>
              <td>{l.spec ?? ''}</td>
              <td>{l.unit}</td>
              <td className="num">{l.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="end">
        {slip.notes && (
          <p>
            {t('remarks')}：{slip.notes}
          </p>
        )}
        <div className="sign">
          <div>{t('sentBy')}：</div>
          <div>
            {t('receivedBy')}：{slip.receivedBy ?? ''}
          </div>
          <div>{t('signDate')}：</div>
        </div>
      </div>
    </div>
  );
}
