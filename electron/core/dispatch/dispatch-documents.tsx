import type { Locale } from '../../shared/rpc/envelope';
import { translate } from '../../shared/i18n/translate';
import type { Knex } from 'knex';
import { amountInWords, formatFen } from '../../shared/money';
import type { CoreServices } from '../services';
import { readCompany } from '../settings/company';
import { consignmentSnapshotNow, readSnapshot } from '../docs/issued-snapshot';
import { getConsignment, getRun, getSettlement } from './dispatch-store';

const PAYMENT = { cash: '现付', collect: '到付', on_receipt: '回单付', monthly: '月结' } as const;

const BASIS = { piece: '按件', weight: '按重量', volume: '按体积' } as const;
const HANDOVER = { pickup: '自提', door: '送货上门' } as const;

async function companyName(db: Knex): Promise<string> {
  return (await readCompany(db)).name ?? '';
}

/** Numbers and dates stay on one line; names wrap. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** 派车单: the run's vehicle and crew, its stops in order, a column for each customer's signature. */
export async function renderRunSheet(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array }> {
  const run = await getRun(db, id);
  // react-dom/server is loaded with the first document, not at start.
  const { documentHtml } = await import('../docs/document-html');
  const stopRow = (s: (typeof run.stopList)[number]) => (
    <tr key={s.noteId} style={{ height: '12mm' }}>
      <td className="num">{s.stopNo}</td>
      <td style={NO_WRAP}>{s.number}</td>
      <td>{s.customerName}</td>
      <td>{s.deliveryAddress ?? ''}</td>
      <td>{[s.contactName, s.contactPhone].filter(Boolean).join(' ')}</td>
      <td className="num">{s.packages}</td>
      <td />
      <td />
    </tr>
  );
  const html = documentHtml(
    <main>
      <div style={{ fontSize: '13pt', fontWeight: 'bold' }}>{await companyName(db)}</div>
      <h1 style={{ textAlign: 'center', fontSize: '17pt', letterSpacing: '4pt', margin: '3mm 0' }}>市内送货派车单</h1>
      <p>
        派车单号：{run.number}　日期：{run.date}　车辆：{run.vehicle}　司机：{run.driver}　押运：{run.escort ?? ''}
      </p>
      <table>
        <colgroup>
          {[5, 15, 17, 22, 13, 6, 11, 11].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>站</th>
            <th>送货单号</th>
            <th>客户</th>
            <th>地址</th>
            <th>联系人</th>
            <th>件数</th>
            <th>到达时间</th>
            <th>客户签收</th>
          </tr>
        </thead>
        <tbody>{run.stopList.slice(0, -1).map(stopRow)}</tbody>
        {/* The last stop and the signature line form one unbreakable group: the line never starts a page alone. */}
        <tbody style={{ breakInside: 'avoid' }}>
          {run.stopList.slice(-1).map(stopRow)}
          <tr>
            <td colSpan={8} style={{ border: 'none', padding: '8mm 0 0' }}>
              <div style={{ display: 'flex', justifyContent: 'space-between' }}>
                <span>出车时间：</span>
                <span>回车时间：</span>
                <span>调度：</span>
              </div>
            </td>
          </tr>
        </tbody>
      </table>
    </main>,
    { title: `派车单 ${run.number}`, paper: 'a4' },
  );
  return {
    filename: translate(locale, 'documentText.runSheetFile', { number: run.number }),
    pdf: await services.pdf.render(html),
  };
}

/** 运费对账单 for a carrier: the consignments settled, freight due, adjustments, the total in 大写. */
export async function renderFreightStatement(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array }> {
  const s = await getSettlement(db, id);
  const { documentHtml } = await import('../docs/document-html');
  const html = documentHtml(
    <main>
      <div style={{ fontSize: '13pt', fontWeight: 'bold' }}>{await companyName(db)}</div>
      <h1 style={{ textAlign: 'center', fontSize: '17pt', letterSpacing: '4pt', margin: '3mm 0' }}>运费结算单</h1>
      <p>
        结算单号：{s.number}　承运商：{s.carrierName}　期间：{s.periodFrom} 至 {s.periodTo}　结算日期：{s.settledOn}
      </p>
      <table style={{ fontSize: '9pt' }}>
        <colgroup>
          {[5, 15, 12, 12, 8, 17, 5, 8, 9, 9].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>托运单号</th>
            <th>运单号</th>
            <th>日期</th>
            <th>到站</th>
            <th>收货人</th>
            <th>件数</th>
            <th>付款方式</th>
            <th>运费（元）</th>
            <th>保价费（元）</th>
          </tr>
        </thead>
        <tbody>
          {s.consignments.map((c, i) => (
            <tr key={c.id}>
              <td className="num">{i + 1}</td>
              <td style={NO_WRAP}>{c.number}</td>
              <td style={NO_WRAP}>{c.waybillNo ?? ''}</td>
              <td style={NO_WRAP}>{c.date}</td>
              <td>{c.toStation}</td>
              <td>{c.consigneeName}</td>
              <td className="num">{c.packages}</td>
              <td>{PAYMENT[c.payment]}</td>
              <td className="num">{formatFen(c.freight)}</td>
              <td className="num">{formatFen(c.insuranceFee)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* Totals, payment and signatures stay together: never signatures alone on a last page. */}
      <div style={{ breakInside: 'avoid' }}>
        <p>
          运费合计：¥{formatFen(s.freight)}　保价费合计：¥{formatFen(s.insurance)}　调整：¥{formatFen(s.adjustment)}
          {s.adjustmentNote ? `（${s.adjustmentNote}）` : ''}
        </p>
        <p>
          <b>
            应付合计：¥{formatFen(s.total)}　（大写）{amountInWords(s.total)}
          </b>
        </p>
        <p>付款凭证：{s.paymentRef}</p>
        <p style={{ marginTop: '10mm', display: 'flex', justifyContent: 'space-between' }}>
          <span>经办：</span>
          <span>审核：</span>
          <span>承运商确认：</span>
        </p>
      </div>
    </main>,
    { title: `运费结算单 ${s.number}`, paper: 'a4' },
  );
  return {
    filename: translate(locale, 'documentText.freightStatementFile', { number: s.number }),
    pdf: await services.pdf.render(html),
  };
}

/**
 * 托运单 as booked: shipper (our letterhead), consignee, goods, charges and the delivery notes it carries with their
 * customers, all from the consignment's snapshot, so renaming a customer or changing the letterhead later does not
 * change a reprint.
 */
export async function renderConsignmentNote(
  db: Knex,
  services: CoreServices,
  id: number,
  locale: Locale,
): Promise<{ filename: string; pdf: Uint8Array }> {
  const c = await getConsignment(db, id);
  const { company, contact, notes } =
    (await readSnapshot(db, 'consignment', id)) ?? (await consignmentSnapshotNow(db, id));
  const { documentHtml } = await import('../docs/document-html');
  const row = { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: '6mm', margin: '2mm 0' } as const;
  const noteRow = (n: (typeof notes)[number], index: number) => (
    <tr key={n.id}>
      <td className="num">{index + 1}</td>
      <td style={NO_WRAP}>{n.number}</td>
      <td>{n.customerName}</td>
    </tr>
  );
  const html = documentHtml(
    <main>
      <div style={{ fontSize: '13pt', fontWeight: 'bold' }}>{company.name ?? ''}</div>
      <h1 style={{ textAlign: 'center', fontSize: '17pt', letterSpacing: '4pt', margin: '3mm 0' }}>货物托运单</h1>
      <p>
        托运单号：{c.number}　日期：{c.date}　承运商：{c.carrierName}　运单号：{c.waybillNo ?? ''}
      </p>
      <p>
        发站：{c.fromStation ?? ''}　到站：{c.toStation}　交接方式：{HANDOVER[c.handover]}　回单：
        {c.receiptRequired ? '需要' : '不需要'}
      </p>
      <div style={row}>
        <div>
          <div>
            <b>托运人：</b>
            {company.name ?? ''}
          </div>
          <div>地址：{company.address ?? ''}</div>
          <div>电话：{company.phone ?? ''}</div>
        </div>
        <div>
          <div>
            <b>收货人：</b>
            {contact?.name ?? ''}
          </div>
          <div>地址：{contact?.address ?? ''}</div>
          <div>电话：{contact?.phone ?? ''}</div>
        </div>
      </div>
      <table style={{ tableLayout: 'fixed' }}>
        <colgroup>
          {[18, 8, 7, 9, 9, 9, 10, 11, 9, 10].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>货物名称</th>
            <th>包装</th>
            <th>件数</th>
            <th>重量（kg）</th>
            <th>体积（m³）</th>
            <th>计费方式</th>
            <th>运费（元）</th>
            <th>保价金额（元）</th>
            <th>保价费（元）</th>
            <th>代收货款（元）</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{c.goods}</td>
            <td>{c.packing ?? ''}</td>
            <td className="num">{c.packages}</td>
            <td className="num">{c.weightKg ?? ''}</td>
            <td className="num">{c.volumeM3 ?? ''}</td>
            <td>{BASIS[c.basis]}</td>
            <td className="num">{formatFen(c.freight)}</td>
            <td className="num">{formatFen(c.insuredValue)}</td>
            <td className="num">{formatFen(c.insuranceFee)}</td>
            <td className="num">{formatFen(c.cod)}</td>
          </tr>
        </tbody>
      </table>
      <table style={{ tableLayout: 'fixed', marginTop: '3mm' }}>
        <colgroup>
          {[8, 22, 70].map((w, i) => (
            <col key={i} style={{ width: `${w}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>随货送货单</th>
            <th>客户</th>
          </tr>
        </thead>
        <tbody>{notes.slice(0, -1).map((n, i) => noteRow(n, i))}</tbody>
        {/* The last note, the charges and the signatures stay together: the total is always on the last page. */}
        <tbody style={{ breakInside: 'avoid' }}>
          {notes.slice(-1).map((n) => noteRow(n, notes.length - 1))}
          <tr>
            <td colSpan={3} style={{ border: 'none', padding: '3mm 0 0' }}>
              <p style={{ margin: 0 }}>
                付款方式：{PAYMENT[c.payment]}　运费及保价费合计：¥{formatFen(c.freight + c.insuranceFee)}（大写）
                {amountInWords(c.freight + c.insuranceFee)}
              </p>
              <p style={{ margin: '12mm 0 0', display: 'flex', justifyContent: 'space-between' }}>
                <span>托运人签字：</span>
                <span>承运人签字：</span>
                <span>日期：</span>
              </p>
            </td>
          </tr>
        </tbody>
      </table>
    </main>,
    { title: `托运单 ${c.number}`, paper: 'a4' },
  );
  return {
    filename: translate(locale, 'documentText.consignmentNoteFile', { number: c.number }),
    pdf: await services.pdf.render(html),
  };
}
