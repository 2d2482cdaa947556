import type { Knex } from 'knex';
import type { TaxRate } from '../../../shared/money';
import { bidTotal } from '../../../shared/bids/price-tables';
import type {
  DeviationKind,
  DeviationOut,
  DeviationSheet,
  PackageDetail,
  PackageRow,
  PackageStatus,
  PriceLineOut,
  SectionGenerator,
  SectionKind,
  SectionOut,
} from '../../../shared/bids/packages/contract';
import { today } from '../../dates';
import { bool, int, nowIso } from '../../db/rows';
import { AppError, notFound } from '../../rpc/errors';
import { checklistOf, expiryWarningsOf } from './package-checks';

type Db = Knex | Knex.Transaction;

export interface PackageDbRow {
  id: number;
  tender_id: number;
  lot_id: number | null;
  title: string;
  status: PackageStatus;
  bidder_name: string;
  legal_rep: string | null;
  legal_rep_title: string | null;
  legal_rep_id_no: string | null;
  authorised_person: string | null;
  authorised_title: string | null;
  authorised_id_no: string | null;
  validity_days: number;
  delivery_period: string | null;
  warranty: string | null;
  tax_rate: TaxRate;
  bid_date: string | null;
  watermark: string | null;
  quote_id: number | null;
  lock_version: number;
  created_by: number | null;
  updated_at: string;
  project_name: string;
  tender_no: string | null;
  purchaser_name: string;
  submission_deadline: string | null;
  opening_at: string | null;
  lot_name: string | null;
}

/** The package with its tender's and lot's names, as lists and the editor read it. */
export function packageQuery(db: Db): Knex.QueryBuilder {
  return db('bid_packages')
    .join('tenders', 'tenders.id', 'bid_packages.tender_id')
    .leftJoin('tender_lots', 'tender_lots.id', 'bid_packages.lot_id')
    .select(
      'bid_packages.*',
      'tenders.project_name',
      'tenders.tender_no',
      'tenders.purchaser_name',
      'tenders.submission_deadline',
      'tenders.opening_at',
      'tender_lots.name as lot_name',
    );
}

export function toPackageRow(r: PackageDbRow, totalFen: number): PackageRow {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    tenderId: r.tender_id,
    projectName: r.project_name,
    tenderNo: r.tender_no,
    purchaserName: r.purchaser_name,
    lotId: r.lot_id,
    lotName: r.lot_name,
    submissionDeadline: r.submission_deadline,
    totalFen,
    updatedAt: r.updated_at,
  };
}

interface PriceLineDbRow {
  id: number;
  package_id: number;
  product_id: number | null;
  quote_line_id: number | null;
  name: string;
  brand: string | null;
  model: string | null;
  maker: string | null;
  unit: string;
  quantity: string;
  unit_price: string;
  amount_fen: number | string;
  note: string | null;
}

export async function priceLinesOf(db: Db, packageIds: readonly number[]): Promise<Map<number, PriceLineOut[]>> {
  const rows = (await db('bid_price_lines')
    .whereIn('package_id', packageIds)
    .orderBy(['package_id', 'position', 'id'])) as PriceLineDbRow[];
  const out = new Map<number, PriceLineOut[]>(packageIds.map((id) => [id, []]));
  for (const r of rows)
    out.get(r.package_id)!.push({
      id: r.id,
      productId: r.product_id,
      quoteLineId: r.quote_line_id,
      name: r.name,
      brand: r.brand,
      model: r.model,
      maker: r.maker,
      unit: r.unit,
      quantity: r.quantity,
      unitPrice: r.unit_price,
      amountFen: int(r.amount_fen),
      note: r.note,
    });
  return out;
}

async function sectionsOf(db: Db, packageId: number): Promise<SectionOut[]> {
  const sections = (await db('bid_sections').where({ package_id: packageId }).orderBy(['position', 'id'])) as {
    id: number;
    position: number;
    kind: SectionKind;
    generator: SectionGenerator | null;
    title: string;
    body_html: string | null;
    in_original: unknown;
    in_copies: unknown;
    required_doc_id: number | null;
  }[];
  const items = (await db('bid_section_items')
    .join('bid_sections', 'bid_sections.id', 'bid_section_items.section_id')
    .leftJoin('library_items', 'library_items.id', 'bid_section_items.library_item_id')
    .leftJoin('attachments', 'attachments.id', 'bid_section_items.attachment_id')
    .where('bid_sections.package_id', packageId)
    .orderBy(['bid_section_items.section_id', 'bid_section_items.position', 'bid_section_items.id'])
    .select(
      'bid_section_items.id',
      'bid_section_items.section_id',
      'bid_section_items.library_item_id',
      'bid_section_items.attachment_id',
      'library_items.title as item_title',
      'library_items.kind as item_kind',
      'library_items.valid_to',
      'attachments.filename',
    )) as {
    id: number;
    section_id: number;
    library_item_id: number | null;
    attachment_id: number | null;
    item_title: string | null;
    item_kind: string | null;
    valid_to: string | null;
    filename: string | null;
  }[];
  return sections.map((s) => ({
    id: s.id,
    position: s.position,
    kind: s.kind,
    generator: s.generator,
    title: s.title,
    bodyHtml: s.body_html,
    inOriginal: bool(s.in_original),
    inCopies: bool(s.in_copies),
    requiredDocId: s.required_doc_id,
    items: items
      .filter((i) => i.section_id === s.id)
      .map((i) => ({
        id: i.id,
        libraryItemId: i.library_item_id,
        attachmentId: i.attachment_id,
        title: i.item_title ?? i.filename ?? '',
        itemKind: i.item_kind,
        validTo: i.library_item_id === null ? null : i.valid_to,
      })),
  }));
}

async function deviationsOf(db: Db, packageId: number): Promise<DeviationOut[]> {
  const rows = (await db('bid_deviations')
    .leftJoin('products', 'products.id', 'bid_deviations.product_id')
    .where('bid_deviations.package_id', packageId)
    .orderBy(['bid_deviations.sheet', 'bid_deviations.position', 'bid_deviations.id'])
    .select('bid_deviations.*', 'products.name as product_name')) as {
    id: number;
    sheet: DeviationSheet;
    product_id: number | null;
    product_name: string | null;
    clause: string | null;
    requirement: string;
    response: string;
    deviation: DeviationKind;
    note: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    sheet: r.sheet,
    productId: r.product_id,
    productName: r.product_name,
    clause: r.clause,
    requirement: r.requirement,
    response: r.response,
    deviation: r.deviation,
    note: r.note,
  }));
}

export async function requiredDocsOf(db: Db, tenderId: number) {
  const rows = (await db('tender_required_docs').where({ tender_id: tenderId }).orderBy(['position', 'id'])) as {
    id: number;
    title: string;
    mandatory: unknown;
  }[];
  return rows.map((r) => ({ id: r.id, title: r.title, mandatory: bool(r.mandatory) }));
}

export async function packageDbRow(db: Db, id: number): Promise<PackageDbRow> {
  const row = (await packageQuery(db).where('bid_packages.id', id).first()) as PackageDbRow | undefined;
  if (!row) throw notFound('bidPackage', id);
  return row;
}

/** The package as the editor shows it: every part, the price tables with their one total, the checklist. */
export async function getPackage(db: Db, id: number): Promise<PackageDetail> {
  const r = await packageDbRow(db, id);
  const [sections, lines, deviations, requiredDocs] = await Promise.all([
    sectionsOf(db, id),
    priceLinesOf(db, [id]).then((m) => m.get(id) ?? []),
    deviationsOf(db, id),
    requiredDocsOf(db, r.tender_id),
  ]);
  const total = bidTotal(lines);
  const openingDate = r.opening_at ? r.opening_at.slice(0, 10) : null;
  return {
    ...toPackageRow(r, total.totalFen),
    bidderName: r.bidder_name,
    legalRep: r.legal_rep,
    legalRepTitle: r.legal_rep_title,
    legalRepIdNo: r.legal_rep_id_no,
    authorisedPerson: r.authorised_person,
    authorisedTitle: r.authorised_title,
    authorisedIdNo: r.authorised_id_no,
    validityDays: r.validity_days,
    deliveryPeriod: r.delivery_period,
    warranty: r.warranty,
    taxRate: r.tax_rate,
    bidDate: r.bid_date,
    watermark: r.watermark,
    quoteId: r.quote_id,
    openingAt: r.opening_at,
    lockVersion: r.lock_version,
    editable: r.status === 'draft',
    totalInWords: total.inWords,
    sections,
    priceLines: lines,
    deviations,
    requiredDocs,
    checklist: checklistOf(requiredDocs, sections),
    warnings: expiryWarningsOf(sections, today(), openingDate),
  };
}

/**
 * The package a part belongs to, which must still be a draft: a final package is what gets printed and handed
 * in, so it is reopened before anything in it changes. Marks the package as changed now.
 */
export async function draftForEdit(trx: Knex.Transaction, packageId: number): Promise<PackageDbRow> {
  const row = await packageDbRow(trx, packageId);
  if (row.status !== 'draft') throw new AppError('CONFLICT', 'bidPackagesMsg.errors.notDraft', { title: row.title });
  await trx('bid_packages').where({ id: packageId }).update({ updated_at: nowIso() });
  return row;
}

/** The package a section belongs to, for edits of the section. */
export async function sectionPackage(db: Db, sectionId: number): Promise<{ packageId: number; kind: SectionKind }> {
  const s = (await db('bid_sections').where({ id: sectionId }).first('package_id', 'kind')) as
    { package_id: number; kind: SectionKind } | undefined;
  if (!s) throw notFound('bidSection', sectionId);
  return { packageId: s.package_id, kind: s.kind };
}
