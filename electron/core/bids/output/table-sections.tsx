import type { ReactElement } from 'react';
import { bidLineAmount } from '../../../shared/bids/price-tables';
import { formatFen, formatPrice, formatQuantity, parseDecimal } from '../../../shared/money';
import type { DeviationLine } from './load-package';
import type { SectionProps, T } from './letter-sections';

export const TABLE_CSS = `
table.grid td, table.grid th { font-size: 9.5pt; }
table.grid th { white-space: nowrap; }
table.summary th { width: 32mm; text-align: left; }
table.summary td, table.summary th { font-size: 11pt; padding: 3mm; }
.words { margin-top: 3mm; font-size: 11pt; font-weight: bold; }
table.toc td { border: none; font-size: 12pt; padding: 2mm 0; }
table.toc td.dots { border-bottom: 0.5pt dotted #333; }
table.toc td.page { width: 16mm; text-align: right; }
`;

/** 开标一览表: project, lot, the total in figures and 大写 (bidTotal of the 分项报价表), delivery, warranty, validity. */
export function OpeningSummary({ pkg, total, date, t, title }: SectionProps & { title: string }): ReactElement {
  const s = (key: string, vars?: Record<string, string | number>) => t(`summary.${key}`, vars);
  const rate = parseDecimal(pkg.taxRate).times(100).toString();
  const rows: [string, string][] = [
    [s('project'), pkg.projectName],
    [s('tenderNo'), pkg.tenderNo ?? ''],
    ...(pkg.lot ? [[s('lot'), `${pkg.lot.lotNo} ${pkg.lot.name}`] as [string, string]] : []),
    [s('total'), formatFen(total.totalFen)],
    [s('words'), total.inWords],
    [s('delivery'), pkg.deliveryPeriod ?? t('tbd')],
    [s('warranty'), pkg.warranty ?? t('defaultWarranty')],
    [s('validity'), s('days', { days: pkg.validityDays })],
    [s('note'), s('taxNote', { rate })],
  ];
  return (
    <>
      <h1 className="doc">{title}</h1>
      <table className="summary">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sign">
        <div>{s('bidder', { bidder: pkg.bidderName })}</div>
        <div>{s('date', { date })}</div>
      </div>
    </>
  );
}

/** 分项报价表: every line, 合计 = bidTotal and its 大写 under the table; the header repeats on every page. */
export function PriceBreakdown({ pkg, total, t, title }: SectionProps & { title: string }): ReactElement {
  const b = (key: string, vars?: Record<string, string | number>) => t(`breakdown.${key}`, vars);
  return (
    <>
      <h1 className="doc">{title}</h1>
      <table className="grid">
        <thead>
          <tr>
            <th>{b('no')}</th>
            <th>{b('name')}</th>
            <th>{b('brand')}</th>
            <th>{b('model')}</th>
            <th>{b('maker')}</th>
            <th>{b('unit')}</th>
            <th>{b('quantity')}</th>
            <th>{b('unitPrice')}</th>
            <th>{b('amount')}</th>
            <th>{b('note')}</th>
          </tr>
        </thead>
        <tbody>
          {pkg.priceLines.map((l, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{l.name}</td>
              <td>{l.brand ?? ''}</td>
              <td>{l.model ?? ''}</td>
              <td>{l.maker ?? ''}</td>
              <td>{l.unit}</td>
              <td className="num">{formatQuantity(l.quantity)}</td>
              <td className="num">{formatPrice(l.unitPrice)}</td>
              <td className="num">{formatFen(bidLineAmount(l))}</td>
              <td>{l.note ?? ''}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={8}>
              <strong>{b('total')}</strong>
            </td>
            <td className="num">
              <strong>{formatFen(total.totalFen)}</strong>
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      <div className="words">{b('words', { words: total.inWords })}</div>
    </>
  );
}

/** 技术偏离表 / 商务偏离表: clause, requirement, response, deviation (正/负/无), note. */
export function DeviationTable({ lines, t, title }: { lines: DeviationLine[]; t: T; title: string }): ReactElement {
  const d = (key: string) => t(`deviation.${key}`);
  return (
    <>
      <h1 className="doc">{title}</h1>
      <table className="grid">
        <thead>
          <tr>
            <th>{d('no')}</th>
            <th>{d('clause')}</th>
            <th>{d('requirement')}</th>
            <th>{d('response')}</th>
            <th>{d('deviation')}</th>
            <th>{d('note')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 ? (
            <tr>
              <td colSpan={6}>{d('empty')}</td>
            </tr>
          ) : (
            lines.map((l, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <td>{l.clause ?? ''}</td>
                <td>{l.requirement}</td>
                <td>{l.response}</td>
                <td>{d(l.deviation)}</td>
                <td>{l.note ?? ''}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  );
}

/** 类似项目业绩: customer, project, amount, date of each past contract. */
export function PastContracts({ pkg, t, title }: SectionProps & { title: string }): ReactElement {
  const c = (key: string) => t(`cases.${key}`);
  return (
    <>
      <h1 className="doc">{title}</h1>
      <table className="grid">
        <thead>
          <tr>
            <th>{c('no')}</th>
            <th>{c('customer')}</th>
            <th>{c('project')}</th>
            <th>{c('amount')}</th>
            <th>{c('date')}</th>
          </tr>
        </thead>
        <tbody>
          {pkg.cases.length === 0 ? (
            <tr>
              <td colSpan={5}>{c('empty')}</td>
            </tr>
          ) : (
            pkg.cases.map((k, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <td>{k.customer ?? ''}</td>
                <td>{k.project}</td>
                <td className="num">{k.amountFen === null ? '' : formatFen(k.amountFen)}</td>
                <td>{k.date ?? ''}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  );
}

/** 目录: each section's title and the page it starts on in the merged package. */
export function Contents({
  entries,
  title,
}: {
  entries: { title: string; page: number }[];
  title: string;
}): ReactElement {
  return (
    <>
      <h1 className="doc">{title}</h1>
      <table className="toc">
        <tbody>
          {entries.map((e, i) => (
            <tr key={i}>
              <td>
                {i + 1}. {e.title}
              </td>
              <td className="dots" />
              <td className="page">{e.page}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
