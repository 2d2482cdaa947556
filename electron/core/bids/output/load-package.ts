import type { Knex } from 'knex';
import { AppError } from '../../rpc/errors';

/** A 分项报价表 line as printed. */
export interface PriceLine {
  name: string;
  brand: string | null;
  model: string | null;
  maker: string | null;
  unit: string;
  quantity: string;
  unitPrice: string;
  note: string | null;
}

export interface DeviationLine {
  clause: string | null;
  requirement: string;
  response: string;
  deviation: 'positive' | 'negative' | 'none';
  note: string | null;
}

/** A past contract (工程案例) for 类似项目业绩. */
export interface CaseLine {
  customer: string | null;
  project: string;
  amountFen: number | null;
  date: string | null;
}

/** A file to merge into an attachments section, as the attachment store holds it. */
export interface SectionFile {
  filename: string;
  mime: string;
  sha256: string;
}

export interface PackageSection {
  id: number;
  kind: 'generated' | 'text' | 'attachments';
  generator: string | null;
  title: string;
  bodyHtml: string | null;
  inOriginal: boolean;
  inCopies: boolean;
  files: SectionFile[];
}

/** Everything the merged PDF prints, read straight from the bid tables. */
export interface BidPackageData {
  id: number;
  projectName: string;
  tenderNo: string | null;
  purchaserName: string;
  copies: number;
  lot: { lotNo: string; name: string } | null;
  bidderName: string;
  legalRep: string | null;
  legalRepTitle: string | null;
  legalRepIdNo: string | null;
  authorisedPerson: string | null;
  authorisedTitle: string | null;
  authorisedIdNo: string | null;
  validityDays: number;
  deliveryPeriod: string | null;
  warranty: string | null;
  taxRate: string;
  bidDate: string | null;
  watermark: string | null;
  sections: PackageSection[];
  priceLines: PriceLine[];
  deviations: { technical: DeviationLine[]; commercial: DeviationLine[] };
  cases: CaseLine[];
}

const bool = (v: unknown) => v === true || v === 1 || v === '1';

/** Reads a package with its tender, lot, sections (and their files), price lines, deviations and cases. */
export async function loadBidPackage(db: Knex, packageId: number): Promise<BidPackageData> {
  const pkg = await db('bid_packages as p')
    .join('tenders as t', 't.id', 'p.tender_id')
    .leftJoin('tender_lots as l', 'l.id', 'p.lot_id')
    .where('p.id', packageId)
    .first(
      'p.*',
      't.project_name',
      't.tender_no',
      't.purchaser_name',
      't.copies',
      'l.lot_no',
      db.ref('l.name').as('lot_name'),
    );
  if (!pkg) throw new AppError('NOT_FOUND', 'bidOutputMsg.errors.notFound', { id: packageId });

  const sectionRows = await db('bid_sections').where('package_id', packageId).orderBy(['position', 'id']);
  const sectionIds = sectionRows.map((s: { id: number }) => s.id);
  const files = await sectionFiles(db, sectionIds);
  const sections: PackageSection[] = sectionRows.map((s: Record<string, unknown>) => ({
    id: s.id as number,
    kind: s.kind as PackageSection['kind'],
    generator: (s.generator as string | null) ?? null,
    title: s.title as string,
    bodyHtml: (s.body_html as string | null) ?? null,
    inOriginal: bool(s.in_original),
    inCopies: bool(s.in_copies),
    files: files.get(s.id as number) ?? [],
  }));

  const priceLines = (await db('bid_price_lines').where('package_id', packageId).orderBy(['position', 'id'])).map(
    (l: Record<string, string | null>): PriceLine => ({
      name: l.name!,
      brand: l.brand ?? null,
      model: l.model ?? null,
      maker: l.maker ?? null,
      unit: l.unit!,
      quantity: l.quantity!,
      unitPrice: l.unit_price!,
      note: l.note ?? null,
    }),
  );
  const deviationRows = await db('bid_deviations').where('package_id', packageId).orderBy(['position', 'id']);
  const deviation = (sheet: string): DeviationLine[] =>
    deviationRows
      .filter((d: { sheet: string }) => d.sheet === sheet)
      .map((d: Record<string, string | null>): DeviationLine => ({
        clause: d.clause ?? null,
        requirement: d.requirement!,
        response: d.response!,
        deviation: d.deviation as DeviationLine['deviation'],
        note: d.note ?? null,
      }));

  return {
    id: packageId,
    projectName: pkg.project_name,
    tenderNo: pkg.tender_no ?? null,
    purchaserName: pkg.purchaser_name,
    copies: Number(pkg.copies),
    lot: pkg.lot_no ? { lotNo: pkg.lot_no, name: pkg.lot_name } : null,
    bidderName: pkg.bidder_name,
    legalRep: pkg.legal_rep ?? null,
    legalRepTitle: pkg.legal_rep_title ?? null,
    legalRepIdNo: pkg.legal_rep_id_no ?? null,
    authorisedPerson: pkg.authorised_person ?? null,
    authorisedTitle: pkg.authorised_title ?? null,
    authorisedIdNo: pkg.authorised_id_no ?? null,
    validityDays: Number(pkg.validity_days),
    deliveryPeriod: pkg.delivery_period ?? null,
    warranty: pkg.warranty ?? null,
    taxRate: pkg.tax_rate,
    bidDate: pkg.bid_date ?? null,
    watermark: pkg.watermark ?? null,
    sections,
    priceLines,
    deviations: { technical: deviation('technical'), commercial: deviation('commercial') },
    cases: await pastCases(db, sectionIds),
  };
}

/**
 * Each attachments section's files in order: a library item's main files (the certificate, the contract) by their
 * position, then its photos (a case's accepted site: evaluators score them), or a plain upload.
 */
async function sectionFiles(db: Knex, sectionIds: number[]): Promise<Map<number, SectionFile[]>> {
  const bySection = new Map<number, SectionFile[]>();
  if (sectionIds.length === 0) return bySection;
  const rows = await db('bid_section_items as si')
    .leftJoin('library_item_files as lf', 'lf.item_id', 'si.library_item_id')
    .join('attachments as a', function () {
      this.on('a.id', '=', 'si.attachment_id').orOn('a.id', '=', 'lf.attachment_id');
    })
    .whereIn('si.section_id', sectionIds)
    .orderBy([
      { column: 'si.section_id' },
      { column: 'si.position' },
      { column: 'si.id' },
      // 'main' sorts before 'photo'.
      { column: 'lf.role' },
      { column: 'lf.position' },
      { column: 'lf.id' },
    ])
    .select('si.section_id', 'a.filename', 'a.mime', 'a.sha256');
  for (const r of rows as { section_id: number; filename: string; mime: string; sha256: string }[]) {
    const list = bySection.get(r.section_id) ?? [];
    list.push({ filename: r.filename, mime: r.mime, sha256: r.sha256 });
    bySection.set(r.section_id, list);
  }
  return bySection;
}

/** 类似项目业绩: the cases the package's sections use, else every active case, newest first. */
async function pastCases(db: Knex, sectionIds: number[]): Promise<CaseLine[]> {
  const cases = () =>
    db('library_items as li')
      .where('li.kind', 'case')
      .select('li.id', 'li.title', 'li.case_customer', 'li.case_amount_fen', 'li.case_date')
      .orderBy([{ column: 'li.case_date', order: 'desc' }, { column: 'li.id' }]);
  let rows: Record<string, unknown>[] = sectionIds.length
    ? await cases().whereIn(
        'li.id',
        db('bid_section_items').whereIn('section_id', sectionIds).select('library_item_id'),
      )
    : [];
  if (rows.length === 0) rows = await cases().where('li.active', true);
  return rows.map((r) => ({
    customer: (r.case_customer as string | null) ?? null,
    project: r.title as string,
    amountFen: r.case_amount_fen === null ? null : Number(r.case_amount_fen),
    date: (r.case_date as string | null) ?? null,
  }));
}
