import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestCore } from '../support/test-core';
import { addDays, today } from '../../../electron/core/dates';

const t = useTestCore();

async function wonQuote() {
  const c = await t.ok('customers.create', { name: '青岛海湾化学有限公司' });
  const q = await t.ok('quotes.create', {
    customerId: c.id,
    project: '氯碱装置阀门',
    quoteDate: '2026-11-02',
    lines: [
      { name: '法兰球阀', brand: '苏阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: '1860.5' },
      { kind: 'discount', name: '优惠', unit: '项', quantity: '1', unitPrice: '163' },
    ],
  });
  return q;
}

describe('copying and exporting quotes', () => {
  it("a copy is a new draft with its own number, today's date and the same lines, for another customer if asked", async () => {
    const q = await wonQuote();
    const other = await t.ok('customers.create', { name: '天津滨海新区热力有限公司' });
    const copy = await t.ok('quotes.copy', { id: q.id, customerId: other.id });
    expect(copy.number).not.toBe(q.number);
    expect(copy).toMatchObject({
      version: 1,
      status: 'draft',
      customerName: '天津滨海新区热力有限公司',
      totals: q.totals,
    });
    expect(copy.quoteDate).not.toBe('2026-11-02');
    expect(copy.lines.map((l) => [l.name, l.quantity, l.unitPrice])).toEqual(
      q.lines.map((l) => [l.name, l.quantity, l.unitPrice]),
    );
    const history = await t.ok('audit.forEntity', { entity: 'quote', entityId: String(copy.id) });
    expect((history[0]!.after as { copiedFrom: string }).copiedFrom).toBe(`${q.number} V1`);
  });

  it('exports the quote to xlsx with its lines and the total in words', async () => {
    const q = await wonQuote();
    const file = await t.ok('quotes.xlsx', { id: q.id });
    expect(file.filename).toBe(`报价单-${q.number}-V1.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[2]).toEqual([
      '序号',
      '产品名称',
      '品牌',
      '型号规格',
      '单位',
      '数量',
      '单价',
      '税率',
      '含税金额',
      '交货期',
      '备注',
    ]);
    expect(rows[3]!.slice(0, 9)).toEqual([1, '法兰球阀', '苏阀', 'Q41F-16C DN80', '台', 6, 1860.5, '13%', 11163]);
    expect(rows[4]!.slice(6, 9)).toEqual([-163, '13%', -163]);
    expect(rows[5]).toContain('壹万壹仟元整');
    expect(rows[5]).toContain(11000);
  });
});

describe('lines from earlier quotes', () => {
  it('offers the lines the customer was quoted before, newest first, with the prices then given, but not drafts or other customers', async () => {
    const c = await t.ok('customers.create', { name: '青岛海湾化学有限公司' });
    const sent = async (date: string, price: string) => {
      const q = await t.ok('quotes.create', {
        customerId: c.id,
        quoteDate: date,
        validDays: 365,
        lines: [
          { name: '法兰球阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: price },
          { kind: 'freight', name: '运费', unit: '项', quantity: '1', unitPrice: '200' },
        ],
        costLines: [{ lineNo: 1, name: '法兰球阀', quantity: '6', unitCost: '1200' }],
      });
      await t.ok('quotes.submit', { id: q.id });
      return t.ok('quotes.markSent', { id: q.id, via: 'fax' });
    };
    // Quoted half a year ago and last month, both still inside their validity when sent.
    const daysAgo = (n: number) => addDays(today(), -n);
    const older = await sent(daysAgo(180), '1900');
    const newer = await sent(daysAgo(30), '1860.5');
    await t.ok('quotes.create', {
      customerId: c.id,
      quoteDate: daysAgo(1),
      lines: [{ name: '草稿里的阀门', quantity: '1', unitPrice: '1' }],
    });
    const other = await t.ok('customers.create', { name: '别家' });
    await t.ok('quotes.create', {
      customerId: other.id,
      quoteDate: daysAgo(1),
      lines: [{ name: '法兰球阀', quantity: '1', unitPrice: '1' }],
    });

    const lines = await t.ok('quotes.previousLines', { customerId: c.id });
    expect(lines.map((l) => [l.number, l.quoteDate, l.name, l.unitPrice])).toEqual([
      [newer.number, daysAgo(30), '法兰球阀', '1860.5'],
      [older.number, daysAgo(180), '法兰球阀', '1900'],
    ]);
    expect(
      await t.ok('quotes.previousLines', { customerId: c.id, q: 'dn80', excludeNumber: newer.number }),
    ).toHaveLength(1);
    expect(await t.ok('quotes.previousLines', { customerId: c.id, q: '截止阀' })).toEqual([]);
  });
});
