import { z } from 'zod';
import { TAX_RATES } from '../../money';
import { mutation, query } from '../../rpc/channel';
import { binaryFile, fen, id, optId, optText, orNull, plainDate, price, quantity, text } from '../../rpc/fields';
import { listInput, pageOf } from '../../rpc/list';

/** draft: being written; final: sealed for printing (no edits until reopened); submitted: handed in. */
export const PACKAGE_STATUSES = ['draft', 'final', 'submitted'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/** generated from data, text written by the assistant, attachments from the library. */
export const SECTION_KINDS = ['generated', 'text', 'attachments'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The parts the document engine prints from data. */
export const SECTION_GENERATORS = [
  'cover',
  'toc',
  'bid_letter',
  'legal_rep_id',
  'authorisation',
  'opening_summary',
  'price_breakdown',
  'tech_deviation',
  'commercial_deviation',
  'past_contracts',
  'after_sales',
] as const;
export type SectionGenerator = (typeof SECTION_GENERATORS)[number];

export const DEVIATION_SHEETS = ['technical', 'commercial'] as const;
export type DeviationSheet = (typeof DEVIATION_SHEETS)[number];

/** 正偏离, 负偏离, 无偏离. */
export const DEVIATION_KINDS = ['positive', 'negative', 'none'] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

/** A 居民身份证 number as printed on the 法定代表人身份证明 / 授权委托书: 18 characters, the last may be X. */
const optIdCardNo = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(|\d{17}[\dX])$/, { error: 'bidPackagesMsg.errors.idCardNo' })
  .nullish()
  .transform((v) => (v ? v : null));

export const packageHeaderInput = z.object({
  title: text(200),
  bidderName: text(200),
  legalRep: optText(40),
  legalRepTitle: optText(40),
  legalRepIdNo: optIdCardNo,
  authorisedPerson: optText(40),
  authorisedTitle: optText(40),
  authorisedIdNo: optIdCardNo,
  validityDays: z.number().int().min(1).max(720),
  deliveryPeriod: optText(100),
  warranty: optText(100),
  taxRate: z.enum(TAX_RATES),
  bidDate: orNull(plainDate),
  watermark: optText(60),
});

export const priceLineInput = z.object({
  productId: optId,
  quoteLineId: optId,
  name: text(100),
  brand: optText(60),
  model: optText(100),
  maker: optText(100),
  unit: text(10),
  quantity,
  unitPrice: price,
  note: optText(200),
});
export type PriceLineInput = z.input<typeof priceLineInput>;

export const deviationInput = z.object({
  productId: optId,
  clause: optText(40),
  requirement: text(1000),
  response: text(1000),
  deviation: z.enum(DEVIATION_KINDS).default('none'),
  note: optText(200),
});
export type DeviationInput = z.input<typeof deviationInput>;

/** One file of an attachments section: a library item, or a plain uploaded attachment. */
export const sectionItemInput = z
  .object({ libraryItemId: optId, attachmentId: optId })
  .refine((i) => (i.libraryItemId === null) !== (i.attachmentId === null), {
    error: 'bidPackagesMsg.errors.itemOneSource',
  });

export const packageRow = z.object({
  id,
  title: z.string(),
  status: z.enum(PACKAGE_STATUSES),
  tenderId: id,
  projectName: z.string(),
  tenderNo: z.string().nullable(),
  purchaserName: z.string(),
  lotId: z.number().int().nullable(),
  lotName: z.string().nullable(),
  submissionDeadline: z.string().nullable(),
  /** The 开标一览表 total, from bidTotal over the package's lines. */
  totalFen: fen,
  updatedAt: z.string(),
});
export type PackageRow = z.output<typeof packageRow>;

export const sectionItemOut = z.object({
  id,
  libraryItemId: z.number().int().nullable(),
  attachmentId: z.number().int().nullable(),
  /** The library item's title, or the uploaded file's name. */
  title: z.string(),
  /** The library item's kind (licence, iso, case…); null for a plain file. */
  itemKind: z.string().nullable(),
  validTo: z.string().nullable(),
});

export const sectionOut = z.object({
  id,
  position: z.number().int(),
  kind: z.enum(SECTION_KINDS),
  generator: z.enum(SECTION_GENERATORS).nullable(),
  title: z.string(),
  bodyHtml: z.string().nullable(),
  inOriginal: z.boolean(),
  inCopies: z.boolean(),
  requiredDocId: z.number().int().nullable(),
  items: z.array(sectionItemOut),
});
export type SectionOut = z.output<typeof sectionOut>;

export const priceLineOut = z.object({
  id,
  productId: z.number().int().nullable(),
  quoteLineId: z.number().int().nullable(),
  name: z.string(),
  brand: z.string().nullable(),
  model: z.string().nullable(),
  maker: z.string().nullable(),
  unit: z.string(),
  quantity: z.string(),
  unitPrice: z.string(),
  /** 合价 as stored: bidLineAmount of the line. */
  amountFen: fen,
  note: z.string().nullable(),
});
export type PriceLineOut = z.output<typeof priceLineOut>;

export const deviationOut = z.object({
  id,
  sheet: z.enum(DEVIATION_SHEETS),
  productId: z.number().int().nullable(),
  productName: z.string().nullable(),
  clause: z.string().nullable(),
  requirement: z.string(),
  response: z.string(),
  deviation: z.enum(DEVIATION_KINDS),
  note: z.string().nullable(),
});
export type DeviationOut = z.output<typeof deviationOut>;

export const checklistEntry = z.object({
  requiredDocId: id,
  title: z.string(),
  mandatory: z.boolean(),
  /** The first section answering it, if any. */
  sectionId: z.number().int().nullable(),
  sectionTitle: z.string().nullable(),
  /** ticked: answered by a section with content; empty: the section has nothing in it yet; missing: no section. */
  state: z.enum(['ticked', 'empty', 'missing']),
});
export type ChecklistEntry = z.output<typeof checklistEntry>;

export const expiryWarning = z.object({
  libraryItemId: id,
  title: z.string(),
  validTo: z.string(),
  /** expired: before today; beforeOpening: valid today, but not on the opening day. */
  problem: z.enum(['expired', 'beforeOpening']),
});
export type ExpiryWarning = z.output<typeof expiryWarning>;

export const packageDetail = packageRow.extend({
  bidderName: z.string(),
  legalRep: z.string().nullable(),
  legalRepTitle: z.string().nullable(),
  legalRepIdNo: z.string().nullable(),
  authorisedPerson: z.string().nullable(),
  authorisedTitle: z.string().nullable(),
  authorisedIdNo: z.string().nullable(),
  validityDays: z.number().int(),
  deliveryPeriod: z.string().nullable(),
  warranty: z.string().nullable(),
  taxRate: z.enum(TAX_RATES),
  bidDate: z.string().nullable(),
  watermark: z.string().nullable(),
  quoteId: z.number().int().nullable(),
  openingAt: z.string().nullable(),
  lockVersion: z.number().int(),
  /** Only drafts are edited; a final package is reopened first. */
  editable: z.boolean(),
  /** 投标总价 in 大写, from the same bidTotal as totalFen. */
  totalInWords: z.string(),
  sections: z.array(sectionOut),
  priceLines: z.array(priceLineOut),
  deviations: z.array(deviationOut),
  requiredDocs: z.array(z.object({ id, title: z.string(), mandatory: z.boolean() })),
  checklist: z.array(checklistEntry),
  warnings: z.array(expiryWarning),
});
export type PackageDetail = z.output<typeof packageDetail>;

export const templateRow = z.object({
  id,
  name: z.string(),
  notes: z.string().nullable(),
  sectionCount: z.number().int(),
  updatedAt: z.string(),
});

export const PACKAGE_SORTABLE = ['title', 'submissionDeadline', 'updatedAt'] as const;

const packageRef = z.object({ packageId: id });

export const bidPackageChannels = {
  'bids.packages.list': query(
    'bids.read',
    listInput(PACKAGE_SORTABLE, { tenderId: id, status: z.enum(PACKAGE_STATUSES) }),
    pageOf(packageRow),
  ),
  'bids.packages.get': query('bids.read', z.object({ id }), packageDetail),
  /** Tenders to start a package for, with their lots (the register itself lives under 投标项目). */
  'bids.packages.tenderOptions': query(
    'bids.read',
    z.object({ q: z.string().trim().max(100).optional(), limit: z.number().int().min(1).max(50).default(50) }),
    z.array(
      z.object({
        id,
        projectName: z.string(),
        tenderNo: z.string().nullable(),
        lots: z.array(z.object({ id, lotNo: z.string(), name: z.string() })),
      }),
    ),
  ),
  'bids.packages.create': mutation(
    'bids.write',
    z.object({ tenderId: id, lotId: optId, templateId: optId }),
    packageDetail,
  ),
  'bids.packages.update': mutation(
    'bids.write',
    packageHeaderInput.extend({ id, lockVersion: z.number().int() }),
    packageDetail,
  ),
  'bids.packages.finalize': mutation('bids.write', z.object({ id, lockVersion: z.number().int() }), packageDetail),
  'bids.packages.reopen': mutation('bids.write', z.object({ id, lockVersion: z.number().int() }), packageDetail),

  'bids.packages.addSection': mutation(
    'bids.write',
    packageRef.extend({
      kind: z.enum(SECTION_KINDS),
      generator: orNull(z.enum(SECTION_GENERATORS)),
      title: text(200),
      /** Placed after this section; at the end when null. */
      afterId: optId,
    }),
    packageDetail,
  ),
  'bids.packages.updateSection': mutation(
    'bids.write',
    z.object({
      id,
      title: text(200),
      /** Written parts only; cleaned of anything but text formatting before it is kept. */
      bodyHtml: z.string().max(2_000_000).nullish(),
      inOriginal: z.boolean(),
      inCopies: z.boolean(),
      requiredDocId: optId,
    }),
    packageDetail,
  ),
  'bids.packages.moveSection': mutation(
    'bids.write',
    z.object({ id, direction: z.enum(['up', 'down']) }),
    packageDetail,
  ),
  'bids.packages.reorderSections': mutation(
    'bids.write',
    packageRef.extend({ ids: z.array(id).min(1).max(500) }),
    packageDetail,
  ),
  'bids.packages.removeSection': mutation('bids.write', z.object({ id }), packageDetail),
  'bids.packages.setSectionItems': mutation(
    'bids.write',
    z.object({ sectionId: id, items: z.array(sectionItemInput).max(200) }),
    packageDetail,
  ),

  /** The whole 分项报价表 as edited: lines added, changed, removed and reordered in one save. */
  'bids.packages.savePriceLines': mutation(
    'bids.write',
    packageRef.extend({ lines: z.array(priceLineInput).max(1000) }),
    packageDetail,
  ),
  /** Appends a quote's goods lines to the 分项报价表. */
  'bids.packages.importQuote': mutation('bids.write', packageRef.extend({ quoteId: id }), packageDetail),

  /** One deviation table as edited; answers with a product are kept for the next bid. */
  'bids.packages.saveDeviations': mutation(
    'bids.write',
    packageRef.extend({ sheet: z.enum(DEVIATION_SHEETS), lines: z.array(deviationInput).max(500) }),
    packageDetail,
  ),
  /** Answers kept for a product, the one for the same requirement first. */
  'bids.packages.deviationAnswers': query(
    'bids.read',
    z.object({
      productId: id,
      sheet: z.enum(DEVIATION_SHEETS).optional(),
      requirement: z.string().trim().max(1000).optional(),
    }),
    z.array(
      z.object({
        id,
        sheet: z.enum(DEVIATION_SHEETS),
        requirement: z.string(),
        response: z.string(),
        deviation: z.enum(DEVIATION_KINDS),
        note: z.string().nullable(),
        updatedAt: z.string(),
      }),
    ),
  ),

  'bids.packages.templates': query('bids.read', z.object({}), z.array(templateRow)),
  'bids.packages.saveTemplate': mutation(
    'bids.write',
    packageRef.extend({ name: text(100), notes: optText(500) }),
    templateRow,
  ),
  'bids.packages.deleteTemplate': mutation('bids.write', z.object({ id }), z.object({ id })),

  /** Library items to attach, by title, number, issuer or tag, and kind. */
  'bids.packages.libraryPicker': query(
    'bids.read',
    z.object({ q: z.string().trim().max(100).optional(), kind: z.string().trim().max(16).optional() }),
    z.array(
      z.object({
        id,
        kind: z.string(),
        title: z.string(),
        number: z.string().nullable(),
        issuer: z.string().nullable(),
        validTo: z.string().nullable(),
      }),
    ),
  ),

  /** 开标一览表 and 分项报价表 as a workbook. */
  'bids.packages.priceXlsx': query('bids.read', z.object({ id }), binaryFile),
};
