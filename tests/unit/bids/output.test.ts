import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, type PDFHexString, PDFName, type PDFRef, type PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bidTotal } from '../../../electron/shared/bids/price-tables';
import { pdfOf, seedLibraryItem, seedPackage, STANDARD_SECTIONS } from '../support/bids-output-seed';
import { pageBitmap } from '../support/pdf-read';
import { pdfPagesText, squash } from '../support/pdf-text';
import { solidPng } from '../support/png';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const build = (packageId: number, edition: 'original' | 'copy' = 'original', copyNo?: number) =>
  t.ok('bids.output.build', { packageId, edition, copyNo, jobId: `job-${packageId}-${edition}-${copyNo ?? 0}` });

/** The bookmarks a viewer shows: each entry's title and the page (1-based) it opens. */
async function bookmarks(dataBase64: string): Promise<{ title: string; page: number }[]> {
  const doc = await PDFDocument.load(Buffer.from(dataBase64, 'base64'));
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const found: { title: string; page: number }[] = [];
  let ref = outlines.get(PDFName.of('First')) as PDFRef | undefined;
  while (ref) {
    const item = doc.context.lookup(ref, PDFDict);
    const title = (item.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText();
    const dest = item.lookup(PDFName.of('Dest'), PDFArray);
    found.push({ title, page: pageRefs.indexOf(dest.get(0).toString()) + 1 });
    ref = item.get(PDFName.of('Next')) as PDFRef | undefined;
  }
  return found;
}

/** Pages as pdftotext reads them in content order (-raw): a rotated watermark and each contents line stay whole. */
function rawPages(dataBase64: string): string[] {
  return execFileSync('pdftotext', ['-raw', '-', '-'], { input: Buffer.from(dataBase64, 'base64'), encoding: 'utf8' })
    .split('\f')
    .slice(0, -1);
}

/** The contents page's entries, one a line ("1.投标函 3"), read back as title → page. */
function contents(tocPage: string, titles: string[]): Record<string, number> {
  const entries: Record<string, number> = {};
  titles.forEach((title, i) => {
    const m = new RegExp(`^${i + 1}\\.${title} (\\d+)$`, 'm').exec(tocPage);
    expect(m, `contents lists ${title}`).not.toBeNull();
    entries[title] = Number(m![1]);
  });
  return entries;
}

describe('the merged bid package (投标文件)', () => {
  it('merges every part in order: contents with the real start pages, bookmarks there, 第 N 页 on all but the cover', async () => {
    const cert = await seedLibraryItem(t, { kind: 'licence', title: '营业执照' }, [
      { filename: 'licence.pdf', mime: 'application/pdf', data: await pdfOf('LICENCE', 3) },
    ]);
    const photo = await seedLibraryItem(t, { kind: 'iso', title: 'ISO9001' }, [
      { filename: 'iso.png', mime: 'image/png', data: Buffer.from(solidPng(300, 420, [20, 20, 20]), 'base64') },
    ]);
    const id = await seedPackage(t, {
      sections: [...STANDARD_SECTIONS, { kind: 'attachments', title: '资格证明文件', items: [cert, photo] }],
    });
    const file = await build(id);
    const pages = pdfPagesText(file.dataBase64).map(squash);
    expect(file.filename).toBe('投标文件-清源水务2027年度仪表采购项目-正本.pdf');
    expect(pages).toHaveLength(file.pages);

    // The cover: 正本 in large type, no page number.
    expect(pages[0]).toContain('正本');
    expect(pages[0]).toContain('SZQY-2026-118');
    expect(pages[0]).not.toMatch(/第\d+页/);
    expect(pages[1]).toContain('目录');

    const titles = STANDARD_SECTIONS.slice(2)
      .map((s) => s.title)
      .concat('资格证明文件');
    const starts = contents(rawPages(file.dataBase64)[1]!, titles);
    // Each part starts where the contents says: its title heads that page.
    for (const title of titles.slice(0, -1)) expect(pages[starts[title]! - 1], title).toContain(title);
    // The attachments: the licence's three pages, then the photo's page, ending the package.
    const a = starts['资格证明文件']!;
    for (let i = 1; i <= 3; i++) expect(pages[a - 2 + i]).toContain(`LICENCEscanpage${i}of3`);
    // Page count is the sum of the parts: every generated part up to the attachments, then 3 + 1 pages.
    expect(file.pages).toBe(a - 1 + 3 + 1);

    pages.slice(1).forEach((p, i) => expect(p, `page ${i + 2}`).toContain(`第${i + 2}页共${file.pages}页`));

    expect(await bookmarks(file.dataBase64)).toEqual([
      { title: '封面', page: 1 },
      { title: '目录', page: 2 },
      ...titles.map((title) => ({ title, page: starts[title]! })),
    ]);
    expect(file.skipped).toEqual([]);
  });

  it('prints the 开标一览表 and the 分项报价表 with one total and one 大写: bidTotal of the lines', async () => {
    const lines = [
      { name: '电磁流量计', quantity: '3', unitPrice: '12345.67' },
      { name: '超声波液位计', quantity: '2.5', unitPrice: '1000.005' },
    ];
    const id = await seedPackage(t, { lines });
    // 37,037.01 + 2,500.01 (2.5 × 1000.005 = 2500.0125, rounded half-up) = 39,537.02.
    expect(bidTotal(lines)).toEqual({ totalFen: 3953702, inWords: '叁万玖仟伍佰叁拾柒元零贰分' });
    const pages = pdfPagesText((await build(id)).dataBase64).map(squash);
    const summary = pages.find((p) => p.includes('开标一览表') && p.includes('投标总价'))!;
    expect(summary).toContain('投标总价（元）39,537.02');
    expect(summary).toContain('大写叁万玖仟伍佰叁拾柒元零贰分');
    const breakdown = pages.find((p) => p.includes('分项报价表') && p.includes('合价'))!;
    expect(breakdown).toContain('37,037.01');
    expect(breakdown).toContain('2,500.01');
    expect(breakdown).toContain('合计39,537.02');
    expect(breakdown).toContain('合计（大写）：叁万玖仟伍佰叁拾柒元零贰分');
    const letter = pages.find((p) => p.startsWith('投标函') || p.includes('致：'))!;
    expect(letter).toContain('39,537.02元（大写：叁万玖仟伍佰叁拾柒元零贰分）');
  });

  it('leaves out of a copy what is not in the copies, prints 副本二 on the cover and refuses a copy the tender does not ask for', async () => {
    const sections = STANDARD_SECTIONS.map((s) => (s.generator === 'legal_rep_id' ? { ...s, inCopies: false } : s));
    const id = await seedPackage(t, { sections, copies: 2 });
    const original = pdfPagesText((await build(id)).dataBase64).map(squash);
    const copy = await build(id, 'copy', 2);
    const copyPages = pdfPagesText(copy.dataBase64).map(squash);
    expect(copy.filename).toBe('投标文件-清源水务2027年度仪表采购项目-副本二.pdf');
    expect(copyPages[0]).toContain('副本二');
    expect(original.some((p) => p.includes('法定代表人身份证明'))).toBe(true);
    expect(copyPages.some((p) => p.includes('法定代表人身份证明'))).toBe(false);
    expect((await bookmarks(copy.dataBase64)).map((b) => b.title)).not.toContain('法定代表人身份证明');

    const over = await t.fail('bids.output.build', { packageId: id, edition: 'copy', copyNo: 3, jobId: 'job-over-3' });
    expect(over.code).toBe('VALIDATION');
    expect(over.message).toBe('招标文件要求 2 份副本，没有副本3');
    expect(over.details?.fields).toEqual([{ path: 'copyNo', message: over.message }]);
    const none = await t.fail('bids.output.build', { packageId: id, edition: 'copy', jobId: 'job-none-0' });
    expect(none.message).toBe('请选择第几份副本');
  });

  it('stamps the watermark on every page when the package has one, and none otherwise', async () => {
    const marked = await seedPackage(t, { watermark: '仅供清源水务投标使用' });
    const pages = rawPages((await build(marked)).dataBase64);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('仅供清源水务投标使用'));
    const plain = await seedPackage(t);
    const plainPages = rawPages((await build(plain)).dataBase64);
    plainPages.forEach((p) => expect(p).not.toContain('仅供'));
  });

  it('places a photo on its own A4 page inside the filed margins, keeping its aspect ratio', async () => {
    // 3000 × 1000 px: far wider than the page, so it is scaled to the width between the margins.
    const wide = await seedLibraryItem(t, { kind: 'picture', title: '厂区照片' }, [
      { filename: 'wide.png', mime: 'image/png', data: Buffer.from(solidPng(3000, 1000, [10, 10, 10]), 'base64') },
    ]);
    const id = await seedPackage(t, {
      sections: [
        { kind: 'generated', generator: 'cover', title: '封面' },
        { kind: 'attachments', title: '公司照片', items: [wide] },
      ],
    });
    const file = await build(id);
    expect(file.pages).toBe(2);
    const bmp = pageBitmap(file.dataBase64, 2);
    const mm = (px: number) => (px * 25.4) / bmp.dpi;
    expect([Math.round(mm(bmp.width)), Math.round(mm(bmp.height))]).toEqual([210, 297]);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
    for (let y = 0; y < bmp.height; y++)
      for (let x = 0; x < bmp.width; x++)
        if (bmp.grey[y * bmp.width + x]! < 40)
          [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    // 184 mm wide between 13 mm margins, a third as high, from the 12 mm top margin.
    expect(mm(x0)).toBeCloseTo(13, 0);
    expect(mm(x1 + 1)).toBeCloseTo(197, 0);
    expect(mm(y0)).toBeCloseTo(12, 0);
    expect(mm(y1 + 1 - y0)).toBeCloseTo(184 / 3, 0);
  });

  it('prints a written part with only its text formatting: scripts, images and links are dropped again', async () => {
    const id = await seedPackage(t, {
      sections: [
        {
          kind: 'text',
          title: '技术方案',
          bodyHtml:
            '<h2>系统组成</h2><p onclick="x()">采用<strong>分体式</strong>安装<script>alert("x")</script><img src="http://e.com/a.png"><a href="http://e.com">详见附件</a></p>',
        },
      ],
    });
    const pages = pdfPagesText((await build(id)).dataBase64).map(squash);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('系统组成采用分体式安装详见附件');
    expect(pages[0]).not.toContain('alert');
    expect(pages[0]).toContain('第1页共1页');
  });

  it('names the files it cannot put into a PDF, and refuses a package that does not exist', async () => {
    const db = t.core.services.db();
    const video = await seedLibraryItem(t, { kind: 'video', title: '宣传片' });
    const a = await t.ok('attachments.upload', {
      filename: '宣传片.doc',
      mime: 'application/msword',
      dataBase64: 'AAAA',
    });
    await db('library_item_files').insert({
      item_id: video,
      attachment_id: a.id,
      position: 1,
      role: 'main',
      created_at: '2026-11-20T08:00:00.000Z',
    });
    const id = await seedPackage(t, {
      sections: [
        { kind: 'generated', generator: 'cover', title: '封面' },
        { kind: 'attachments', title: '宣传资料', items: [video] },
      ],
    });
    const file = await build(id);
    expect(file.skipped).toEqual(['宣传片.doc（宣传资料）']);
    expect(file.pages).toBe(1);
    const missing = await t.fail('bids.output.build', { packageId: 9999, edition: 'original', jobId: 'job-missing' });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('投标文件 9999 不存在或已删除');
  });
});
