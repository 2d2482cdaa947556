import type { CSSProperties } from 'react';
import type { ChargeLineOut, DeliveryPaper, DeliverySettings, NoteDetail } from '../../shared/deliveries/contract';
import { formatFen, formatPrice } from '../../shared/money';
import type { IssuedSnapshot } from '../docs/issued-snapshot';
import { paperCss } from '../printing/form-offsets';
import { totalByUnit } from './quantities';

/**
 * Delivery notes on multipart continuous forms (241 mm wide: full 279, 1/2 140, 1/3 93 mm
 * high) or A4. Pages are laid out here, not by the browser: every row has a fixed height, so
 * a note knows its page count, prints 第 N 页 共 M 页 itself and its total only on the last
 * page, and a batch of hundreds of notes is one document rendered in one pass.
 */
interface Layout {
  widthMm: number;
  heightMm: number;
  margin: [number, number];
  rows: number;
}
const ROW_MM = 5.2;
const FIXED_MM = { header: 12, info: 10, thead: 5.5, footer: 15 };

export function layoutFor(paper: DeliveryPaper): Layout {
  const size = { 'form-241x93': [241, 93], 'form-241x140': [241, 140], 'form-241x279': [241, 279], a4: [210, 297] }[
    paper
  ];
  const margin: [number, number] = paper === 'a4' ? [10, 12] : [4, 8];
  const inner = size[1]! - 2 * margin[0];
  const rows = Math.max(
    1,
    Math.floor((inner - FIXED_MM.header - FIXED_MM.info - FIXED_MM.thead - FIXED_MM.footer) / ROW_MM),
  );
  return { widthMm: size[0]!, heightMm: size[1]!, margin, rows };
}

export function printCssFor(paper: DeliveryPaper): string {
  const l = layoutFor(paper);
  // On 241 mm multipart forms the total and signatures keep their place at the foot of the form; on plain A4 paper
  // they follow the table, however short it is.
  const footTop = paper === 'a4' ? '3mm' : 'auto';
  return `
${paperCss(l.widthMm, l.heightMm)}
.sheet { position: absolute; left: ${l.margin[1]}mm; top: ${l.margin[0]}mm; width: ${l.widthMm - 2 * l.margin[1]}mm; height: ${l.heightMm - 2 * l.margin[0] - 0.5}mm; overflow: hidden; display: flex; gap: 2mm; font-size: 9pt; }
.sheet .body { flex: 1; display: flex; flex-direction: column; min-width: 0; }
.sheet table { table-layout: fixed; }
.sheet td, .sheet th { height: ${ROW_MM}mm; padding: 0 1.2mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; font-size: 9pt; }
.sheet .plies { width: 11mm; display: flex; flex-direction: column; justify-content: space-around; font-size: 8pt; border-left: 0.5pt dashed #666; padding-left: 1mm; white-space: nowrap; }
.sheet .head { height: ${FIXED_MM.header}mm; display: flex; align-items: center; justify-content: space-between; }
.sheet .info { height: ${FIXED_MM.info}mm; display: grid; grid-template-columns: 1.3fr 1fr 0.9fr; column-gap: 3mm; font-size: 9pt; }
.sheet .foot { margin-top: ${footTop}; height: ${FIXED_MM.footer}mm; font-size: 9pt; }
.sheet .pageno { text-align: center; font-size: 8pt; margin-top: 1mm; }
${paper === 'a4' ? '.sheet .pageno { position: absolute; left: 0; right: 0; bottom: 0; margin: 0; }' : ''}
.sheet .sign { display: grid; grid-template-columns: repeat(5, 1fr); margin-top: 1.5mm; }
.sheet .stamp { border: 1.2pt solid #c00; color: #c00; padding: 0.3mm 2mm; font-weight: bold; margin-left: 2mm; }
.sheet .void { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%) rotate(-24deg); font-size: ${Math.min(Math.round(l.heightMm * 0.4), 80)}mm; line-height: 1; font-weight: bold; letter-spacing: 8mm; color: rgba(204, 0, 0, 0.22); border: 1.5mm solid rgba(204, 0, 0, 0.22); padding: 0 3mm 0 11mm; white-space: nowrap; z-index: 2; }
`;
}

export interface PrintableNote {
  note: NoteDetail;
  /** The customer, contact and letterhead it prints with: as issued, or as it would be issued now. */
  issued: IssuedSnapshot;
  reprint: boolean;
  preparedBy: string | null;
  deliveredBy: string | null;
}

const cell: CSSProperties = { textAlign: 'right' };

/** A printed row: a goods line, or (prices shown) one of the note's charges after the goods. */
type PrintRow = { goods: NoteDetail['lines'][number] } | { charge: ChargeLineOut };

/** Charges are money only: with prices hidden the note lists its goods and nothing else. */
const printRowsOf = (n: NoteDetail): PrintRow[] => [
  ...n.lines.map((goods) => ({ goods })),
  ...(n.showPrices ? n.charges.map((charge) => ({ charge })) : []),
];

function Sheet({
  p,
  settings,
  partIndexes,
  part,
  page,
  pages,
  rows,
}: {
  p: PrintableNote;
  settings: DeliverySettings;
  partIndexes: number[];
  part: number | null;
  page: number;
  pages: number;
  rows: PrintRow[];
}) {
  const n = p.note;
  const { company, customer, contact } = p.issued;
  // A cancelled note is never a valid note: a large diagonal 作废 over every page, 作废 by the title, no total.
  const voided = n.status === 'cancelled';
  const prices = n.showPrices;
  const last = page === pages;
  const layout = layoutFor(settings.paper);
  const start = (page - 1) * layout.rows;
  // Continuous forms keep every row in place, so the next form starts where the printer expects it.
  const blank = settings.paper === 'a4' ? 0 : Math.max(0, layout.rows - rows.length);
  const partName = part === null ? null : `第${'一二三四五'[part]}联 ${settings.parts[part]}`;
  return (
    <section className="sheet">
      {voided && <div className="void">作废</div>}
      <div className="body">
        <div className="head">
          <div>
            <b style={{ fontSize: '12pt' }}>{company.name ?? ''}</b>
            <div style={{ fontSize: '8pt' }}>
              {[company.address, company.phone && `电话：${company.phone}`].filter(Boolean).join('  ')}
            </div>
          </div>
          <div style={{ display: 'flex', alignItems: 'center' }}>
            <b style={{ fontSize: '15pt', letterSpacing: '4pt' }}>送货单</b>
            {voided && <span className="stamp">作废</span>}
            {p.reprint && <span className="stamp">补打</span>}
          </div>
          <div style={{ textAlign: 'right' }}>
            <div>
              No. <b>{n.number}</b>
            </div>
            <div>{partName ?? ''}</div>
          </div>
        </div>
        <div className="info">
          <div>客户：{customer?.name ?? n.customerName}</div>
          <div>合同号：{n.orderNumber}</div>
          <div>日期：{n.date}</div>
          <div>地址：{contact?.address ?? ''}</div>
          <div>联系人：{[contact?.name, contact?.phone].filter(Boolean).join(' ')}</div>
          <div>
            件数：{n.packages}
            {n.weightKg ? `  重量：${n.weightKg}kg` : ''}
          </div>
        </div>
        <table>
          <colgroup>
            <col style={{ width: '7%' }} />
            <col style={{ width: prices ? '20%' : '27%' }} />
            <col style={{ width: prices ? '25%' : '33%' }} />
            <col style={{ width: '7%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '7%' }} />
            {prices && <col style={{ width: '11%' }} />}
            {prices && <col style={{ width: '13%' }} />}
            {!prices && <col style={{ width: '9%' }} />}
          </colgroup>
          <thead>
            <tr>
              <th>序号</th>
              <th>品名</th>
              <th>型号规格</th>
              <th>单位</th>
              <th>数量</th>
              <th>件数</th>
              {prices && <th>单价</th>}
              {prices && <th>金额</th>}
              {!prices && <th>备注</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              if ('charge' in r)
                return (
                  <tr key={`c${r.charge.orderLineId}`}>
                    <td />
                    <td colSpan={5}>{r.charge.name}</td>
                    <td />
                    <td style={cell}>{formatFen(n.priceIncludesTax ? r.charge.gross : r.charge.net)}</td>
                  </tr>
                );
              const l = r.goods;
              return (
                <tr key={l.id}>
                  <td style={cell}>{start + i + 1}</td>
                  <td>{l.name}</td>
                  <td>{l.spec ?? ''}</td>
                  <td>{l.unit}</td>
                  <td style={cell}>{l.quantity}</td>
                  <td style={cell}>{l.packages ?? ''}</td>
                  {prices && <td style={cell}>{formatPrice(l.unitPrice)}</td>}
                  {prices && <td style={cell}>{formatFen(n.priceIncludesTax ? l.gross : l.net)}</td>}
                  {!prices && <td />}
                </tr>
              );
            })}
            {Array.from({ length: blank }, (_, i) => (
              <tr key={`blank${i}`}>
                <td />
                <td />
                <td />
                <td />
                <td />
                <td />
                {prices && <td />}
                {prices && <td />}
                {!prices && <td />}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="foot">
          {voided ? (
            <div>
              <b>本单已作废，不作发货及结算凭证</b>
              {n.cancelReason ? `　作废原因：${n.cancelReason}` : ''}
            </div>
          ) : last ? (
            <div>
              合计：数量 {totalByUnit(n.lines)}
              {prices && (
                <>
                  　金额 ¥{formatFen(n.totals.gross)}　（大写）{n.amountInWords}
                </>
              )}
            </div>
          ) : (
            <div>（续下页）</div>
          )}
          <div className="sign">
            <span>制单：{p.preparedBy ?? ''}</span>
            <span>发货：{n.checkedBy ?? ''}</span>
            <span>送货：{p.deliveredBy ?? ''}</span>
            <span>签收人：</span>
            <span>日期：</span>
          </div>
          <div className="pageno">
            第 {page} 页 共 {pages} 页
          </div>
        </div>
      </div>
      {settings.partMode === 'carbonless' && (
        <div className="plies">
          {partIndexes.map((i) => (
            <div key={i}>{`${'①②③④⑤'[i]}${settings.parts[i]}`}</div>
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * Notes in the order given: each in as many pages as its lines need, once per part when parts print separately.
 * `partIndexes` are the parts this print is for (all by default), numbered as on the company's set.
 */
export function DeliveryNotes({
  notes,
  settings,
  partIndexes = settings.parts.map((_, i) => i),
}: {
  notes: PrintableNote[];
  settings: DeliverySettings;
  partIndexes?: number[];
}) {
  const { rows } = layoutFor(settings.paper);
  const parts = settings.partMode === 'separate' ? partIndexes : [null];
  return (
    <main>
      {notes.flatMap((p) => {
        const printed = printRowsOf(p.note);
        const pages = Math.max(1, Math.ceil(printed.length / rows));
        return parts.flatMap((part) =>
          Array.from({ length: pages }, (_, i) => (
            // One sheet of paper per page: the sheet sits inside it at the margins (and the 套打 offsets).
            <div className="paper" key={`${p.note.id}-${part}-${i}`}>
              <Sheet
                p={p}
                settings={settings}
                partIndexes={partIndexes}
                part={part}
                page={i + 1}
                pages={pages}
                rows={printed.slice(i * rows, (i + 1) * rows)}
              />
            </div>
          )),
        );
      })}
    </main>
  );
}
