import { formatFen } from '../../shared/money';
import type { Statement, StatementLine } from '../../shared/receivables/ageing-contract';

/**
 * 对账单 on A4, paginated by the browser: the table header repeats on every page (thead), rows never split, and
 * the closing balance with the reply slip (回执联) stays together on one page. No element forces a break after the
 * last one, so no blank page follows.
 */
export const STATEMENT_CSS = `
.statement h1 { text-align: center; font-size: 16pt; letter-spacing: 4pt; margin: 0 0 3mm; }
.statement .parties { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; margin-bottom: 2mm; font-size: 9.5pt; }
.statement .parties div { margin: 0.6mm 0; }
.statement .period { display: flex; justify-content: space-between; margin: 2mm 0; font-size: 9.5pt; }
.statement table { table-layout: fixed; font-size: 9pt; }
.statement th, .statement td { padding: 0.9mm 1.5mm; }
.statement .opening td, .statement .totals td { font-weight: bold; background: #fafafa; }
.statement .end { break-inside: avoid; page-break-inside: avoid; margin-top: 3mm; }
.statement .closing { border: 0.5pt solid #333; padding: 2mm; }
.statement .note { font-size: 9pt; color: #333; margin: 2mm 0; }
.statement .slip { border-top: 0.8pt dashed #555; margin-top: 4mm; padding-top: 3mm; }
.statement .slip h2 { text-align: center; font-size: 12pt; margin: 0 0 2mm; letter-spacing: 2pt; }
.statement .slip .choice { margin: 2mm 0; }
.statement .slip .lines { height: 16mm; border-bottom: 0.5pt solid #333; }
.statement .slip .sign { display: grid; grid-template-columns: 1fr 1fr; margin-top: 10mm; }
`;

const TYPE_LABEL: Record<StatementLine['type'], string> = { invoice: '发票', red: '红字发票', receipt: '收款' };
const METHOD_NOTE: Record<string, string> = { bank_bill: '（银行承兑汇票）', commercial_bill: '（商业承兑汇票）' };

const money = (fen: number) => (fen === 0 ? '' : formatFen(fen));

export function StatementDocument({ s }: { s: Statement }) {
  return (
    <div className="statement">
      <h1>{s.company.name ? `${s.company.name} ` : ''}对账单</h1>
      <div className="parties">
        <div>
          <div>客户：{s.customer.name}</div>
          <div>税号：{s.customer.taxId ?? ''}</div>
          <div>地址：{s.customer.address ?? ''}</div>
          <div>电话：{s.customer.phone ?? ''}</div>
        </div>
        <div>
          <div>对账单位：{s.company.name}</div>
          <div>税号：{s.company.taxId ?? ''}</div>
          <div>地址：{s.company.address ?? ''}</div>
          <div>
            开户行及账号：{s.company.bankName ?? ''} {s.company.bankAccount ?? ''}
          </div>
        </div>
      </div>
      <div className="period">
        <span>
          对账期间：{s.from} 至 {s.to}
        </span>
        <span>截止日：{s.to}</span>
        <span>制表日期：{s.printedOn}</span>
      </div>
      <table>
        <colgroup>
          {[6, 13, 21, 24, 12, 12, 12].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>日期</th>
            <th>类型</th>
            <th>单据号</th>
            <th>应收增加</th>
            <th>已收款</th>
            <th>余额</th>
          </tr>
        </thead>
        <tbody>
          <tr className="opening">
            <td></td>
            <td>{s.from}</td>
            <td colSpan={4}>期初余额</td>
            <td className="num">{formatFen(s.opening)}</td>
          </tr>
          {s.lines.map((l, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{l.date}</td>
              <td>
                {TYPE_LABEL[l.type]}
                {l.method ? METHOD_NOTE[l.method] : ''}
              </td>
              <td>{l.number}</td>
              <td className="num">{money(l.increase)}</td>
              <td className="num">{money(l.paid)}</td>
              <td className="num">{formatFen(l.balance)}</td>
            </tr>
          ))}
          <tr className="totals">
            <td></td>
            <td>{s.to}</td>
            <td colSpan={2}>本期合计 / 期末余额</td>
            <td className="num">{formatFen(s.totalIncrease)}</td>
            <td className="num">{formatFen(s.totalPaid)}</td>
            <td className="num">{formatFen(s.closing)}</td>
          </tr>
        </tbody>
      </table>
      <div className="end">
        <div className="closing">
          截至 {s.to}，贵公司尚欠我公司货款：人民币 {formatFen(s.closing)} 元（大写：{s.closingInWords}）
        </div>
        <div className="note">
          请贵公司核对上述往来，如核对相符请在回执联“核对相符”处盖章确认；如有不符，请注明差异并附明细。谢谢合作！
        </div>
        <div className="slip">
          <h2>回 执 联</h2>
          <div>
            致：{s.company.name}　　客户：{s.customer.name}　　期间：{s.from} 至 {s.to}　　期末余额：
            {formatFen(s.closing)} 元
          </div>
          <div className="choice">□ 核对相符</div>
          <div className="choice">□ 核对不符，我方余额：______________ 元，差异及说明：</div>
          <div className="lines"></div>
          <div className="sign">
            <div>客户盖章：</div>
            <div>日期：　　　年　　月　　日</div>
          </div>
        </div>
      </div>
    </div>
  );
}
