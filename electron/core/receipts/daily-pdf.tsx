import { translate } from '../../shared/i18n/translate';
import { amountInWords, formatFen } from '../../shared/money';
import type { DailyList } from '../../shared/receipts/contract';
import type { CompanySettings } from '../../shared/settings/contract';

const zh = (key: string) => translate('zh-CN', key);

/** Fixed column widths (in %): a long customer name wraps in its own column and never squeezes a number. */
const widths = (list: number[]) => (
  <colgroup>
    {list.map((w, i) => (
      <col key={i} style={{ width: `${w}%` }} />
    ))}
  </colgroup>
);

/**
 * 每日资金表 on A4 portrait: the day's shipments, then its receipts; long tables repeat their header, each table's
 * total is its last row (once, not at the foot of every page), and the day's total in 大写 with the signatures
 * stays together at the end.
 */
export function DailySheet({ daily, company }: { daily: DailyList; company: CompanySettings }) {
  return (
    <main>
      <div style={{ fontSize: '13pt', fontWeight: 'bold' }}>{company.name ?? ''}</div>
      <h1 style={{ textAlign: 'center', fontSize: '17pt', letterSpacing: '4pt', margin: '3mm 0' }}>每日资金表</h1>
      <p>日期：{daily.date}</p>
      <h2 style={{ fontSize: '12pt', margin: '3mm 0 1mm' }}>一、当日发货</h2>
      <table style={{ tableLayout: 'fixed' }}>
        {widths([8, 20, 44, 12, 16])}
        <thead>
          <tr>
            <th>序号</th>
            <th>送货单号</th>
            <th>客户</th>
            <th>状态</th>
            <th>金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {daily.shipped.map((n, i) => (
            <tr key={n.id}>
              <td className="num">{i + 1}</td>
              <td className="ref">{n.number}</td>
              <td>{n.customerName}</td>
              <td>{zh(`noteStatus.${n.status}`)}</td>
              <td className="num">{formatFen(n.gross)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={4}>发货合计（{daily.shipped.length} 张）</td>
            <td className="num">{formatFen(daily.shippedTotal)}</td>
          </tr>
        </tbody>
      </table>
      <h2 style={{ fontSize: '12pt', margin: '5mm 0 1mm' }}>二、当日回款</h2>
      <table style={{ tableLayout: 'fixed' }}>
        {widths([6, 14, 22, 16, 9, 13, 8, 12])}
        <thead>
          <tr>
            <th>序号</th>
            <th>回款单号</th>
            <th>客户</th>
            <th>付款人</th>
            <th>方式</th>
            <th>流水号 / 票号</th>
            <th>手续费</th>
            <th>金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {daily.received.map((r, i) => (
            <tr key={r.id}>
              <td className="num">{i + 1}</td>
              <td className="ref">{r.number}</td>
              <td>{r.customerName}</td>
              <td>{r.payerName}</td>
              <td>{zh(`receiptMsg.method.${r.method}`)}</td>
              <td className="ref">{r.billNo ?? r.bankRef ?? ''}</td>
              <td className="num">{r.fee ? formatFen(r.fee) : ''}</td>
              <td className="num">{formatFen(r.amount)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={6}>回款合计（{daily.received.length} 笔）</td>
            <td className="num">{formatFen(daily.feeTotal)}</td>
            <td className="num">{formatFen(daily.receivedTotal)}</td>
          </tr>
        </tbody>
      </table>
      <div style={{ breakInside: 'avoid' }}>
        <p>{daily.byMethod.map((m) => `${zh(`receiptMsg.method.${m.method}`)} ${formatFen(m.amount)}`).join('　')}</p>
        <p>
          <b>回款合计（大写）：{amountInWords(daily.receivedTotal)}</b>
        </p>
        <p style={{ marginTop: '10mm', display: 'flex', justifyContent: 'space-between' }}>
          <span>制表：</span>
          <span>出纳：</span>
          <span>审核：</span>
        </p>
      </div>
    </main>
  );
}
