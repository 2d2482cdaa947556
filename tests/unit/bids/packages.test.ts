import { describe, expect, it } from 'vitest';
import { setClock } from '../../../electron/core/dates';
import type { PackageDetail, SectionOut } from '../../../electron/shared/bids/packages/contract';
import { useTestCore } from '../support/test-core';
import { loggedIn } from '../support/users';
import { seedLibraryItem, seedTender } from '../support/bids-packages-seed';
import '../support/reset-clock';

const t = useTestCore();

const DOCS = [
  { title: '投标函' },
  { title: '法定代表人授权委托书' },
  { title: '开标一览表（报价表）' },
  { title: '营业执照副本复印件' },
  { title: 'ISO9001 质量管理体系认证证书', mandatory: false },
];

async function newPackage(docs = DOCS) {
  const seeded = await seedTender(t, { docs });
  const p = await t.ok('bids.packages.create', { tenderId: seeded.tenderId });
  return { ...seeded, p };
}

const sectionNamed = (p: PackageDetail, title: string): SectionOut => p.sections.find((s) => s.title === title)!;

describe('a bid package starts in the usual order, answering the tender’s documents', () => {
  it('is prefilled with the bidder, the tender’s title and the usual parts, matched to what the tender asks for', async () => {
    await t.ok('settings.company.update', { name: '苏州内勤仪表有限公司' });
    const { p, docIds } = await newPackage();
    expect(p.bidderName).toBe('苏州内勤仪表有限公司');
    expect(p.title).toBe('清源水务2026年度仪表采购项目 投标文件');
    expect(p.status).toBe('draft');
    expect(p.sections.map((s) => s.title)).toEqual([
      '封面',
      '目录',
      '投标函',
      '法定代表人身份证明',
      '授权委托书',
      '开标一览表',
      '分项报价表',
      '技术偏离表',
      '商务偏离表',
      '类似项目业绩',
      '售后服务承诺',
      '技术方案',
      '资格证明文件',
      // Nothing usual answers these: a part each, for their files, in the tender's order.
      '营业执照副本复印件',
      'ISO9001 质量管理体系认证证书',
    ]);
    expect(p.sections.map((s) => s.position)).toEqual(p.sections.map((_, i) => i + 1));
    expect(sectionNamed(p, '投标函').requiredDocId).toBe(docIds[0]);
    expect(sectionNamed(p, '授权委托书').requiredDocId).toBe(docIds[1]);
    expect(sectionNamed(p, '开标一览表').requiredDocId).toBe(docIds[2]);
    expect(sectionNamed(p, '营业执照副本复印件')).toMatchObject({ kind: 'attachments', requiredDocId: docIds[3] });
    expect(sectionNamed(p, '法定代表人身份证明').requiredDocId).toBeNull();
    expect(sectionNamed(p, '封面')).toMatchObject({ kind: 'generated', generator: 'cover' });
    expect(sectionNamed(p, '技术方案')).toMatchObject({ kind: 'text', generator: null });
  });

  it('for a lot: the lot is named in the title; a lot of another tender is refused beside the field', async () => {
    const a = await seedTender(t, { lots: [{ lotNo: '包2', name: '流量计' }] });
    const b = await seedTender(t, { projectName: '另一个项目' });
    const p = await t.ok('bids.packages.create', { tenderId: a.tenderId, lotId: a.lotIds[0] });
    expect(p.title).toBe('清源水务2026年度仪表采购项目 包2 流量计 投标文件');
    expect(p.lotName).toBe('流量计');
    const err = await t.fail('bids.packages.create', { tenderId: b.tenderId, lotId: a.lotIds[0] });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields?.map((f) => f.path)).toEqual(['lotId']);
    expect(await t.count('bid_packages')).toBe(1);
  });

  it('the header is saved at its lock version; a stale save is told it changed; bad ID numbers are said beside the field', async () => {
    const { p } = await newPackage();
    const header = {
      id: p.id,
      lockVersion: p.lockVersion,
      title: p.title,
      bidderName: '苏州内勤仪表有限公司',
      legalRep: '王建国',
      legalRepIdNo: '32050219800101123x',
      authorisedPerson: '李娜',
      validityDays: 120,
      deliveryPeriod: '合同签订后 30 日内',
      warranty: '验收合格后 24 个月',
      taxRate: '0.13' as const,
      bidDate: '2026-12-09',
      watermark: '仅供清源水务项目投标使用',
    };
    const saved = await t.ok('bids.packages.update', header);
    expect(saved).toMatchObject({
      legalRepIdNo: '32050219800101123X',
      validityDays: 120,
      lockVersion: p.lockVersion + 1,
    });
    const stale = await t.fail('bids.packages.update', { ...header, legalRep: '张三' });
    expect(stale.code).toBe('CONFLICT');
    const bad = await t.fail('bids.packages.update', {
      ...header,
      lockVersion: saved.lockVersion,
      authorisedIdNo: '1234',
    });
    expect(bad.details?.fields?.map((f) => f.path)).toEqual(['authorisedIdNo']);
    expect(bad.details?.fields?.[0]?.message).toBe('身份证号码应为 18 位，最后一位可以是 X');
    expect((await t.ok('bids.packages.get', { id: p.id })).legalRep).toBe('王建国');
  });
});

describe('sections', () => {
  it('are added where asked, moved up and down, reordered and removed, always numbered 1..n', async () => {
    const { p } = await newPackage([]);
    const plan = sectionNamed(p, '技术方案');
    const added = await t.ok('bids.packages.addSection', {
      packageId: p.id,
      kind: 'text',
      title: '项目实施方案',
      afterId: plan.id,
    });
    const titles = (x: { sections: { title: string }[] }) => x.sections.map((s) => s.title);
    expect(titles(added).slice(11, 14)).toEqual(['技术方案', '项目实施方案', '资格证明文件']);
    const extra = sectionNamed(added, '项目实施方案');
    const up = await t.ok('bids.packages.moveSection', { id: extra.id, direction: 'up' });
    expect(titles(up).slice(10, 13)).toEqual(['售后服务承诺', '项目实施方案', '技术方案']);
    const reversed = [...up.sections].reverse().map((s) => s.id);
    const re = await t.ok('bids.packages.reorderSections', { packageId: p.id, ids: reversed });
    expect(titles(re)[0]).toBe('资格证明文件');
    expect(re.sections.map((s) => s.position)).toEqual(re.sections.map((_, i) => i + 1));
    // An order that leaves a part out is refused: nothing moves.
    const err = await t.fail('bids.packages.reorderSections', { packageId: p.id, ids: reversed.slice(1) });
    expect(err.code).toBe('CONFLICT');
    const gone = await t.ok('bids.packages.removeSection', { id: extra.id });
    expect(titles(gone)).not.toContain('项目实施方案');
    expect(gone.sections.map((s) => s.position)).toEqual(gone.sections.map((_, i) => i + 1));
    const audit = await t.ok('audit.forEntity', { entity: 'bidPackage', entityId: String(p.id) });
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['create', 'addSection', 'reorderSections', 'reorderSections', 'removeSection'].sort(),
    );
  });

  it('written text is cleaned: scripts, handlers, links and styles are gone; formatting and tables stay', async () => {
    const { p } = await newPackage([]);
    const plan = sectionNamed(p, '技术方案');
    const saved = await t.ok('bids.packages.updateSection', {
      id: plan.id,
      title: '技术方案',
      bodyHtml:
        '<h2 onclick="steal()">一、总体方案</h2><script>alert(1)</script><p style="color:red">采用<strong>电磁</strong>' +
        '<a href="javascript:x()">流量计</a><img src=x onerror=alert(2)></p>' +
        '<table><tr><td colspan="2" class="x">参数</td></tr></table><iframe src="http://evil"></iframe>',
      inOriginal: true,
      inCopies: false,
      requiredDocId: null,
    });
    const body = sectionNamed(saved, '技术方案');
    expect(body.bodyHtml).toBe(
      '<h2>一、总体方案</h2><p>采用<strong>电磁</strong>流量计</p><table><tr><td colspan="2">参数</td></tr></table>',
    );
    expect(body.inCopies).toBe(false);
    const row = (await t.core.services.db()('bid_sections').where({ id: plan.id }).first()) as { body_html: string };
    expect(row.body_html).not.toMatch(/script|onclick|onerror|javascript|style|iframe|img/);
  });

  it('attachments parts hold library items in order; only attachments parts do', async () => {
    const { p } = await newPackage([]);
    const licence = await seedLibraryItem(t, { title: '营业执照', kind: 'licence' });
    const iso = await seedLibraryItem(t, { title: 'ISO9001 证书', kind: 'iso', validTo: '2028-05-01' });
    const quals = sectionNamed(p, '资格证明文件');
    const saved = await t.ok('bids.packages.setSectionItems', {
      sectionId: quals.id,
      items: [{ libraryItemId: iso }, { libraryItemId: licence }],
    });
    expect(sectionNamed(saved, '资格证明文件').items.map((i) => [i.title, i.itemKind, i.validTo])).toEqual([
      ['ISO9001 证书', 'iso', '2028-05-01'],
      ['营业执照', 'licence', null],
    ]);
    const err = await t.fail('bids.packages.setSectionItems', {
      sectionId: sectionNamed(p, '技术方案').id,
      items: [{ libraryItemId: iso }],
    });
    expect(err.code).toBe('VALIDATION');
    expect(await t.count('bid_section_items')).toBe(2);
    const picked = await t.ok('bids.packages.libraryPicker', { q: 'iso' });
    expect(picked.map((i) => i.title)).toEqual(['ISO9001 证书']);
  });
});

describe('the checklist and the expiry warnings', () => {
  it('ticks a required document only when a part answering it has content, and marks the missing ones', async () => {
    const { p, docIds } = await newPackage();
    const licence = await seedLibraryItem(t, { title: '营业执照', kind: 'licence' });
    const state = (x: { checklist: { title: string; state: string; mandatory: boolean }[] }) =>
      x.checklist.map((c) => [c.title, c.state, c.mandatory]);
    expect(state(p)).toEqual([
      ['投标函', 'ticked', true],
      ['法定代表人授权委托书', 'ticked', true],
      ['开标一览表（报价表）', 'ticked', true],
      ['营业执照副本复印件', 'empty', true],
      ['ISO9001 质量管理体系认证证书', 'empty', false],
    ]);
    const licencePart = sectionNamed(p, '营业执照副本复印件');
    await t.ok('bids.packages.setSectionItems', { sectionId: licencePart.id, items: [{ libraryItemId: licence }] });
    const isoPart = sectionNamed(p, 'ISO9001 质量管理体系认证证书');
    const after = await t.ok('bids.packages.removeSection', { id: isoPart.id });
    expect(state(after).slice(3)).toEqual([
      ['营业执照副本复印件', 'ticked', true],
      ['ISO9001 质量管理体系认证证书', 'missing', false],
    ]);
    // A written part answers once it has text.
    const plan = sectionNamed(after, '技术方案');
    const linked = await t.ok('bids.packages.updateSection', {
      id: plan.id,
      title: '技术方案',
      bodyHtml: '<p> </p>',
      inOriginal: true,
      inCopies: true,
      requiredDocId: docIds[4]!,
    });
    expect(linked.checklist[4]).toMatchObject({ state: 'empty', sectionId: plan.id });
    const written = await t.ok('bids.packages.updateSection', {
      id: plan.id,
      title: '技术方案',
      bodyHtml: '<p>见附件</p>',
      inOriginal: true,
      inCopies: true,
      requiredDocId: docIds[4]!,
    });
    expect(written.checklist[4]).toMatchObject({ state: 'ticked', sectionTitle: '技术方案' });
  });

  it('names each library item that is expired, or expires before the opening; long-term and valid ones are fine', async () => {
    setClock(new Date('2026-11-20T04:00:00Z'));
    const { p } = await newPackage([]);
    const expired = await seedLibraryItem(t, { title: '计量器具生产许可证', validTo: '2026-11-19' });
    const beforeOpening = await seedLibraryItem(t, { title: 'ISO14001 证书', kind: 'iso', validTo: '2026-12-09' });
    const onOpening = await seedLibraryItem(t, { title: 'ISO9001 证书', kind: 'iso', validTo: '2026-12-10' });
    const longTerm = await seedLibraryItem(t, { title: '营业执照', kind: 'licence', validTo: null });
    const saved = await t.ok('bids.packages.setSectionItems', {
      sectionId: sectionNamed(p, '资格证明文件').id,
      items: [expired, beforeOpening, onOpening, longTerm].map((libraryItemId) => ({ libraryItemId })),
    });
    expect(saved.warnings).toEqual([
      { libraryItemId: expired, title: '计量器具生产许可证', validTo: '2026-11-19', problem: 'expired' },
      { libraryItemId: beforeOpening, title: 'ISO14001 证书', validTo: '2026-12-09', problem: 'beforeOpening' },
    ]);
  });
});

describe('templates', () => {
  it('keep a package’s parts and texts (no prices), and start the next package with them; names are unique', async () => {
    const { p } = await newPackage([]);
    const iso = await seedLibraryItem(t, { title: 'ISO9001 证书', kind: 'iso' });
    await t.ok('bids.packages.removeSection', { id: sectionNamed(p, '类似项目业绩').id });
    await t.ok('bids.packages.updateSection', {
      id: sectionNamed(p, '技术方案').id,
      title: '技术方案',
      bodyHtml: '<p>我公司承诺……</p>',
      inOriginal: true,
      inCopies: false,
      requiredDocId: null,
    });
    await t.ok('bids.packages.setSectionItems', {
      sectionId: sectionNamed(p, '资格证明文件').id,
      items: [{ libraryItemId: iso }],
    });
    await t.ok('bids.packages.savePriceLines', {
      packageId: p.id,
      lines: [{ name: '电磁流量计', unit: '台', quantity: '1', unitPrice: '6800' }],
    });
    const tpl = await t.ok('bids.packages.saveTemplate', { packageId: p.id, name: '水务仪表标准投标', notes: null });
    expect(tpl.sectionCount).toBe(12);
    const dup = await t.fail('bids.packages.saveTemplate', { packageId: p.id, name: '水务仪表标准投标' });
    expect(dup.code).toBe('CONFLICT');
    expect(dup.details?.fields?.map((f) => f.path)).toEqual(['name']);
    expect(await t.count('bid_templates')).toBe(1);

    const next = await seedTender(t, { projectName: '园区污水厂改造', docs: [{ title: '投标函' }] });
    const q = await t.ok('bids.packages.create', { tenderId: next.tenderId, templateId: tpl.id });
    expect(q.sections.map((s) => s.title)).not.toContain('类似项目业绩');
    expect(q.sections).toHaveLength(12);
    expect(sectionNamed(q, '技术方案')).toMatchObject({ bodyHtml: '<p>我公司承诺……</p>', inCopies: false });
    expect(sectionNamed(q, '资格证明文件').items.map((i) => i.libraryItemId)).toEqual([iso]);
    expect(sectionNamed(q, '投标函').requiredDocId).toBe(next.docIds[0]);
    expect(q.priceLines).toEqual([]);
    expect((await t.ok('bids.packages.templates', {})).map((x) => x.name)).toEqual(['水务仪表标准投标']);
    await t.ok('bids.packages.deleteTemplate', { id: tpl.id });
    expect(await t.count('bid_templates')).toBe(0);
    const audit = await t.ok('audit.forEntity', { entity: 'bidTemplate', entityId: String(tpl.id) });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });
});

describe('a final package is sealed', () => {
  it('refuses edits with a plain message until reopened by its writer or a manager; both are in the history', async () => {
    const { p } = await newPackage([]);
    const final = await t.ok('bids.packages.finalize', { id: p.id, lockVersion: p.lockVersion });
    expect(final).toMatchObject({ status: 'final', editable: false });
    const lines = [{ name: '电磁流量计', unit: '台', quantity: '1', unitPrice: '6800' }];
    const err = await t.fail('bids.packages.savePriceLines', { packageId: p.id, lines });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe(`投标文件“${p.title}”已定稿，不能再修改；如需修改请先重新打开`);
    expect((await t.fail('bids.packages.addSection', { packageId: p.id, kind: 'text', title: '补充' })).code).toBe(
      'CONFLICT',
    );
    expect(await t.count('bid_price_lines')).toBe(0);

    // Another salesperson may not reopen it; a manager may.
    const sales = await loggedIn(t, 'sales', 'xiaoli', '小李');
    const manager = await loggedIn(t, 'manager', 'laowang', '老王');
    const refused = await t.call(
      'bids.packages.reopen',
      { id: p.id, lockVersion: final.lockVersion },
      { sessionId: sales },
    );
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const reopened = await t.call(
      'bids.packages.reopen',
      { id: p.id, lockVersion: final.lockVersion },
      { sessionId: manager },
    );
    expect(reopened.ok && reopened.value.status).toBe('draft');
    await t.ok('bids.packages.savePriceLines', { packageId: p.id, lines });
    const audit = await t.ok('audit.forEntity', { entity: 'bidPackage', entityId: String(p.id) });
    expect(audit.map((a) => [a.action, a.userName])).toEqual(
      expect.arrayContaining([
        ['finalize', expect.any(String)],
        ['reopen', '老王'],
      ]),
    );
  });
});

describe('permissions', () => {
  it('dispatch reads packages but cannot write them', async () => {
    const { p } = await newPackage([]);
    const dispatch = await loggedIn(t, 'dispatch', 'xiaozhao', '小赵');
    const read = await t.call('bids.packages.get', { id: p.id }, { sessionId: dispatch });
    expect(read.ok).toBe(true);
    const list = await t.call('bids.packages.list', {}, { sessionId: dispatch });
    expect(list.ok && list.value.total).toBe(1);
    const write = await t.call(
      'bids.packages.addSection',
      { packageId: p.id, kind: 'text', title: '补充' },
      { sessionId: dispatch },
    );
    expect(write.ok ? null : write.error.code).toBe('FORBIDDEN');
    expect(await t.count('bid_sections')).toBe(p.sections.length);
  });

  it('the list pages, filters by tender and status, and finds by project or tender number', async () => {
    const a = await newPackage([]);
    const b = await seedTender(t, { projectName: '园区污水厂改造' });
    await t.ok('bids.packages.create', { tenderId: b.tenderId });
    expect((await t.ok('bids.packages.list', {})).total).toBe(2);
    expect((await t.ok('bids.packages.list', { q: '污水' })).rows.map((r) => r.projectName)).toEqual([
      '园区污水厂改造',
    ]);
    expect((await t.ok('bids.packages.list', { filters: { tenderId: a.tenderId } })).rows.map((r) => r.id)).toEqual([
      a.p.id,
    ]);
    await t.ok('bids.packages.finalize', { id: a.p.id, lockVersion: a.p.lockVersion });
    expect((await t.ok('bids.packages.list', { filters: { status: 'final' } })).rows.map((r) => r.id)).toEqual([
      a.p.id,
    ]);
    expect((await t.ok('bids.packages.list', { pageSize: 1 })).rows).toHaveLength(1);
  });
});
