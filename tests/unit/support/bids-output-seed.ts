import { PDFDocument, StandardFonts } from 'pdf-lib';
import { bidLineAmount } from '../../../electron/shared/bids/price-tables';
import type { TestCore } from './test-core';

/**
 * Bid packages for the output tests, written straight into the bid tables (the packages and library channels are
 * built elsewhere; this seeding will be swapped for them).
 */
const now = '2026-11-20T08:00:00.000Z';
const stamps = { lock_version: 1, created_by: null, created_at: now, updated_at: now };

export interface SeedSection {
  kind: 'generated' | 'text' | 'attachments';
  generator?: string;
  title: string;
  bodyHtml?: string;
  inOriginal?: boolean;
  inCopies?: boolean;
  /** For attachments: library item ids, merged in order. */
  items?: number[];
}

export interface SeedLine {
  name: string;
  quantity: string;
  unitPrice: string;
  brand?: string;
  model?: string;
}

/** The usual goods tender's parts in its prescribed order. */
export const STANDARD_SECTIONS: SeedSection[] = [
  { kind: 'generated', generator: 'cover', title: '封面' },
  { kind: 'generated', generator: 'toc', title: '目录' },
  { kind: 'generated', generator: 'bid_letter', title: '投标函' },
  { kind: 'generated', generator: 'legal_rep_id', title: '法定代表人身份证明' },
  { kind: 'generated', generator: 'authorisation', title: '授权委托书' },
  { kind: 'generated', generator: 'opening_summary', title: '开标一览表' },
  { kind: 'generated', generator: 'price_breakdown', title: '分项报价表' },
  { kind: 'generated', generator: 'tech_deviation', title: '技术偏离表' },
  { kind: 'generated', generator: 'commercial_deviation', title: '商务偏离表' },
  { kind: 'generated', generator: 'past_contracts', title: '类似项目业绩' },
  { kind: 'generated', generator: 'after_sales', title: '售后服务承诺' },
];

export async function seedPackage(
  t: TestCore,
  {
    sections = STANDARD_SECTIONS,
    lines = [{ name: '电磁流量计', quantity: '3', unitPrice: '12345.67', brand: '光华', model: 'LDG-100' }],
    watermark = null,
    copies = 2,
  }: { sections?: SeedSection[]; lines?: SeedLine[]; watermark?: string | null; copies?: number } = {},
): Promise<number> {
  const db = t.core.services.db();
  const [tender] = await db('tenders')
    .insert({
      project_name: '清源水务2027年度仪表采购项目',
      tender_no: 'SZQY-2026-118',
      purchaser_name: '苏州工业园区清源华衍水务有限公司',
      copies,
      originals: 1,
      submission_deadline: '2026-12-10 09:30',
      ...stamps,
    })
    .returning('id');
  const tenderId = typeof tender === 'object' ? (tender as { id: number }).id : (tender as number);
  const [lot] = await db('tender_lots')
    .insert({ tender_id: tenderId, position: 1, lot_no: '02', name: '流量仪表' })
    .returning('id');
  const lotId = typeof lot === 'object' ? (lot as { id: number }).id : (lot as number);
  const [pkg] = await db('bid_packages')
    .insert({
      tender_id: tenderId,
      lot_id: lotId,
      title: '清源水务投标文件',
      bidder_name: '杭州恒信机电设备有限公司',
      legal_rep: '陈建国',
      legal_rep_title: '总经理',
      legal_rep_id_no: '330102197001011234',
      authorised_person: '李明',
      authorised_title: '销售经理',
      authorised_id_no: '330106198505052345',
      validity_days: 90,
      delivery_period: '合同签订后30日内',
      warranty: '三年',
      bid_date: '2026-12-09',
      watermark,
      ...stamps,
    })
    .returning('id');
  const packageId = typeof pkg === 'object' ? (pkg as { id: number }).id : (pkg as number);
  for (const [i, s] of sections.entries()) {
    const [row] = await db('bid_sections')
      .insert({
        package_id: packageId,
        position: i + 1,
        kind: s.kind,
        generator: s.generator ?? null,
        title: s.title,
        body_html: s.bodyHtml ?? null,
        in_original: s.inOriginal ?? true,
        in_copies: s.inCopies ?? true,
      })
      .returning('id');
    const sectionId = typeof row === 'object' ? (row as { id: number }).id : (row as number);
    for (const [j, item] of (s.items ?? []).entries())
      await db('bid_section_items').insert({ section_id: sectionId, position: j + 1, library_item_id: item });
  }
  if (lines.length)
    await db('bid_price_lines').insert(
      lines.map((l, i) => ({
        package_id: packageId,
        position: i + 1,
        name: l.name,
        brand: l.brand ?? null,
        model: l.model ?? null,
        maker: '中国',
        unit: '台',
        quantity: l.quantity,
        unit_price: l.unitPrice,
        // Stored as the price channels store it: bidLineAmount of the line (the output recomputes it all the same).
        amount_fen: bidLineAmount(l),
      })),
    );
  await db('bid_deviations').insert([
    {
      package_id: packageId,
      sheet: 'technical',
      position: 1,
      clause: '3.1',
      requirement: '精度±0.5%',
      response: '精度±0.2%',
      deviation: 'positive',
    },
    {
      package_id: packageId,
      sheet: 'commercial',
      position: 1,
      clause: '5.2',
      requirement: '质保两年',
      response: '质保三年',
      deviation: 'positive',
    },
  ]);
  return packageId;
}

/** A library item (certificate, case …) with its main files, uploaded through the attachment store. */
export async function seedLibraryItem(
  t: TestCore,
  item: { kind: string; title: string; caseCustomer?: string; caseAmountFen?: number; caseDate?: string },
  files: { filename: string; mime: 'application/pdf' | 'image/png' | 'image/jpeg'; data: Uint8Array }[] = [],
): Promise<number> {
  const db = t.core.services.db();
  const [row] = await db('library_items')
    .insert({
      kind: item.kind,
      title: item.title,
      case_customer: item.caseCustomer ?? null,
      case_amount_fen: item.caseAmountFen ?? null,
      case_date: item.caseDate ?? null,
      ...stamps,
    })
    .returning('id');
  const itemId = typeof row === 'object' ? (row as { id: number }).id : (row as number);
  for (const [i, f] of files.entries()) {
    const a = await t.ok('attachments.upload', {
      filename: f.filename,
      mime: f.mime,
      dataBase64: Buffer.from(f.data).toString('base64'),
    });
    await db('library_item_files').insert({
      item_id: itemId,
      attachment_id: a.id,
      position: i + 1,
      role: 'main',
      created_at: now,
    });
  }
  return itemId;
}

/** A PDF of `pages` pages of the given size (points), each saying which page of which file it is (ASCII). */
export async function pdfOf(
  name: string,
  pages: number,
  size: [number, number] = [595.28, 841.89],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++)
    doc.addPage(size).drawText(`${name} scan page ${i} of ${pages}`, { x: 60, y: size[1] / 2, size: 14, font });
  return doc.save();
}
