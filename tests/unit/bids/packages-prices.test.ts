import { describe, expect, it } from 'vitest';
import { bidTotal } from '../../../electron/shared/bids/price-tables';
import { loadExcelJs } from '../../../electron/core/excel/load-exceljs';
import { today } from '../../../electron/core/dates';
import { useTestCore } from '../support/test-core';
import { seedTender } from '../support/bids-packages-seed';

const t = useTestCore();

async function newPackage() {
  const { tenderId } = await seedTender(t);
  return t.ok('bids.packages.create', { tenderId });
}

/** Four lines, three of them landing on half a fen. */
const LINES = [
  { name: '压力变送器', brand: '川仪', model: 'PDS403H', maker: '重庆', unit: '台', quantity: '3', unitPrice: '0.335' },
  { name: '密封垫片', unit: '片', quantity: '1.5', unitPrice: '2.333' },
  { name: '电磁流量计', brand: '光华', model: 'LDG-150', unit: '台', quantity: '7', unitPrice: '1446.4' },
  { name: '标签', unit: '张', quantity: '0.5', unitPrice: '0.01' },
];

describe('分项报价表 and the one total', () => {
  it('stores each line’s 合价 to the fen, half up, and states the total and 大写 from bidTotal of those lines', async () => {
    const p = await newPackage();
    const saved = await t.ok('bids.packages.savePriceLines', { packageId: p.id, lines: LINES });
    // 3×0.335=1.005→1.01; 1.5×2.333=3.4995→3.50; 7×1446.4=10124.80; 0.5×0.01=0.005→0.01.
    expect(saved.priceLines.map((l) => l.amountFen)).toEqual([101, 350, 1012480, 1]);
    expect(saved.totalFen).toBe(1012932);
    expect(saved.totalInWords).toBe('壹万零壹佰贰拾玖元叁角贰分');
    expect(bidTotal(saved.priceLines)).toEqual({ totalFen: saved.totalFen, inWords: saved.totalInWords });
    expect(saved.priceLines.reduce((s, l) => s + l.amountFen, 0)).toBe(saved.totalFen);
    // The list states the same total.
    expect((await t.ok('bids.packages.list', {})).rows[0]!.totalFen).toBe(1012932);

    // Edited, removed and reordered in one save: the total follows.
    const edited = await t.ok('bids.packages.savePriceLines', {
      packageId: p.id,
      lines: [{ ...LINES[2]!, quantity: '2' }, LINES[0]!],
    });
    expect(edited.priceLines.map((l) => [l.name, l.amountFen])).toEqual([
      ['电磁流量计', 289280],
      ['压力变送器', 101],
    ]);
    expect(edited.totalFen).toBe(289381);
    expect(edited.totalInWords).toBe('贰仟捌佰玖拾叁元捌角壹分');
    const audit = await t.ok('audit.forEntity', { entity: 'bidPackage', entityId: String(p.id) });
    expect(
      audit
        .filter((a) => a.action === 'savePriceLines')
        .map((a) => a.after)
        .reverse(),
    ).toEqual([
      { lineCount: 4, totalFen: 1012932 },
      { lineCount: 2, totalFen: 289381 },
    ]);
  });

  it('reads cells as the forms do (full-width digits, separators) and refuses bad ones beside the cell, writing nothing', async () => {
    const p = await newPackage();
    const ok = await t.ok('bids.packages.savePriceLines', {
      packageId: p.id,
      lines: [{ name: '球阀', unit: '台', quantity: '１２', unitPrice: '1,860.50' }],
    });
    expect(ok.priceLines[0]).toMatchObject({ quantity: '12', unitPrice: '1860.50', amountFen: 2232600 });
    const err = await t.fail('bids.packages.savePriceLines', {
      packageId: p.id,
      lines: [
        { name: '球阀', unit: '台', quantity: '-2', unitPrice: '100' },
        { name: '闸阀', unit: '台', quantity: '2', unitPrice: '12元' },
        { name: '蝶阀', unit: '台', quantity: '2', unitPrice: '1.23456' },
      ],
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields?.map((f) => f.path)).toEqual([
      'lines.0.quantity',
      'lines.1.unitPrice',
      'lines.2.unitPrice',
    ]);
    expect(err.details?.fields?.every((f) => !/[a-z_]+\.[a-z_]+/i.test(f.message))).toBe(true);
    const kept = await t.ok('bids.packages.get', { id: p.id });
    expect(kept.priceLines.map((l) => l.name)).toEqual(['球阀']);
    expect(await t.count('bid_price_lines')).toBe(1);
  });

  it('imports a quote’s lines: spec as model, the brand, the price with tax, the quote line kept', async () => {
    const customer = await t.ok('customers.create', { name: '苏州工业园区清源华衍水务有限公司' });
    const product = await t.ok('products.create', { name: '电磁流量计', brand: '光华', unit: '台', listPrice: '6800' });
    const quote = await t.ok('quotes.create', {
      customerId: customer.id,
      quoteDate: today(),
      lines: [
        { productId: product.id, name: '电磁流量计', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '6800' },
        { name: '法兰球阀', brand: '苏阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: '1860.5' },
        { kind: 'discount', name: '项目优惠', unit: '项', quantity: '1', unitPrice: '500' },
      ],
    });
    const p = await newPackage();
    const imported = await t.ok('bids.packages.importQuote', { packageId: p.id, quoteId: quote.id });
    const lineIds = (await t.core.services.db()('quote_lines').where({ quote_id: quote.id }).orderBy('position')) as {
      id: number;
    }[];
    expect(
      imported.priceLines.map((l) => [
        l.name,
        l.brand,
        l.model,
        l.unit,
        l.quantity,
        l.unitPrice,
        l.amountFen,
        l.quoteLineId,
      ]),
    ).toEqual([
      ['电磁流量计', '光华', 'LDG-150', '台', '10', '6800', 6800000, lineIds[0]!.id],
      ['法兰球阀', '苏阀', 'Q41F-16C DN80', '台', '6', '1860.5', 1116300, lineIds[1]!.id],
    ]);
    expect(imported.totalFen).toBe(7916300);
    expect(imported.quoteId).toBe(quote.id);
  });
});

describe('the price tables as a workbook', () => {
  it('has the 开标一览表 and the 分项报价表, both totalling bidTotal of the lines, with the 大写', async () => {
    const p = await newPackage();
    const saved = await t.ok('bids.packages.savePriceLines', { packageId: p.id, lines: LINES });
    const file = await t.ok('bids.packages.priceXlsx', { id: p.id });
    expect(file.filename).toBe('清源水务2026年度仪表采购项目 投标文件 报价表.xlsx');
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['开标一览表', '分项报价表']);
    const summary = book.getWorksheet('开标一览表')!;
    const byLabel = new Map<string, unknown>();
    summary.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get('投标总价（小写）')).toBe(10129.32);
    expect(byLabel.get('投标总价（大写）')).toBe('壹万零壹佰贰拾玖元叁角贰分');
    const sheet = book.getWorksheet('分项报价表')!;
    const amounts: number[] = [];
    for (let r = 3; r < 3 + LINES.length; r++) amounts.push(Math.round(Number(sheet.getRow(r).getCell(9).value) * 100));
    expect(amounts).toEqual([101, 350, 1012480, 1]);
    const totalRow = sheet.getRow(3 + LINES.length);
    expect(totalRow.getCell(2).value).toBe('合计');
    expect(Math.round(Number(totalRow.getCell(9).value) * 100)).toBe(bidTotal(saved.priceLines).totalFen);
    expect(totalRow.getCell(4).value).toBe(saved.totalInWords);
  });
});

describe('deviation tables', () => {
  it('keep each product’s answer per requirement and offer it for the next bid', async () => {
    const product = await t.ok('products.create', { name: '电磁流量计', brand: '光华', unit: '台' });
    const p = await newPackage();
    const saved = await t.ok('bids.packages.saveDeviations', {
      packageId: p.id,
      sheet: 'technical',
      lines: [
        {
          productId: product.id,
          clause: '3.2',
          requirement: '测量精度 ±0.5%',
          response: '测量精度 ±0.2%',
          deviation: 'positive',
        },
        { productId: product.id, requirement: '防护等级 IP67', response: '防护等级 IP68', deviation: 'positive' },
        { requirement: '供货期 30 天', response: '供货期 30 天' },
      ],
    });
    expect(saved.deviations.map((d) => [d.sheet, d.clause, d.deviation, d.productName])).toEqual([
      ['technical', '3.2', 'positive', '电磁流量计'],
      ['technical', null, 'positive', '电磁流量计'],
      ['technical', null, 'none', null],
    ]);
    expect(await t.count('bid_deviation_answers')).toBe(2);
    // Saved again with a new wording: the kept answer is updated, not doubled.
    await t.ok('bids.packages.saveDeviations', {
      packageId: p.id,
      sheet: 'technical',
      lines: [
        { productId: product.id, requirement: '测量精度 ±0.5%', response: '测量精度 ±0.15%', deviation: 'positive' },
      ],
    });
    expect(await t.count('bid_deviation_answers')).toBe(2);
    expect((await t.ok('bids.packages.get', { id: p.id })).deviations).toHaveLength(1);

    // The next package for the same product is offered the kept answers, the same requirement first.
    const suggested = await t.ok('bids.packages.deviationAnswers', {
      productId: product.id,
      sheet: 'technical',
      requirement: '测量精度 ±0.5%',
    });
    expect(suggested.map((s) => [s.requirement, s.response])).toEqual([
      ['测量精度 ±0.5%', '测量精度 ±0.15%'],
      ['防护等级 IP67', '防护等级 IP68'],
    ]);
    expect(await t.ok('bids.packages.deviationAnswers', { productId: product.id, sheet: 'commercial' })).toEqual([]);
    const bad = await t.fail('bids.packages.saveDeviations', {
      packageId: p.id,
      sheet: 'technical',
      lines: [{ requirement: '', response: 'x', deviation: 'none' }],
    });
    expect(bad.details?.fields?.map((f) => f.path)).toEqual(['lines.0.requirement']);
  });
});
