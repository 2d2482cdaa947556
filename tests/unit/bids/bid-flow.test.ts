import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { today } from '../../../electron/core/dates';
import { demoCertificatePdf, demoPhotoPng } from '../../../electron/core/demo/demo-files';
import type { ChannelName, In, Out } from '../../../electron/shared/contracts';
import { bidTotal } from '../../../electron/shared/bids/price-tables';
import { formatFen } from '../../../electron/shared/money';
import { pageBitmap } from '../support/pdf-read';
import { pdfPagesText, squash } from '../support/pdf-text';
import { loggedIn } from '../support/users';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A call made by the sales assistant, which must succeed. */
function as(sessionId: string) {
  return async <K extends ChannelName>(channel: K, input: In<K>): Promise<Out<K>> => {
    const r = await t.call(channel, input, { sessionId });
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
}

/** The contents page's entries ("1.投标函 3", one a line as pdftotext -raw reads them), title → start page. */
function contentsOf(dataBase64: string, titles: string[]): Record<string, number> {
  const toc = execFileSync('pdftotext', ['-raw', '-f', '2', '-l', '2', '-', '-'], {
    input: Buffer.from(dataBase64, 'base64'),
    encoding: 'utf8',
  });
  const starts: Record<string, number> = {};
  titles.forEach((title, i) => {
    const m = new RegExp(`^${i + 1}\\.${title} (\\d+)$`, 'm').exec(toc);
    expect(m, `the contents list ${title}`).not.toBeNull();
    starts[title] = Number(m![1]);
  });
  return starts;
}

/** How much of a page's middle band is dark: a photo fills it, a page of text barely marks it. */
function darkShare(dataBase64: string, page: number): number {
  const bmp = pageBitmap(dataBase64, page, 50);
  let dark = 0;
  let all = 0;
  for (let y = Math.round(bmp.height * 0.05); y < bmp.height * 0.2; y++)
    for (let x = Math.round(bmp.width * 0.2); x < bmp.width * 0.8; x++) {
      all++;
      if (bmp.grey[y * bmp.width + x]! < 200) dark++;
    }
  return dark / all;
}

describe('a whole bid, as the sales assistant builds it through the channels', () => {
  it('tender → library → package priced from a quote → deviations → attachments → checklist → PDFs → won at our price', async () => {
    // Set up by the administrator: the customer and the product the quote is for.
    const customer = await t.ok('customers.create', { name: '苏州工业园区清源华衍水务有限公司' });
    const meter = await t.ok('products.create', {
      name: '电磁流量计',
      brand: '科隆',
      spec: 'OPTIFLUX 2000 DN80',
      unit: '台',
      listPrice: '15800',
    });
    const sales = as(await loggedIn(t, 'sales', 'zhangli', '张丽'));

    // The quote she gave the water company last month, with tax.
    const quote = await sales('quotes.create', {
      customerId: customer.id,
      quoteDate: today(),
      lines: [
        {
          productId: meter.id,
          name: '电磁流量计',
          spec: 'OPTIFLUX 2000 DN80',
          unit: '台',
          quantity: '4',
          unitPrice: '15800',
        },
        { name: '压力变送器', brand: '横河', spec: 'EJA530E 0-2MPa', unit: '台', quantity: '6', unitPrice: '4680.35' },
      ],
    });

    // 1. The tender, with its lots and the documents it asks for, in its order.
    const tender = await sales('bids.tenders.create', {
      projectName: '清源水务2027年度仪表采购项目',
      tenderNo: 'SZQY-2027-018',
      customerId: customer.id,
      purchaserName: '苏州工业园区清源华衍水务有限公司',
      agentName: '江苏省招标中心有限公司',
      originals: 1,
      copies: 2,
      submissionDeadline: '2027-03-10 09:30',
      openingAt: '2027-03-10 09:30',
      lots: [
        { lotNo: '1', name: '流量及压力仪表', budget: 12000000 },
        { lotNo: '2', name: '水质分析仪表', weBid: false },
      ],
      requiredDocs: [
        { name: '投标函' },
        { name: '开标一览表' },
        { name: '分项报价表' },
        { name: '技术偏离表' },
        { name: '资格证明文件' },
        { name: '产品检测报告', note: '近三年内' },
      ],
    });
    expect(tender.requiredDocs.map((d) => d.name)).toEqual([
      '投标函',
      '开标一览表',
      '分项报价表',
      '技术偏离表',
      '资格证明文件',
      '产品检测报告',
    ]);
    expect(tender.ourBid).toBeNull();

    // 2. The library: a past case with its contract (PDF) and the photo of the accepted site (PNG), both printed with
    //    it, and a test report.
    const upload = async (filename: string, mime: 'application/pdf' | 'image/png', dataBase64: string) =>
      (await sales('attachments.upload', { filename, mime, dataBase64 })).id;
    const contractPdf = await demoCertificatePdf('CONTRACT No. HX-2025-118', ['Flow meters for Qingyuan water works']);
    const photo = demoPhotoPng(1200, 800);
    const kase = await sales('bids.library.create', {
      kind: 'case',
      name: '吴江水厂仪表改造工程',
      number: 'HX-2025-118',
      caseCustomer: '苏州吴江华衍水务有限公司',
      caseAmount: 38600000,
      caseDate: '2025-09-18',
      tags: ['水务', '仪表'],
    });
    await sales('bids.library.addFile', {
      libraryItemId: kase.id,
      attachmentId: await upload('合同.pdf', 'application/pdf', contractPdf),
      fileRole: 'main',
    });
    const withPhoto = await sales('bids.library.addFile', {
      libraryItemId: kase.id,
      attachmentId: await upload('验收现场照片.png', 'image/png', photo),
      fileRole: 'photo',
    });
    expect(withPhoto.files.map((f) => [f.filename, f.fileRole])).toEqual([
      ['合同.pdf', 'main'],
      ['验收现场照片.png', 'photo'],
    ]);
    const report = await sales('bids.library.create', {
      kind: 'test_report',
      name: '电磁流量计型式检验报告',
      issuedBy: '国家水大流量计量站',
      number: 'WT-2025-0456',
      validFrom: '2025-05-06',
    });
    await sales('bids.library.addFile', {
      libraryItemId: report.id,
      attachmentId: await upload(
        '检验报告.pdf',
        'application/pdf',
        await demoCertificatePdf('TEST REPORT WT-2025-0456', ['OPTIFLUX 2000 DN80']),
      ),
      fileRole: 'main',
    });

    // 3. The package for lot 1: the tender's documents matched to its parts, one left to answer.
    const created = await sales('bids.packages.create', {
      tenderId: tender.id,
      lotId: tender.lots[0]!.id,
      templateId: null,
    });
    expect(created.title).toBe('清源水务2027年度仪表采购项目 1 流量及压力仪表 投标文件');
    const section = (title: string) => created.sections.find((s) => s.title === title)!;

    // 4. Priced from the quote, plus one line typed in.
    const imported = await sales('bids.packages.importQuote', { packageId: created.id, quoteId: quote.id });
    expect(imported.priceLines.map((l) => [l.name, l.quantity, l.unitPrice, l.amountFen])).toEqual([
      ['电磁流量计', '4', '15800', 6320000],
      ['压力变送器', '6', '4680.35', 2808210],
    ]);
    const priced = await sales('bids.packages.savePriceLines', {
      packageId: created.id,
      lines: [
        ...imported.priceLines.map((l) => ({
          productId: l.productId,
          quoteLineId: l.quoteLineId,
          name: l.name,
          brand: l.brand,
          model: l.model,
          maker: l.maker,
          unit: l.unit,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          note: l.note,
        })),
        { name: '安装调试服务', unit: '人天', quantity: '2.5', unitPrice: '1200.005' },
      ],
    });
    // 63,200.00 + 28,082.10 + 3,000.01 (2.5 × 1200.005 = 3000.0125, half up) = 94,282.11.
    expect(priced.priceLines.map((l) => l.amountFen)).toEqual([6320000, 2808210, 300001]);
    expect(priced.totalFen).toBe(9428211);
    expect(priced.totalInWords).toBe('玖万肆仟贰佰捌拾贰元壹角壹分');
    expect(bidTotal(priced.priceLines)).toEqual({ totalFen: priced.totalFen, inWords: priced.totalInWords });

    // 5. Deviations, the meter's answer kept for the next bid; the technical proposal written.
    await sales('bids.packages.saveDeviations', {
      packageId: created.id,
      sheet: 'technical',
      lines: [
        {
          productId: meter.id,
          clause: '3.2',
          requirement: '测量精度不低于±0.5%',
          response: '测量精度±0.2%',
          deviation: 'positive',
        },
      ],
    });
    const kept = await sales('bids.packages.deviationAnswers', { productId: meter.id, sheet: 'technical' });
    expect(kept.map((a) => [a.requirement, a.response, a.deviation])).toEqual([
      ['测量精度不低于±0.5%', '测量精度±0.2%', 'positive'],
    ]);
    await sales('bids.packages.updateSection', {
      id: section('技术方案').id,
      title: '技术方案',
      bodyHtml: '<h2>系统组成</h2><p>流量计采用<strong>一体式</strong>安装。</p>',
      inOriginal: true,
      inCopies: true,
      requiredDocId: null,
    });

    // 6. The qualifications part filled from the library: every document ticked but the test report.
    const filled = await sales('bids.packages.setSectionItems', {
      sectionId: section('资格证明文件').id,
      items: [{ libraryItemId: kase.id, attachmentId: null }],
    });
    expect(filled.checklist.map((c) => [c.title, c.mandatory, c.state])).toEqual([
      ['投标函', true, 'ticked'],
      ['开标一览表', true, 'ticked'],
      ['分项报价表', true, 'ticked'],
      ['技术偏离表', true, 'ticked'],
      ['资格证明文件', true, 'ticked'],
      ['产品检测报告', true, 'empty'],
    ]);
    const done = await sales('bids.packages.setSectionItems', {
      sectionId: section('产品检测报告').id,
      items: [{ libraryItemId: report.id, attachmentId: null }],
    });
    expect(done.checklist.every((c) => c.state === 'ticked')).toBe(true);
    expect(done.warnings).toEqual([]);

    // 7. The 正本 and the 副本二, read back.
    const original = await sales('bids.output.build', {
      packageId: created.id,
      edition: 'original',
      jobId: 'flow-original',
    });
    const pages = pdfPagesText(original.dataBase64).map(squash);
    expect(pages).toHaveLength(original.pages);
    expect(original.skipped).toEqual([]);
    expect(pages[0]).toContain('正本');

    // One total, one 大写: the package's, which is bidTotal of its lines.
    const summary = pages.find((p) => p.includes('开标一览表') && p.includes('投标总价'))!;
    expect(summary).toContain(`投标总价（元）${formatFen(done.totalFen)}`);
    expect(summary).toContain('94,282.11');
    expect(summary).toContain(`大写${done.totalInWords}`);
    const breakdown = pages.find((p) => p.includes('分项报价表') && p.includes('合价'))!;
    expect(breakdown).toContain('合计94,282.11');
    expect(breakdown).toContain('合计（大写）：玖万肆仟贰佰捌拾贰元壹角壹分');

    // The contents name the page each part starts on, and each part's title heads that page.
    const titles = done.sections.filter((s) => !['cover', 'toc'].includes(s.generator ?? '')).map((s) => s.title);
    expect(titles.slice(-3)).toEqual(['技术方案', '资格证明文件', '产品检测报告']);
    const starts = contentsOf(original.dataBase64, titles);
    for (const title of titles.filter((x) => !['资格证明文件', '产品检测报告'].includes(x)))
      expect(pages[starts[title]! - 1], title).toContain(title);
    // The qualifications: the case's contract page, then its photo on a page of its own; then the test report.
    const q = starts['资格证明文件']!;
    expect(pages[q - 1]).toContain('CONTRACTNo.HX-2025-118');
    expect(starts['产品检测报告']).toBe(q + 2);
    expect(pages[q]!.replace(/第\d+页共\d+页/, '')).toBe('');
    expect(darkShare(original.dataBase64, q + 1)).toBeGreaterThan(0.9);
    expect(darkShare(original.dataBase64, q)).toBeLessThan(0.1);
    expect(pages[q + 1]).toContain('TESTREPORTWT-2025-0456');
    expect(original.pages).toBe(q + 2);

    const copy = await sales('bids.output.build', {
      packageId: created.id,
      edition: 'copy',
      copyNo: 2,
      jobId: 'flow-copy-2',
    });
    expect(copy.filename).toBe('投标文件-清源水务2027年度仪表采购项目-副本二.pdf');
    const copyPages = pdfPagesText(copy.dataBase64).map(squash);
    expect(copyPages[0]).toContain('副本二');
    expect(copyPages[0]).not.toContain('正本');
    const copySummary = copyPages.find((p) => p.includes('开标一览表') && p.includes('投标总价（元）'))!;
    expect(copySummary).toContain(`投标总价（元）${formatFen(done.totalFen)}`);
    expect(copySummary).toContain(`大写${done.totalInWords}`);
    // The 投标函 states the same figure and words.
    const letter = copyPages.find((p) => p.startsWith('投标函'))!;
    expect(letter).toContain('投标总价人民币94,282.11元（大写：玖万肆仟贰佰捌拾贰元壹角壹分）');

    // 8. Submitted, then won at our price: the register's 我方报价 is the package total.
    const fresh = await sales('bids.tenders.get', { id: tender.id });
    expect(fresh.ourBid).toBe(9428211);
    const submitted = await sales('bids.tenders.markSubmitted', { id: tender.id, lockVersion: fresh.lockVersion });
    const won = await sales('bids.tenders.setResult', {
      id: tender.id,
      lockVersion: submitted.lockVersion,
      status: 'won',
      winningBidder: '杭州恒信机电设备有限公司',
      winningPrice: done.totalFen,
      lots: [{ id: tender.lots[0]!.id, result: 'won', winningBidder: null, winningPrice: done.totalFen }],
      competitorPrices: [
        { lotId: tender.lots[0]!.id, bidder: '上海自动化仪表有限公司', bidPrice: 9860000 },
        { lotId: tender.lots[0]!.id, bidder: '江苏华仪科技有限公司', bidPrice: 10125000 },
      ],
    });
    expect(won.status).toBe('won');
    expect(won.ourBid).toBe(done.totalFen);
    expect(won.winningPrice).toBe(won.ourBid);
    const register = await sales('bids.tenders.list', { filters: { status: 'won' } });
    expect(register.rows.map((r) => [r.projectName, r.ourBid])).toEqual([['清源水务2027年度仪表采购项目', 9428211]]);

    // Every step is in the history under her name.
    const log = await t.ok('audit.forEntity', { entity: 'bidPackage', entityId: String(created.id) });
    expect(new Set(log.map((a) => a.userName))).toEqual(new Set(['张丽']));
    expect(log.map((a) => a.action).reverse()).toEqual([
      'create',
      'importQuote',
      'savePriceLines',
      'saveDeviations',
      'updateSection',
      'setSectionItems',
      'setSectionItems',
    ]);
  });
});
