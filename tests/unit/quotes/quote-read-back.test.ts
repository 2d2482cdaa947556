import { describe, expect, it } from 'vitest';
import { taxNoteFor } from '../../../electron/core/quotes/quote-tax-note';
import { QUOTE_COLUMNS } from '../../../electron/shared/quotes/contract';
import { A4, A4_LANDSCAPE, expectEndOnLastPage, expectLaidOut, verticalLinesMm } from '../support/pdf-read';
import { pdfWordBoxes } from '../support/pdf-text';
import { solidPng } from '../support/png';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const COMPANY = '杭州恒信机电设备有限公司';
const LONG_SPEC = 'LDG-150 DN150 PN16 衬四氟 哈氏合金电极 一体式 4-20mA HART 防护等级IP68 分体安装 带现场显示';

/** The company with its logo and seal, and a quote of `count` lines (every seventh with a spec that wraps). */
async function quoteOf(count: number, opts: { priceIncludesTax?: boolean; rates?: string[] } = {}) {
  const seal = await t.ok('attachments.upload', {
    filename: 'seal.png',
    mime: 'image/png',
    dataBase64: solidPng(40, 40, [200, 0, 0]),
  });
  await t.ok('settings.company.update', {
    name: COMPANY,
    address: '杭州市拱墅区莫干山路1418号',
    phone: '0571-88236600',
    logoAttachmentId: seal.id,
    sealAttachmentId: seal.id,
  });
  const customer = await t.ok('customers.create', { name: '南京扬子石化检修工程有限公司' });
  const rates = opts.rates ?? ['0.13'];
  return t.ok('quotes.create', {
    customerId: customer.id,
    contactName: '孙伟',
    contactPhone: '13851712345',
    project: '检修备件年度框架',
    quoteDate: '2026-11-24',
    priceIncludesTax: opts.priceIncludesTax ?? true,
    taxStatement: '含13%增值税专用发票',
    paymentTerms: '月结60天',
    warranty: '12个月',
    lines: Array.from({ length: count }, (_, i) => ({
      name: `法兰球阀${i + 1}`,
      brand: '苏阀',
      spec: i % 7 === 3 ? LONG_SPEC : `Q41F-16C DN${15 + i}`,
      unit: '台',
      quantity: '2',
      unitPrice: '14464',
      taxRate: rates[i % rates.length]! as '0.13',
      leadTime: '7天',
      note: i % 5 === 0 ? '含法兰、螺栓' : null,
    })),
  });
}

/** The formats a company starts from: the standard one, every column on portrait, every column on landscape. */
async function formats() {
  const standard = (await t.ok('quotes.formats.list', {})).find((f) => f.isDefault)!;
  const every = QUOTE_COLUMNS.map((key) => ({ key, width: key === 'spec' || key === 'name' ? 30 : 14 }));
  const terms = ['validity', 'taxStatement', 'leadTime', 'paymentTerms', 'warranty'] as const;
  const portrait = await t.ok('quotes.formats.save', {
    format: { name: '全部列', title: '报价单', columns: every, terms: [...terms] },
  });
  const landscape = await t.ok('quotes.formats.save', {
    format: { name: '全部列横向', title: '报价单', orientation: 'landscape', columns: every, terms: [...terms] },
  });
  return [
    { name: 'standard', id: standard.id, area: A4 },
    { name: 'every column', id: portrait.id, area: A4 },
    { name: 'landscape', id: landscape.id, area: A4_LANDSCAPE },
  ];
}

const IN_WORDS: Record<number, string> = {
  1: '贰万捌仟玖佰贰拾捌元整',
  15: '肆拾叁万叁仟玖佰贰拾元整',
  16: '肆拾陆万贰仟捌佰肆拾捌元整',
  40: '壹佰壹拾伍万柒仟壹佰贰拾元整',
  300: '捌佰陆拾柒万捌仟肆佰元整',
};

describe('a quote laid out on its paper, in every standard format', () => {
  for (const count of [1, 15, 16, 40, 300])
    it(`${count} lines: no blank page, every word and the table's borders inside the printable area, the totals, terms and seal together on the last page`, async () => {
      const q = await quoteOf(count);
      for (const format of await formats()) {
        const file = await t.ok('quotes.pdf', { id: q.id, formatId: format.id });
        const pages = expectLaidOut(file, format.area);
        expectEndOnLastPage(pages, [
          `价税合计（小写）：¥${(count * 28_928).toLocaleString('en-US')}.00`,
          `（大写）：${IN_WORDS[count]}`,
          '付款方式：月结60天',
          `报价单位（盖章）：${COMPANY}`,
        ]);
        const all = pages.join('');
        // Every line once, the last one too, and the header over the lines of every page that has lines.
        expect(all.match(/法兰球阀\d+/g), format.name).toHaveLength(count);
        expect(all, format.name).toContain(`法兰球阀${count}`);
        for (const p of pages.filter((x) => /法兰球阀\d/.test(x))) expect(p, format.name).toContain('型号规格');
        if (count === 1) expect(file.pages, format.name).toBe(1);

        // The table's outer borders are drawn, inside the margins: read from the picture of the first page.
        const [page1] = pdfWordBoxes(file.dataBase64);
        const header = page1!.words.find((w) => w.text.startsWith('序号'))!;
        const lastRow = page1!.words.filter((w) => /^法兰球阀\d+$/.test(w.text)).at(-1)!;
        const lines = verticalLinesMm(file.dataBase64, 1, header.yMinMm, lastRow.yMaxMm);
        const [, right, , left] = format.area.margins;
        expect(lines.length, format.name).toBeGreaterThan(3);
        expect(lines[0]!, format.name).toBeGreaterThanOrEqual(left - 0.3);
        expect(lines.at(-1)!, format.name).toBeLessThanOrEqual(format.area.widthMm - right + 0.1);
        expect(lines.at(-1)!, `${format.name}: right border drawn`).toBeGreaterThan(format.area.widthMm - right - 1.5);

        // The seal line reads on one line: the company's name does not wrap.
        const lastPage = pdfWordBoxes(file.dataBase64).at(-1)!;
        const seal = lastPage.words.find((w) => w.text.startsWith('报价单位'))!;
        const sameLine = lastPage.words.filter((w) => Math.abs(w.yMinMm - seal.yMinMm) < 1).map((w) => w.text);
        expect(sameLine.join(''), format.name).toContain(`报价单位（盖章）：${COMPANY}`);
      }
    });

  it('prices without tax: 金额合计 and 税额合计 above the total, all on the last page', async () => {
    const q = await quoteOf(16, { priceIncludesTax: false });
    const file = await t.ok('quotes.pdf', { id: q.id });
    const pages = expectLaidOut(file, A4);
    expectEndOnLastPage(pages, ['金额合计：¥462,848.00', '税额合计：¥60,170.24', '价税合计（小写）：¥523,018.24']);
  });
});

describe('the tax statement follows the lines', () => {
  it('names the lines’ rates, highest first; a statement without a rate stays as written', () => {
    expect(taxNoteFor('含13%增值税专用发票', ['0.06', '0.09', '0.06'])).toBe('含9%、6%增值税专用发票');
    expect(taxNoteFor('含13%增值税专用发票', ['0.06'])).toBe('含6%增值税专用发票');
    expect(taxNoteFor('含 13% 增值税专用发票', ['0.13'])).toBe('含 13% 增值税专用发票');
    expect(taxNoteFor('含13%、9%增值税专用发票', ['0.13'])).toBe('含13%增值税专用发票');
    expect(taxNoteFor('含税，开具增值税专用发票', ['0.06', '0.13'])).toBe('含税，开具增值税专用发票');
    expect(taxNoteFor(null, ['0.13'])).toBeNull();
    expect(taxNoteFor('含13%增值税普通发票', ['0.03'])).toBe('含3%增值税普通发票');
  });

  it('a quote of 6 % and 9 % lines prints 含9%、6%增值税专用发票, not the 13 % it was typed with', async () => {
    const mixed = await quoteOf(4, { rates: ['0.06', '0.09'] });
    const pages = expectLaidOut(await t.ok('quotes.pdf', { id: mixed.id }), A4);
    expect(pages.at(-1)).toContain('税票：含9%、6%增值税专用发票');
    expect(pages.join('')).not.toContain('13%');
  });
});
