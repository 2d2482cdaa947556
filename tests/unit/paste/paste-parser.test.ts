import { describe, expect, it } from 'vitest';
import { headerField } from '../../../electron/shared/paste/line-columns';
import { PRICE_RULES, QUANTITY_RULES, halfWidth, readNumber } from '../../../electron/shared/paste/number-text';
import { readSheetLines, rereadNumber } from '../../../electron/shared/paste/sheet-lines';
import { tsvGrid } from '../../../electron/shared/paste/tsv-grid';

/** What the user copies from Excel: tab-separated cells, CRLF between rows. */
const excel = (...rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';

const read = (text: string) => readSheetLines(tsvGrid(text));
const brief = (text: string) =>
  read(text).lines.map((l) => ({
    code: l.code,
    name: l.name,
    spec: l.spec,
    unit: l.unit,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
  }));

describe('numbers as Excel, a PDF or a chat window give them', () => {
  it('reads full-width digits, thousands separators and currency signs exactly, keeping the decimals typed', () => {
    expect(readNumber('１４４６．４', PRICE_RULES)).toEqual({ ok: true, value: '1446.4' });
    expect(readNumber('1,446.40', PRICE_RULES)).toEqual({ ok: true, value: '1446.40' });
    expect(readNumber('１，４４６．４０', PRICE_RULES)).toEqual({ ok: true, value: '1446.40' });
    expect(readNumber('¥12,345,678.5', PRICE_RULES)).toEqual({ ok: true, value: '12345678.5' });
    expect(readNumber('￥ 800元', PRICE_RULES)).toEqual({ ok: true, value: '800' });
    expect(readNumber('0.0125', PRICE_RULES)).toEqual({ ok: true, value: '0.0125' });
    expect(readNumber('.5', QUANTITY_RULES)).toEqual({ ok: true, value: '0.5' });
    expect(readNumber('007', QUANTITY_RULES)).toEqual({ ok: true, value: '7' });
    expect(readNumber('0', PRICE_RULES)).toEqual({ ok: true, value: '0' });
  });

  it('refuses what it would have to guess, and says why', () => {
    expect(readNumber('1446.4O', PRICE_RULES)).toEqual({ ok: false, problem: 'notNumber' });
    expect(readNumber('1,44', PRICE_RULES)).toEqual({ ok: false, problem: 'separator' });
    expect(readNumber('1,4460.00', PRICE_RULES)).toEqual({ ok: false, problem: 'separator' });
    expect(readNumber('-3', QUANTITY_RULES)).toEqual({ ok: false, problem: 'negative' });
    expect(readNumber('0', QUANTITY_RULES)).toEqual({ ok: false, problem: 'zero' });
    expect(readNumber('1.23456', PRICE_RULES)).toEqual({ ok: false, problem: 'decimals' });
    expect(readNumber('1234567890', QUANTITY_RULES)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(readNumber('', PRICE_RULES)).toEqual({ ok: false, problem: 'notNumber' });
  });

  it('turns full-width codes and spaces half-width', () => {
    expect(halfWidth('ＦＬ－１００\u3000ＤＮ８０')).toBe('FL-100 DN80');
  });
});

describe('the clipboard as rows and cells', () => {
  it('splits tabs and line breaks, drops blank rows, and keeps quoted cells whole', () => {
    const text = 'A\tB\r\n\r\n"两行\n备注"\t"说""明"\r\n\t\r\nC\tD';
    expect(tsvGrid(text)).toEqual([
      ['A', 'B'],
      ['两行\n备注', '说"明'],
      ['C', 'D'],
    ]);
  });
});

describe('header words', () => {
  it('names each column by its words, Chinese or English, with units and marks around them', () => {
    expect(
      [
        '序号',
        '物料编码',
        '产品名称',
        '规格型号',
        '型号',
        '单位',
        '数量*',
        '含税单价（元）',
        '总价',
        '品牌',
        '备注',
      ].map(headerField),
    ).toEqual(['index', 'code', 'name', 'spec', 'model', 'unit', 'quantity', 'unitPrice', 'amount', 'brand', 'note']);
    expect(
      ['Item No', 'Description', 'Spec', 'UOM', 'Qty', 'Unit Price', 'Amount', 'Remarks'].map(headerField),
    ).toEqual(['code', 'name', 'spec', 'unit', 'quantity', 'unitPrice', 'amount', 'note']);
    expect(headerField('税率')).toBeNull();
    expect(headerField('')).toBeNull();
  });
});

describe('pasted lines', () => {
  it('with a header, in any column order: each field from its column, the header row left out', () => {
    const text = excel(
      ['单价', '数量', '名称', '规格', '单位', '编码'],
      ['6,800.00', '10', '电磁流量计', 'LDG-150', '台', 'P-001'],
      ['1860.5', '６', '法兰球阀', 'Q41F-16C DN80', '台', ''],
    );
    const r = read(text);
    expect(r.headerRow).toBe(1);
    expect(r.columns).toEqual(['unitPrice', 'quantity', 'name', 'spec', 'unit', 'code']);
    expect(brief(text)).toEqual([
      { code: 'P-001', name: '电磁流量计', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '6800.00' },
      { code: null, name: '法兰球阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: '1860.5' },
    ]);
    expect(r.lines.map((l) => l.row)).toEqual([2, 3]);
  });

  it('English headers work the same', () => {
    const text = excel(['Qty', 'Item No', 'Description', 'Unit Price'], ['2', 'FL-100', 'Flowmeter', '1,200']);
    expect(brief(text)).toEqual([
      { code: 'FL-100', name: 'Flowmeter', spec: null, unit: null, quantity: '2', unitPrice: '1200' },
    ]);
  });

  it('without a header, the documented order: 编码或名称, 规格, 单位, 数量, 单价', () => {
    const text = excel(['P-001', 'LDG-150', '台', '10', '6800'], ['法兰球阀', 'Q41F-16C DN80', '台', '6', '1,860.50']);
    const r = read(text);
    expect(r.headerRow).toBe(0);
    expect(brief(text)).toEqual([
      { code: 'P-001', name: 'P-001', spec: 'LDG-150', unit: '台', quantity: '10', unitPrice: '6800' },
      { code: null, name: '法兰球阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '6', unitPrice: '1860.50' },
    ]);
  });

  it('without a header and fewer columns: the numbers after the text are quantity then price; 1, 2, 3 is a row number', () => {
    expect(
      brief(excel(['1', '电磁流量计', 'LDG-150', '10', '6800'], ['2', '法兰球阀', 'DN80', '6', '1860.5'])),
    ).toEqual([
      { code: null, name: '电磁流量计', spec: 'LDG-150', unit: null, quantity: '10', unitPrice: '6800' },
      { code: null, name: '法兰球阀', spec: 'DN80', unit: null, quantity: '6', unitPrice: '1860.5' },
    ]);
    // A numeric code before the text columns is text, not a quantity.
    expect(brief(excel(['10023', '截止阀', 'J41H DN50', '只', '3', '420'])).at(0)).toEqual({
      code: '10023',
      name: '截止阀',
      spec: 'J41H DN50',
      unit: '只',
      quantity: '3',
      unitPrice: '420',
    });
    // Just codes and quantities.
    expect(brief(excel(['P-001', '2'], ['P-002', '5']))).toEqual([
      { code: 'P-001', name: 'P-001', spec: null, unit: null, quantity: '2', unitPrice: null },
      { code: 'P-002', name: 'P-002', spec: null, unit: null, quantity: '5', unitPrice: null },
    ]);
  });

  it('a title above the header, blank lines, a quantity with its unit and a 合计 row', () => {
    const text = excel(
      ['某某水务公司询价单'],
      ['', ''],
      ['名称', '型号', '规格', '数量', '单价'],
      ['', '', '', '', ''],
      ['闸阀', 'Z41H', 'DN100', '5台', ''],
      ['压力表', '', 'Y-100 0-1.6MPa', '１２', '85'],
      ['合计', '', '', '17', ''],
    );
    const r = read(text);
    expect(r.headerRow).toBe(2);
    expect(brief(text)).toEqual([
      { code: 'Z41H', name: '闸阀', spec: 'Z41H DN100', unit: '台', quantity: '5', unitPrice: null },
      { code: null, name: '压力表', spec: 'Y-100 0-1.6MPa', unit: null, quantity: '12', unitPrice: '85' },
    ]);
  });

  it('marks a wrong or missing number for the user to correct, and takes the correction', () => {
    const r = read(excel(['名称', '数量', '单价'], ['闸阀', '', '1446.4O'], ['球阀', '-2', '1,44']));
    expect(r.lines.map((l) => l.problems)).toEqual([
      { quantity: 'required', unitPrice: 'notNumber' },
      { quantity: 'negative', unitPrice: 'separator' },
    ]);
    const fixed = rereadNumber(rereadNumber(r.lines[0]!, 'quantity', '３'), 'unitPrice', '1,446.40');
    expect(fixed).toMatchObject({ quantity: '3', unitPrice: '1446.40', problems: {} });
  });

  it('a list with no quantity column counts one of each', () => {
    expect(brief(excel(['编码', '名称'], ['P-001', '电磁流量计'])).at(0)).toMatchObject({ quantity: '1' });
  });
});
