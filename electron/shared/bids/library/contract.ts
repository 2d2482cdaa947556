import { z } from 'zod';
import { mutation, query } from '../../rpc/channel';
import { fen, id, optId, optText, orNull, plainDate, text } from '../../rpc/fields';
import { listInput, pageOf } from '../../rpc/list';

/** 营业执照, 资质证书, ISO认证, 厂家授权, 检测报告, 工程案例, 宣传图片, 视频, 其他. */
export const LIBRARY_KINDS = [
  'licence',
  'qualification',
  'iso',
  'authorisation',
  'test_report',
  'case',
  'picture',
  'video',
  'other',
] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];
/** valid; expiring within the warning window (60 days); expired; longTerm (长期有效, no end date). */
export const EXPIRY_STATES = ['valid', 'expiring', 'expired', 'longTerm'] as const;
export type ExpiryState = (typeof EXPIRY_STATES)[number];
/** How many days ahead the library warns of an expiry. */
export const EXPIRY_WARNING_DAYS = 60;
/** main: the certificate, contract or letter itself; photo: project photos of a case. */
export const FILE_ROLES = ['main', 'photo'] as const;

const optDate = z
  .union([plainDate, z.literal('')])
  .nullish()
  .transform((v) => (v ? v : null));

/** A tag as typed: no '|' (the stored delimiter). */
const tag = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[^|]+$/, { error: 'libraryMsg.errors.tag' });

export const libraryItemInput = z
  .object({
    kind: z.enum(LIBRARY_KINDS),
    name: text(200),
    issuedBy: optText(200),
    number: optText(100),
    validFrom: optDate,
    /** Empty: long-term (长期有效). */
    validTo: optDate,
    brand: optText(100),
    /** An authorisation issued for one tender. */
    tenderId: optId,
    caseCustomer: optText(200),
    caseAmount: orNull(fen),
    caseDate: optDate,
    tags: z.array(tag).max(20).default([]),
    notes: optText(1000),
  })
  .superRefine((d, ctx) => {
    if (d.validFrom && d.validTo && d.validTo < d.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'libraryMsg.errors.validToBeforeFrom' });
    if (d.caseAmount !== null && d.caseAmount <= 0)
      ctx.addIssue({ code: 'custom', path: ['caseAmount'], message: 'libraryMsg.errors.caseAmountPositive' });
  });
export type LibraryItemInput = z.input<typeof libraryItemInput>;

export const libraryFileOut = z.object({
  id,
  attachmentId: id,
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  fileRole: z.enum(FILE_ROLES),
  thumbnailAttachmentId: z.number().int().nullable(),
});
export type LibraryFileOut = z.output<typeof libraryFileOut>;

const itemFields = {
  id,
  kind: z.enum(LIBRARY_KINDS),
  name: z.string(),
  issuedBy: z.string().nullable(),
  number: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  brand: z.string().nullable(),
  tenderId: z.number().int().nullable(),
  caseCustomer: z.string().nullable(),
  caseAmount: z.number().int().nullable(),
  caseDate: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  active: z.boolean(),
  /** Where the item stands today, and the days to its end date (negative once past; null when long-term). */
  expiry: z.enum(EXPIRY_STATES),
  daysLeft: z.number().int().nullable(),
  lockVersion: z.number().int(),
  updatedAt: z.string(),
};

export const libraryItemOut = z.object({ ...itemFields, files: z.array(libraryFileOut) });
export type LibraryItemOut = z.output<typeof libraryItemOut>;

export const libraryItemRow = z.object({
  ...itemFields,
  /** The first file's thumbnail, for the grid. */
  thumbnailAttachmentId: z.number().int().nullable(),
  /** The first file's type, for an icon when there is no thumbnail. */
  firstMime: z.string().nullable(),
  fileCount: z.number().int(),
});
export type LibraryItemRow = z.output<typeof libraryItemRow>;

const lockOf = { id, lockVersion: z.number().int().min(1) };

export const libraryChannels = {
  'bids.library.list': query(
    'bids.read',
    listInput(['name', 'kind', 'validTo', 'updatedAt'] as const, {
      kind: z.enum(LIBRARY_KINDS),
      tag: z.string().trim().min(1).max(30),
      expiry: z.enum(EXPIRY_STATES),
      active: z.boolean(),
    }),
    pageOf(libraryItemRow),
  ),
  'bids.library.get': query('bids.read', z.object({ id }), libraryItemOut),
  'bids.library.create': mutation('bids.write', libraryItemInput, libraryItemOut),
  'bids.library.update': mutation('bids.write', z.object({ ...lockOf, data: libraryItemInput }), libraryItemOut),
  'bids.library.deactivate': mutation('bids.write', z.object(lockOf), libraryItemOut),
  'bids.library.addFile': mutation(
    'bids.write',
    z.object({
      libraryItemId: id,
      attachmentId: id,
      fileRole: z.enum(FILE_ROLES).default('main'),
      thumbnailAttachmentId: optId,
    }),
    libraryItemOut,
  ),
  'bids.library.removeFile': mutation('bids.write', z.object({ fileId: id }), libraryItemOut),
  'bids.library.reorderFiles': mutation(
    'bids.write',
    z.object({ libraryItemId: id, fileIds: z.array(id).min(1).max(200) }),
    libraryItemOut,
  ),
  'bids.library.setThumbnail': mutation(
    'bids.write',
    z.object({ fileId: id, thumbnailAttachmentId: optId }),
    libraryItemOut,
  ),
  /** What expires in the next `days` days, and what already has, soonest first (active items only). */
  'bids.library.expiring': query(
    'bids.read',
    z.object({ days: z.number().int().min(1).max(365).default(EXPIRY_WARNING_DAYS) }).default({
      days: EXPIRY_WARNING_DAYS,
    }),
    z.array(libraryItemRow),
  ),
  /** Every tag in use, for the filter. */
  'bids.library.tags': query('bids.read', z.object({}).default({}), z.array(z.string())),
};
