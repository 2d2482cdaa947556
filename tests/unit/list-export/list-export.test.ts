import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import type { ChannelName, In } from '../../../electron/shared/contracts';
import type { ExportColumn, ExportableList } from '../../../electron/shared/list-export/contract';
import { checkedNotes, confirmedNotice, consign } from '../support/dispatch';
import { wonOrder } from '../support/orders';
import { useTestCore, type TestCore } from '../support/test-core';
import { loggedIn } from '../support/users';

const t = useTestCore();

interface Sheet {
  name: string;
  headers: string[];
  rows: unknown[][];
  numFmts: (string | undefined)[];
}

/** The exported file read back as Excel would open it. */
async function readBack(dataBase64: string): Promise<Sheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  for (let n = 2; n <= sheet.rowCount; n++) rows.push(values(n).map((v) => v ?? null));
  const width = values(1).length;
  return {
    name: sheet.name,
    headers: values(1) as string[],
    rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
    numFmts: Array.from({ length: width }, (_, i) => sheet.getRow(2).getCell(i + 1).numFmt),
  };
}

/** Every row the list shows for this input, page after page, as the user would see them turning pages. */
async function everyPage(list: ExportableList, input: Record<string, unknown>, pageSize: number) {
  const rows: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const p = (await t.ok(list as ChannelName, { ...input, page, pageSize } as never)) as unknown as {
      rows: Record<string, unknown>[];
      total: number;
    };
    rows.push(...p.rows);
    if (rows.length >= p.total) return rows;
  }
}

/** What each column must hold, worked out by hand from a list row: fen as yuan, codes by their labels. */
function expectedCell(c: ExportColumn, row: Record<string, unknown>): unknown {
  const v = c.field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], row);
  if (v === null || v === undefined || v === '') return null;
  if (c.kind === 'money') return (v as number) / 100;
  if (c.kind === 'enum') return c.values![String(v)];
  if (c.kind === 'bool') return v ? '是' : '否';
  if (c.kind === 'number') return Number(v);
  return v;
}

async function exportOf(
  tc: TestCore,
  list: ExportableList,
  input: Record<string, unknown>,
  columns: ExportColumn[],
  sessionId?: string,
) {
  const r = await tc.call(
    'export.list',
    { list, input, columns, exportId: `test-${list.replace(/\./g, '-')}`, utcOffset: 480 },
    sessionId ? { sessionId } : undefined,
  );
  return r;
}

/** The export of a list equals its pages, row for row, under the headings the user sees. */
async function expectExportEqualsList(
  list: ExportableList,
  input: Record<string, unknown>,
  columns: ExportColumn[],
  opts: { pageSize: number; minRows: number; sheet: string },
) {
  const shown = await everyPage(list, input, opts.pageSize);
  expect(shown.length).toBeGreaterThanOrEqual(opts.minRows);
  const r = await exportOf(t, list, input, columns);
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value.rows).toBe(shown.length);
  expect(r.value.filename).toBe(`${opts.sheet}-${today().replace(/-/g, '')}.xlsx`);
  const sheet = await readBack(r.value.dataBase64);
  expect(sheet.name).toBe(opts.sheet);
  expect(sheet.headers).toEqual(columns.map((c) => c.label));
  expect(sheet.rows).toEqual(shown.map((row) => columns.map((c) => expectedCell(c, row))));
  columns.forEach((c, i) => {
    if (c.kind === 'money') expect(sheet.numFmts[i]).toBe('#,##0.00');
  });
  return { shown, sheet };
}

const ORDER_STATUS = { draft: '草稿', confirmed: '已确认', partial: '部分发货', delivered: '已发货' };
const QUOTE_STATUS = { draft: '草稿', won: '已成交', sent: '已发送' };

/** Three customers' quotes and orders, notices and notes, runs, consignments, settlements, inquiries and papers. */
async function business() {
  const [n1, n2, n3, n4, n5] = await checkedNotes(t, 5);
  const note1 = await t.ok('deliveries.notes.get', { id: n1! });
  const orderA = await t.ok('orders.get', { id: note1.orderId });
  const b1 = await wonOrder(t, { customer: { name: '长沙银河自动化有限公司' } });
  const b2 = await wonOrder(t, {
    customer: { name: '长沙银河自动化设备有限公司' },
    lines: [{ name: '压力表', spec: 'Y-100', unit: '只', quantity: '3', unitPrice: '85.5' }],
  });
  await wonOrder(t, { customer: { name: '重庆钢铁集团设备维修有限公司' } });
  await t.ok('quotes.create', {
    customerId: b1.customer.id,
    quoteDate: today(),
    lines: [{ name: '闸阀', unit: '台', quantity: '1', unitPrice: '420' }],
  });
  await confirmedNotice(t, b1.order.id, [{ orderLineId: b1.lineIds[0]!, quantity: '1' }]);
  for (const noteIds of [[n1!], [n2!], [n3!]])
    await t.ok('dispatch.runs.create', { date: today(), vehicle: '粤B·3K217', driver: '陈师傅', noteIds });
  const carrier = await t.ok('carriers.create', { name: '佳吉快运', basis: 'weight', rate: '1' });
  for (const [noteId, kg] of [
    [n4!, '100'],
    [n5!, '250.5'],
  ] as const) {
    const c = await consign(t, carrier.id, noteId, kg);
    await t.ok('dispatch.consignments.ship', { id: c.id, waybillNo: `WB${noteId}` });
    await t.ok('dispatch.consignments.arrive', { id: c.id, date: today() });
    await t.ok('deliveries.notes.receipt', { id: noteId, signer: '黄志强', date: today() });
    await t.ok('dispatch.freight.settle', {
      carrierId: carrier.id,
      from: '2000-01-01',
      to: '2099-12-31',
      consignmentIds: [c.id],
      paymentRef: `网银-${noteId}`,
      settledOn: today(),
    });
  }
  for (const [customerId, requirement] of [
    [b1.customer.id, '计量泵 2 台'],
    [b1.customer.id, '液位计 4 台'],
    [b1.customer.id, '闸阀 DN100 6 台'],
    [orderA.customerId, '压力表 12 只'],
  ] as const)
    await t.ok('inquiries.create', {
      customerId,
      date: today(),
      channel: 'phone',
      requirement,
    } as In<'inquiries.create'>);
  for (const [kind, subject] of [
    ['contract', '电磁流量计采购合同'],
    ['contract', '压力表采购合同'],
    ['contract', '闸阀采购合同'],
    ['fax', '价格调整通知'],
  ] as const)
    await t.ok('register.create', { kind, direction: 'received', date: today(), customerId: b1.customer.id, subject });
  return { orderA, b1, b2, carrier };
}

describe('every list exports what it shows: all pages of the current filter and sort, as the user sees them', () => {
  it('quotes, orders, notices, notes, runs, consignments, freight, inquiries and the register', async () => {
    const { orderA, b1, carrier } = await business();
    const money = (field: string, label: string): ExportColumn => ({ field, label, kind: 'money' });

    const quotes = await expectExportEqualsList(
      'quotes.list',
      { filters: { status: 'won' }, sort: { field: 'gross', dir: 'desc' } },
      [
        { field: 'number', label: '报价单号' },
        { field: 'status', label: '状态', kind: 'enum', values: QUOTE_STATUS },
        { field: 'customerName', label: '客户' },
        { field: 'quoteDate', label: '报价日期', kind: 'date' },
        { field: 'version', label: '版本', kind: 'number' },
        money('gross', '价税合计'),
      ],
      { pageSize: 2, minRows: 4, sheet: '报价单' },
    );
    // The filter holds: the draft is not exported; the sort holds: largest first.
    expect(quotes.sheet.rows.map((r) => r[1])).toEqual(['已成交', '已成交', '已成交', '已成交']);
    expect(quotes.sheet.rows.map((r) => r[5])).toEqual([260000, 79163, 79163, 256.5]);

    const orders = await expectExportEqualsList(
      'orders.list',
      { filters: { customer: '长沙' } },
      [
        { field: 'number', label: '合同号' },
        { field: 'status', label: '状态', kind: 'enum', values: ORDER_STATUS },
        { field: 'customerName', label: '客户' },
        { field: 'customerPo', label: '客户订单号' },
        { field: 'orderDate', label: '合同日期', kind: 'date' },
        money('gross', '价税合计'),
      ],
      { pageSize: 1, minRows: 2, sheet: '销售合同' },
    );
    expect(orders.sheet.rows.map((r) => r[2]).sort()).toEqual(['长沙银河自动化有限公司', '长沙银河自动化设备有限公司']);

    await expectExportEqualsList(
      'deliveries.notices.list',
      { filters: { orderId: orderA.id }, sort: { field: 'number', dir: 'desc' } },
      [
        { field: 'number', label: '通知单号' },
        { field: 'customerName', label: '客户' },
        { field: 'date', label: '日期', kind: 'date' },
        money('gross', '价税合计'),
      ],
      { pageSize: 2, minRows: 5, sheet: '发货通知单' },
    );
    await expectExportEqualsList(
      'deliveries.notes.list',
      { filters: { orderId: orderA.id }, sort: { field: 'number', dir: 'asc' } },
      [
        { field: 'number', label: '送货单号' },
        { field: 'packages', label: '件数', kind: 'number' },
        { field: 'printCount', label: '打印次数', kind: 'number' },
        { field: 'dispatch', label: '派送' },
        money('gross', '价税合计'),
      ],
      { pageSize: 2, minRows: 5, sheet: '送货单' },
    );
    await expectExportEqualsList(
      'dispatch.runs.list',
      { filters: { date: today() }, sort: { field: 'number', dir: 'desc' } },
      [
        { field: 'number', label: '派车单号' },
        { field: 'date', label: '日期', kind: 'date' },
        { field: 'vehicle', label: '车辆' },
        { field: 'stops', label: '站点', kind: 'number' },
      ],
      { pageSize: 2, minRows: 3, sheet: '市内派车' },
    );
    const consignments = await expectExportEqualsList(
      'dispatch.consignments.list',
      { filters: { carrierId: carrier.id } },
      [
        { field: 'number', label: '托运单号' },
        { field: 'carrierName', label: '承运商' },
        money('freight', '运费'),
        { field: 'payment', label: '付款方式', kind: 'enum', values: { monthly: '月结' } },
        { field: 'receiptsBack', label: '回单已回', kind: 'bool' },
      ],
      { pageSize: 1, minRows: 2, sheet: '托运单' },
    );
    expect(consignments.sheet.rows.map((r) => [r[2], r[3], r[4]]).sort()).toEqual([
      [100, '月结', '是'],
      [250.5, '月结', '是'],
    ]);
    await expectExportEqualsList(
      'dispatch.freight.list',
      { filters: { carrierId: carrier.id } },
      [
        { field: 'number', label: '结算单号' },
        { field: 'carrierName', label: '承运商' },
        { field: 'settledOn', label: '结算日期', kind: 'date' },
        money('total', '合计'),
        { field: 'paymentRef', label: '付款凭证' },
      ],
      { pageSize: 1, minRows: 2, sheet: '运费结算' },
    );
    const inquiries = await expectExportEqualsList(
      'inquiries.list',
      { filters: { customerId: b1.customer.id }, sort: { field: 'number', dir: 'asc' } },
      [
        { field: 'number', label: '询价编号' },
        { field: 'customerName', label: '客户' },
        { field: 'requirement', label: '需求' },
      ],
      { pageSize: 2, minRows: 3, sheet: '询价' },
    );
    expect(inquiries.sheet.rows.map((r) => r[2])).toEqual(['计量泵 2 台', '液位计 4 台', '闸阀 DN100 6 台']);
    const register = await expectExportEqualsList(
      'register.list',
      { filters: { kind: 'contract' }, q: '采购合同' },
      [
        { field: 'number', label: '登记号' },
        { field: 'kind', label: '类别', kind: 'enum', values: { contract: '合同', fax: '传真' } },
        { field: 'subject', label: '主题' },
        { field: 'files', label: '附件', kind: 'number' },
      ],
      { pageSize: 2, minRows: 3, sheet: '收发文登记' },
    );
    expect(register.sheet.rows.map((r) => r[1])).toEqual(['合同', '合同', '合同']);
  });

  it('timestamps in the user’s local time, labels in English for an English user', async () => {
    await t.ok('carriers.create', { name: '德邦物流', basis: 'piece', rate: '12' });
    const audit = await everyPage('audit.list', { filters: { entity: 'carrier' } }, 50);
    const r = await t.call(
      'export.list',
      {
        list: 'audit.list',
        input: { filters: { entity: 'carrier' } },
        columns: [
          { field: 'at', label: 'When', kind: 'timestamp' },
          { field: 'action', label: 'Action' },
        ],
        exportId: 'audit-export-1',
        utcOffset: 480,
      },
      { locale: 'en' },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.filename).toBe(`Audit log-${today().replace(/-/g, '')}.xlsx`);
    const sheet = await readBack(r.value.dataBase64);
    const at = new Date(Date.parse(String(audit[0]!.at)) + 480 * 60_000).toISOString();
    expect(sheet.rows[0]![0]).toBe(`${at.slice(0, 10)} ${at.slice(11, 19)}`);
  });

  it('ten thousand rows in one file, read in chunks in the core; the renderer only receives the file', async () => {
    const db = t.core.services.db();
    const at = new Date().toISOString();
    const rows = Array.from({ length: 10_001 }, (_, i) => ({
      name: `承运商${String(i).padStart(5, '0')}`,
      basis: 'weight',
      rate: '1',
      minimum_fen: i,
      active: true,
      created_at: at,
      updated_at: at,
    }));
    for (let i = 0; i < rows.length; i += 500) await db('carriers').insert(rows.slice(i, i + 500));
    const r = await exportOf(t, 'carriers.list', { sort: { field: 'name', dir: 'desc' } }, [
      { field: 'name', label: '名称' },
      { field: 'minimum', label: '最低收费', kind: 'money' },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rows).toBe(10_001);
    const sheet = await readBack(r.value.dataBase64);
    expect(sheet.rows).toHaveLength(10_001);
    expect(sheet.rows[0]).toEqual(['承运商10000', 100]);
    expect(sheet.rows[10_000]).toEqual(['承运商00000', 0]);
    expect(new Set(sheet.rows.map((x) => x[0])).size).toBe(10_001);
    // Nothing left behind: the export's progress is gone once the file is made.
    expect(await t.ok('export.progress', { exportId: 'test-carriers-list' })).toEqual({
      done: 0,
      total: 0,
      running: false,
    });
  });

  it('the list’s own permission and input rules hold: a dispatch clerk cannot export quotes, bad filters are named', async () => {
    await wonOrder(t);
    const dispatch = await loggedIn(t, 'dispatch', 'wang', '王调度');
    const columns = [{ field: 'number', label: '单号' }];
    const denied = await exportOf(t, 'quotes.list', {}, columns, dispatch);
    expect(denied.ok).toBe(false);
    if (!denied.ok) expect(denied.error.code).toBe('FORBIDDEN');
    // The same clerk may export what he may see.
    const notes = await exportOf(t, 'deliveries.notes.list', {}, columns, dispatch);
    expect(notes.ok).toBe(true);

    const bad = await t.fail('export.list', {
      list: 'orders.list',
      input: { filters: { status: 'nonsense' } },
      columns,
      exportId: 'bad-filter',
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.message).toContain('列表的筛选条件不正确');
    expect(bad.details?.fields?.[0]?.path).toBe('input.filters.status');
    // A channel that is not a list is not exported.
    const notAList = await t.fail('export.list', { list: 'users.list', input: {}, columns, exportId: 'not-a-list' });
    expect(notAList.code).toBe('VALIDATION');
  });
});
