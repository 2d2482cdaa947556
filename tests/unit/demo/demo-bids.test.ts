import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../../electron/core/dates';
import { DEMO_LIBRARY, DEMO_TENDERS } from '../../../electron/core/demo/demo-bids';
import { bidTotal } from '../../../electron/shared/bids/price-tables';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const tenderNamed = async (projectName: string) => {
  const row = (await t.ok('bids.tenders.list', { q: projectName })).rows[0]!;
  return t.ok('bids.tenders.get', { id: row.id });
};

describe('the demo company bids', () => {
  it('has a 资料库 with files, a long-term licence and one certificate running out within 60 days', async () => {
    await t.ok('demo.load', {});
    const lib = await t.ok('bids.library.list', { pageSize: 50 });
    expect(lib.total).toBe(DEMO_LIBRARY.length);
    expect(lib.total).toBe(7);
    expect(lib.rows.every((r) => r.fileCount >= 1)).toBe(true);
    expect(lib.rows.map((r) => r.kind).sort()).toEqual([
      'authorisation',
      'case',
      'case',
      'iso',
      'iso',
      'licence',
      'test_report',
    ]);
    const licence = lib.rows.find((r) => r.kind === 'licence')!;
    expect([licence.validTo, licence.expiry]).toEqual([null, 'longTerm']);
    const expiring = await t.ok('bids.library.expiring', {});
    expect(expiring.map((r) => [r.name, r.validTo, r.expiry])).toEqual([
      ['ISO14001 环境管理体系认证证书', addDays(today(), 40), 'expiring'],
    ]);
    const auth = lib.rows.find((r) => r.kind === 'authorisation')!;
    expect(auth.brand).toBe('南方泵业');
    const cases = lib.rows.filter((r) => r.kind === 'case');
    expect(cases.map((c) => [c.caseCustomer, c.caseAmount]).sort()).toEqual([
      ['厦门翔安供水有限公司', 126000000],
      ['杭州西子热电有限公司', 48600000],
    ]);
    // The scans are real files: a PDF to read, a photo with the case.
    const xizi = await t.ok('bids.library.get', {
      id: cases.find((c) => c.caseCustomer === '杭州西子热电有限公司')!.id,
    });
    expect(xizi.files.map((f) => [f.mime, f.fileRole])).toEqual([
      ['application/pdf', 'main'],
      ['image/png', 'photo'],
    ]);
    const pdf = await t.ok('attachments.get', { id: xizi.files[0]!.attachmentId });
    expect(Buffer.from(pdf.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const png = await t.ok('attachments.get', { id: xizi.files[1]!.attachmentId });
    expect(Buffer.from(png.dataBase64, 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('won one tender last quarter at its package’s price, lost one, and is preparing one due in ten days', async () => {
    await t.ok('demo.load', {});
    const register = await t.ok('bids.tenders.list', { sort: { field: 'submissionDeadline', dir: 'asc' } });
    expect(register.total).toBe(DEMO_TENDERS.length);
    expect(register.rows.map((r) => r.status)).toEqual(['won', 'lost', 'preparing']);

    const won = await tenderNamed('南太湖污水厂提升泵站设备更新采购项目');
    const [wonPackage] = (await t.ok('bids.packages.list', { filters: { tenderId: won.id } })).rows;
    const wonDetail = await t.ok('bids.packages.get', { id: wonPackage!.id });
    // 6 × 4,080 + 3 × 12,500 + 8 × 1,100 = 70,780.00, the one total of its lines.
    expect(wonDetail.totalFen).toBe(7078000);
    expect(bidTotal(wonDetail.priceLines).totalFen).toBe(wonDetail.totalFen);
    expect(wonDetail.status).toBe('final');
    expect([won.winningBidder, won.winningPrice, won.ourBid]).toEqual(['杭州恒信机电设备有限公司', 7078000, 7078000]);
    expect(won.competitorPrices.map((c) => c.bidPrice)).toEqual([7360000, 7615000]);
    expect(won.submissionDeadline! < addDays(today(), -90)).toBe(true);
    expect(won.bonds.map((b) => [b.amount, b.paidOn !== null, b.refundedOn !== null])).toEqual([[2000000, true, true]]);

    const lost = await tenderNamed('清源水务2025年度仪表采购项目');
    expect([lost.status, lost.winningBidder, lost.winningPrice]).toEqual(['lost', '苏州仪表成套有限公司', 26840000]);
    expect(lost.competitorPrices).toHaveLength(3);
    expect(lost.bonds[0]!.refundedOn).not.toBeNull();

    const prep = await tenderNamed('八一南街商业综合体水泵房设备采购项目');
    expect(prep.status).toBe('preparing');
    expect(prep.submissionDeadline).toBe(`${addDays(today(), 10)} 09:30`);
    expect(prep.lots.map((l) => [l.lotNo, l.weBid])).toEqual([
      ['1', true],
      ['2', false],
    ]);
    expect(prep.requiredDocs.map((d) => d.name).slice(0, 3)).toEqual(['投标函', '法定代表人身份证明', '授权委托书']);
    // Its bond is the one still out.
    const out = await t.ok('bids.tenders.bondsOutstanding', {});
    expect(out.rows.map((b) => [b.projectName, b.amount, b.lotNo])).toEqual([
      ['八一南街商业综合体水泵房设备采购项目', 150000, '1'],
    ]);
    expect(out.totalAmount).toBe(150000);
    // On the home page's deadlines.
    const deadlines = await t.ok('bids.tenders.deadlines', { days: 28 });
    expect(deadlines.filter((d) => d.tenderId === prep.id).map((d) => d.kind)).toEqual([
      'questions',
      'submission',
      'opening',
    ]);
  });

  it('the package being prepared started from the won bid’s template, priced from the open quote, every document ticked', async () => {
    await t.ok('demo.load', {});
    const templates = await t.ok('bids.packages.templates', {});
    expect(templates.map((x) => x.name)).toEqual(['泵站设备投标（标准）']);
    const prep = await tenderNamed('八一南街商业综合体水泵房设备采购项目');
    const [row] = (await t.ok('bids.packages.list', { filters: { tenderId: prep.id } })).rows;
    const p = await t.ok('bids.packages.get', { id: row!.id });
    expect(p.status).toBe('draft');
    expect(p.lotName).toBe('生活供水设备');
    expect(p.quoteId).toBe(prep.quoteId);
    // The quote's goods, with tax: 26,800 × 1 + 9,600 × 2.
    expect(p.priceLines.map((l) => [l.model, l.quantity, l.unitPrice])).toEqual([
      ['HX-HGS-22kW', '1', '26800'],
      ['CDL32-40', '2', '9600'],
    ]);
    expect(p.totalFen).toBe(4600000);
    expect(p.totalInWords).toBe('肆万陆仟元整');
    expect(prep.ourBid).toBe(4600000);
    expect(p.checklist.every((c) => c.state === 'ticked')).toBe(true);
    const quals = p.sections.find((s) => s.title === '资格证明文件')!;
    expect(quals.items.map((i) => i.itemKind)).toEqual([
      'licence',
      'iso',
      'iso',
      'authorisation',
      'test_report',
      'case',
      'case',
    ]);
    // The ISO14001 runs out after the opening: no warning on this package, but on the library's list.
    expect(p.warnings).toEqual([]);
    expect(p.deviations.filter((d) => d.sheet === 'technical').map((d) => d.productName)).toEqual([
      '变频恒压供水柜',
      '多级离心泵',
    ]);
    // The answers are kept for the next bid of the same product.
    const kept = await t.ok('bids.packages.deviationAnswers', {
      productId: p.deviations.find((d) => d.productName === '变频恒压供水柜')!.productId!,
    });
    expect(kept.map((a) => a.response)).toContain('压力波动≤±0.005MPa');
  });

  it('is done by the sales assistant, the bonds paid by the manager', async () => {
    await t.ok('demo.load', {});
    const db = t.core.services.db();
    const by = async (channel: string) =>
      ((await db('audit_log').where({ channel }).distinct('user_name')) as { user_name: string }[]).map(
        (r) => r.user_name,
      );
    expect(await by('bids.tenders.create')).toEqual(['张丽']);
    expect(await by('bids.library.create')).toEqual(['张丽']);
    expect(await by('bids.packages.create')).toEqual(['张丽']);
    expect(await by('bids.tenders.markBondPaid')).toEqual(['陈经理']);
    expect(await t.count('library_item_files')).toBe(8);
  });
});
