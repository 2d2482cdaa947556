import type { CSSProperties } from 'react';
import { formatFen, formatPrice } from '../../shared/money';
import type { QuoteColumn, QuoteDetail, QuoteFormat } from '../../shared/quotes/contract';
import type { CompanySettings } from '../../shared/settings/contract';
import { taxNoteFor } from './quote-tax-note';

export interface QuoteDocumentProps {
  quote: QuoteDetail;
  format: QuoteFormat;
  company: CompanySettings;
  /** data: URLs of the company's images, when it has them. */
  logo: string | null;
  seal: string | null;
}

type Line = QuoteDetail['lines'][number];

const COLUMN_LABELS: Record<QuoteColumn, string> = {
  index: '序号',
  name: '产品名称',
  brand: '品牌',
  spec: '型号规格',
  unit: '单位',
  quantity: '数量',
  unitPrice: '单价（元）',
  amount: '金额（元）',
  taxRate: '税率',
  tax: '税额（元）',
  leadTime: '交货期',
  note: '备注',
};

const NUMERIC: readonly QuoteColumn[] = ['index', 'quantity', 'unitPrice', 'amount', 'taxRate', 'tax'];

function cell(key: QuoteColumn, line: Line, index: number, includesTax: boolean): string {
  switch (key) {
    case 'index':
      return String(index + 1);
    case 'amount':
      return formatFen(includesTax ? line.gross : line.net);
    case 'tax':
      return formatFen(line.tax);
    case 'taxRate':
      return `${Math.round(Number(line.taxRate) * 100)}%`;
    case 'unitPrice':
      return (line.kind === 'discount' ? '-' : '') + formatPrice(line.unitPrice);
    default:
      return line[key] ?? '';
  }
}

const TERM_LABELS = {
  validity: '报价有效期',
  taxStatement: '税票',
  leadTime: '交货期',
  paymentTerms: '付款方式',
  warranty: '质保',
} as const;

function termText(key: keyof typeof TERM_LABELS, q: QuoteDetail): string | null {
  if (key === 'validity') return `${q.validDays} 天（至 ${q.validUntil}）`;
  if (key === 'taxStatement')
    return taxNoteFor(
      q.taxStatement,
      q.lines.map((l) => l.taxRate),
    );
  return q[key];
}

const styles: Record<string, CSSProperties> = {
  header: { display: 'flex', alignItems: 'center', gap: '4mm', borderBottom: '0.8pt solid #000', paddingBottom: '2mm' },
  company: { fontSize: '15pt', fontWeight: 'bold' },
  title: { textAlign: 'center', fontSize: '18pt', letterSpacing: '6pt', margin: '4mm 0 3mm' },
  info: { marginBottom: '3mm' },
  infoCell: { border: 'none', padding: '0.6mm 1mm' },
  totals: { marginTop: '2mm' },
  // Totals, terms and the seal stay together after the last lines: never a page of their own parts, never a blank one.
  end: { breakInside: 'avoid' },
  sign: { marginTop: '8mm', display: 'flex', position: 'relative', height: '38mm' },
  // The seal line on one line, however long the company's name.
  signBlock: { position: 'relative', minWidth: '70mm', whiteSpace: 'nowrap' },
  // The seal lies over the name, inside the block: it never reaches past the page's foot.
  seal: {
    position: 'absolute',
    left: '20mm',
    top: '-4mm',
    width: '38mm',
    height: '38mm',
    objectFit: 'contain',
    opacity: 0.85,
  },
};

/** The quote as the customer receives it: letterhead, lines, totals in figures and 大写, terms, seal. */
export function QuoteDocument({ quote: q, format, company, logo, seal }: QuoteDocumentProps) {
  const total = q.totals;
  const totalWidth = format.columns.reduce((sum, c) => sum + c.width, 0);
  return (
    <main>
      <header style={styles.header}>
        {format.showLogo && logo && <img src={logo} alt="" style={{ height: '14mm' }} />}
        <div>
          <div style={styles.company}>{company.name ?? ''}</div>
          <div style={{ fontSize: '8.5pt' }}>
            {[company.address, company.phone && `电话：${company.phone}`].filter(Boolean).join('　')}
          </div>
        </div>
      </header>
      <h1 style={styles.title}>{format.title}</h1>
      <table style={styles.info}>
        <tbody>
          <tr>
            <td style={styles.infoCell}>客户：{q.customerName}</td>
            <td style={styles.infoCell}>
              报价单号：{q.number} V{q.version}
            </td>
          </tr>
          <tr>
            <td style={styles.infoCell}>
              联系人：{q.contactName ?? ''}　{q.contactPhone ?? ''}　{q.contactEmail ?? ''}
            </td>
            <td style={styles.infoCell}>报价日期：{q.quoteDate}</td>
          </tr>
          <tr>
            <td style={styles.infoCell}>项目：{q.project ?? ''}</td>
            <td style={styles.infoCell}>报价人：{q.quotedBy ?? ''}</td>
          </tr>
        </tbody>
      </table>
      <table style={{ tableLayout: 'fixed' }}>
        <colgroup>
          {format.columns.map((c) => (
            // Widths are shares of the page: any choice of columns fits portrait or landscape.
            <col key={c.key} style={{ width: `${((c.width * 100) / totalWidth).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {format.columns.map((c) => (
              <th key={c.key}>{c.label ?? COLUMN_LABELS[c.key]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {q.lines.map((line, i) => (
            <tr key={i}>
              {format.columns.map((c) => (
                <td key={c.key} className={NUMERIC.includes(c.key) ? 'num' : undefined}>
                  {cell(c.key, line, i, q.priceIncludesTax)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div style={styles.end}>
        <table style={styles.totals}>
          <tbody>
            {!q.priceIncludesTax && (
              <tr>
                <td>
                  金额合计：¥{formatFen(total.net)}　税额合计：¥{formatFen(total.tax)}
                </td>
              </tr>
            )}
            <tr>
              <td>
                <b>价税合计（小写）：¥{formatFen(total.gross)}</b>　　<b>（大写）：{q.amountInWords}</b>
              </td>
            </tr>
          </tbody>
        </table>
        <ol style={{ paddingLeft: '5mm', fontSize: '9pt' }}>
          {format.terms.map((key) => {
            const text = termText(key, q);
            return text ? (
              <li key={key}>
                {TERM_LABELS[key]}：{text}
              </li>
            ) : null;
          })}
          {format.extraTerms
            ?.split('\n')
            .filter(Boolean)
            .map((line, i) => (
              <li key={`extra-${i}`}>{line}</li>
            ))}
        </ol>
        <section
          style={{ ...styles.sign, justifyContent: format.sealPosition === 'right' ? 'flex-end' : 'flex-start' }}
        >
          <div style={styles.signBlock}>
            <div>报价单位（盖章）：{company.name ?? ''}</div>
            <div>日期：{q.quoteDate}</div>
            {format.showSeal && seal && <img src={seal} alt="" style={styles.seal} />}
          </div>
        </section>
      </div>
    </main>
  );
}
