import { translate } from '../../shared/i18n/translate';
import { formatFen } from '../../shared/money';
import type { AgeingReport } from '../../shared/receivables/ageing-contract';
import type { Locale } from '../../shared/rpc/envelope';
import { bucketLabel } from './ageing-xlsx';

/** Landscape A4: every group on one line, the header on every page, the totals and signatures after the last group. */
export const AGEING_CSS = `
.ageing h1 { text-align: center; font-size: 14pt; margin: 0 0 1mm; }
.ageing .company { text-align: center; font-size: 10pt; margin-bottom: 3mm; }
.ageing table { table-layout: fixed; font-size: 8pt; }
.ageing th, .ageing td { padding: 0.8mm 0.5mm; }
.ageing th { font-size: 7.5pt; }
/* Amounts up to 12,345,678.90 fit their column. */
.ageing td.num { font-size: 7pt; }
.ageing .totals td { font-weight: bold; background: #fafafa; }
.ageing .sign td { border: none; padding-top: 6mm; font-size: 9pt; }
`;

type Row = AgeingReport['totals'];

/** 应收账款账龄分析 as printed: the whole report (every group, not the page on screen) with its totals. */
export function AgeingDocument({ report, company, locale }: { report: AgeingReport; company: string; locale: Locale }) {
  const tr = (key: string, vars?: Record<string, string | number>) => translate(locale, `ageingMsg.${key}`, vars);
  const byCustomer = report.groupBy === 'customer';
  const money = (fen: number) => (fen === 0 ? '' : formatFen(fen));
  const labels = byCustomer ? [5, 13] : [12];
  const figures = [...report.buckets.map(() => 6), 6.5, 6, 6, 3.5, 6, 6.5];
  const scale = (100 - labels.reduce((s, w) => s + w, 0)) / figures.reduce((s, w) => s + w, 0);
  const widths = [...labels, ...figures.map((w) => w * scale)];
  const cells = (a: Row) => [
    ...a.buckets.map((v, i) => (
      <td key={`b${i}`} className="num">
        {money(v)}
      </td>
    )),
    <td key="total" className="num">
      {money(a.total)}
    </td>,
    <td key="overdue" className="num">
      {money(a.overdue)}
    </td>,
    <td key="over90" className="num">
      {money(a.over90)}
    </td>,
    <td key="share" className="num">
      {a.over90Share === null ? '' : `${a.over90Share}%`}
    </td>,
    <td key="unapplied" className="num">
      {money(-a.unapplied)}
    </td>,
    <td key="balance" className="num">
      {money(a.balance)}
    </td>,
  ];
  const row = (r: AgeingReport['rows'][number]) => (
    <tr key={r.key}>
      {byCustomer ? (
        <>
          <td>{r.code ?? ''}</td>
          <td>
            {r.name}
            {r.salesperson ? `（${r.salesperson}）` : ''}
          </td>
        </>
      ) : (
        <td>{r.name || tr('text.noSalesperson')}</td>
      )}
      {cells(r)}
    </tr>
  );
  const columns = byCustomer ? 2 + figures.length : 1 + figures.length;
  return (
    <div className="ageing">
      <h1>{tr('text.title', { asOf: report.asOf, basis: tr(`bases.${report.basis}`) })}</h1>
      <div className="company">{company}</div>
      <table>
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${w.toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {byCustomer ? (
              <>
                <th>{tr('columns.code')}</th>
                <th>{`${tr('columns.customer')}（${tr('columns.salesperson')}）`}</th>
              </>
            ) : (
              <th>{tr('columns.salesperson')}</th>
            )}
            {report.buckets.map((b) => (
              <th key={b.index}>{bucketLabel(locale, b)}</th>
            ))}
            <th>{tr('columns.total')}</th>
            <th>{tr('columns.overdue')}</th>
            <th>{tr('columns.over90')}</th>
            <th>{tr('columns.over90Share')}</th>
            <th>{tr('columns.unapplied')}</th>
            <th>{tr('columns.balance')}</th>
          </tr>
        </thead>
        <tbody>{report.rows.slice(0, -1).map(row)}</tbody>
        {/* The last group, the totals and the signatures stay together: the totals end the last page. */}
        <tbody style={{ breakInside: 'avoid' }}>
          {report.rows.slice(-1).map(row)}
          <tr className="totals">
            <td colSpan={byCustomer ? 2 : 1}>{tr('columns.totals')}</td>
            {cells(report.totals)}
          </tr>
          <tr className="sign">
            <td colSpan={columns}>
              {tr('text.preparedBy')}　　　　　　　　{tr('text.reviewedBy')}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
