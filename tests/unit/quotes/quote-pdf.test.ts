import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPageSizes } from '../../../electron/core/docs/pdf-files';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

function pagesText(dataBase64: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-quote-')), 'q.pdf');
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim());
}
const squash = (s: string) => s.replace(/\s+/g, '');

async function longQuote(lines: number) {
  await t.ok('settings.company.update', {
    name: '杭州恒信机电设备有限公司',
    address: '杭州市拱墅区莫干山路1418号',
    phone: '0571-88236600',
  });
  const c = await t.ok('customers.create', { name: '南京扬子石化检修工程有限公司' });
  return t.ok('quotes.create', {
    customerId: c.id,
    contactName: '孙伟',
    contactPhone: '13851712345',
    project: '检修备件年度框架',
    quoteDate: '2026-11-24',
    taxStatement: '含13%增值税专用发票',
    paymentTerms: '月结60天',
    warranty: '12个月',
    lines: Array.from({ length: lines }, (_, i) => ({
      name: '法兰球阀',
      brand: '苏阀',
      spec: `Q41F-16C DN${15 + i}`,
      unit: '台',
      quantity: '2',
      unitPrice: '1000',
      leadTime: '7天',
    })),
  });
}

describe('quote PDFs: on letterhead, paginated, with the total in 大写', () => {
  it('a 70-line quote runs to 3 A4 pages with headers repeated, page numbers, and the total and terms at the end', async () => {
    const q = await longQuote(70);
    const file = await t.ok('quotes.pdf', { id: q.id });
    expect(file.filename).toBe(`报价单-${q.number}-V1.pdf`);
    expect(file.pages).toBe(3);
    const pages = pagesText(file.dataBase64);
    expect(pages).toHaveLength(3);
    pages.forEach((text, i) => {
      expect(squash(text)).toContain(`第${i + 1}页共3页`);
      expect(squash(text)).toContain('型号规格');
    });
    expect(squash(pages[0]!)).toContain('杭州恒信机电设备有限公司');
    expect(squash(pages[0]!)).toContain('客户：南京扬子石化检修工程有限公司');
    expect(squash(pages[2]!)).toContain('价税合计（小写）：¥140,000.00');
    expect(squash(pages[2]!)).toContain('（大写）：壹拾肆万元整');
    expect(squash(pages[0]!)).toContain('1,000.00');
    expect(squash(pages[2]!)).toContain('付款方式：月结60天');
    const sizes = await pdfPageSizes(Buffer.from(file.dataBase64, 'base64'));
    expect(sizes[0]).toEqual({ widthMm: 210, heightMm: 297 });
  });

  it('a format chooses columns, their order, a landscape page and its own title', async () => {
    const q = await longQuote(3);
    const format = await t.ok('quotes.formats.save', {
      format: {
        name: '简版横向',
        orientation: 'landscape',
        title: '产品报价',
        columns: [
          { key: 'spec', width: 60 },
          { key: 'name', width: 40, label: '品名' },
          { key: 'amount', width: 30 },
        ],
        terms: ['validity'],
        extraTerms: '以上价格含运费',
      },
    });
    const file = await t.ok('quotes.pdf', { id: q.id, formatId: format.id });
    expect(file.filename).toBe(`产品报价-${q.number}-V1.pdf`);
    const text = pagesText(file.dataBase64)[0]!;
    expect(squash(text)).toMatch(/型号规格品名金额（元）/);
    expect(text).not.toContain('单价');
    expect(squash(text)).toContain('以上价格含运费');
    expect((await pdfPageSizes(Buffer.from(file.dataBase64, 'base64')))[0]).toEqual({ widthMm: 297, heightMm: 210 });
    expect((await t.ok('quotes.formats.list', {})).map((f) => f.name)).toEqual(['标准报价单', '简版横向']);
  });
});

describe('formats per customer and previews', () => {
  const brief = {
    name: '简版',
    title: '产品报价',
    columns: [
      { key: 'name' as const, width: 60 },
      { key: 'amount' as const, width: 30 },
    ],
    terms: [],
  };

  it('a customer with its own format gets it unless another is chosen; the default stays for everyone else', async () => {
    const own = await t.ok('quotes.formats.save', { format: brief });
    const q = await longQuote(2);
    const customer = await t.ok('customers.get', { id: q.customerId });
    await t.ok('customers.update', {
      id: customer.id,
      lockVersion: customer.lockVersion,
      data: { ...customer, quoteFormatId: own.id },
    });
    expect((await t.ok('quotes.pdf', { id: q.id })).filename).toBe(`产品报价-${q.number}-V1.pdf`);
    const standard = (await t.ok('quotes.formats.list', {})).find((f) => f.isDefault)!;
    expect((await t.ok('quotes.pdf', { id: q.id, formatId: standard.id })).filename).toBe(`报价单-${q.number}-V1.pdf`);
    const other = await t.ok('customers.create', { name: '另一家客户' });
    const q2 = await t.ok('quotes.create', {
      customerId: other.id,
      quoteDate: '2026-11-24',
      lines: [{ name: '阀门', quantity: '1', unitPrice: '10' }],
    });
    expect((await t.ok('quotes.pdf', { id: q2.id })).filename).toBe(`报价单-${q2.number}-V1.pdf`);
  });

  it('a customer cannot point at a format that does not exist', async () => {
    const err = await t.fail('customers.create', { name: '某客户', quoteFormatId: 999 });
    expect(err.code).toBe('NOT_FOUND');
    expect(await t.count('customers')).toBe(0);
  });

  it('previews an unsaved format on a made-up quote, or on a real one, and saves nothing', async () => {
    const before = (await t.ok('quotes.formats.list', {})).length;
    const sample = await t.ok('quotes.formats.preview', { format: { ...brief, extraTerms: '试样条款' } });
    const text = squash(pagesText(sample.dataBase64)[0]!);
    expect(text).toContain('产品报价');
    expect(text).toContain('电磁流量计');
    expect(text).toContain('试样条款');
    expect(text).not.toContain('型号规格');
    const q = await longQuote(2);
    const real = squash(
      pagesText((await t.ok('quotes.formats.preview', { format: brief, quoteId: q.id })).dataBase64)[0]!,
    );
    expect(real).toContain('南京扬子石化检修工程有限公司');
    expect((await t.ok('quotes.formats.list', {})).length).toBe(before);
  });
});
