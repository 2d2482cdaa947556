import type { Locale } from '../../shared/rpc/envelope';
import { translate } from '../../shared/i18n/translate';
import type { Knex } from 'knex';
import { formatFen, formatPrice } from '../../shared/money';
import type { CoreServices } from '../services';
import { readSnapshot, returnSnapshotNow } from '../docs/issued-snapshot';
import { getNote } from './note-store';
import { getReturn } from './returns';

/** 退货单 on A4: which note the goods came back from, what, why, and the credit in figures and 大写. */
export async function renderReturnPdf(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array }> {
  const r = await getReturn(db, id);
  const note = await getNote(db, r.noteId);
  // As made: the customer and letterhead of the day of the return.
  const { company, customer } = (await readSnapshot(db, 'return', id)) ?? (await returnSnapshotNow(db, id));
  const { documentHtml } = await import('../docs/document-html');
  const html = documentHtml(
    <main>
      <div style={{ fontSize: '14pt', fontWeight: 'bold' }}>{company.name ?? ''}</div>
      <h1 style={{ textAlign: 'center', fontSize: '18pt', letterSpacing: '6pt', margin: '4mm 0' }}>退货单</h1>
      <p>
        退货单号：{r.number}　日期：{r.date}　客户：{customer?.name ?? note.customerName}　原送货单：{note.number}
        　合同号：
        {note.orderNumber}
      </p>
      <p>退货原因：{r.reason}</p>
      {/* Fixed column widths: a long spec wraps in its own column, never squeezes 序号, 单位 or 数量 onto two lines. */}
      <table style={{ tableLayout: 'fixed' }}>
        <colgroup>
          {[7, 22, 31, 7, 9, 12, 12].map((width, i) => (
            <col key={i} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>品名</th>
            <th>型号规格</th>
            <th>单位</th>
            <th>数量</th>
            <th>单价</th>
            <th>金额</th>
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{l.name}</td>
              <td>{l.spec ?? ''}</td>
              <td>{l.unit}</td>
              <td className="num">{l.quantity}</td>
              <td className="num">{formatPrice(l.unitPrice)}</td>
              <td className="num">{formatFen(note.priceIncludesTax ? l.gross : l.net)}</td>
            </tr>
          ))}
          {r.charges.map((c) => (
            <tr key={`c${c.orderLineId}`}>
              <td />
              <td colSpan={5}>{c.name}</td>
              <td className="num">{formatFen(note.priceIncludesTax ? c.gross : c.net)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* The credit and the signatures together, after the last line: never one without the other. */}
      <div style={{ breakInside: 'avoid' }}>
        <p>
          <b>
            退货金额：¥{formatFen(r.gross)}　（大写）{r.amountInWords}
          </b>
        </p>
        <p style={{ marginTop: '12mm', display: 'flex', justifyContent: 'space-between' }}>
          <span>经办：</span>
          <span>仓库签收：</span>
          <span>客户确认：</span>
        </p>
      </div>
    </main>,
    { title: `退货单 ${r.number}`, paper: 'a4' },
  );
  return {
    filename: translate(locale, 'documentText.returnNoteFile', { number: r.number }),
    pdf: await services.pdf.render(html),
  };
}
