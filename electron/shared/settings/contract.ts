import { z } from 'zod';
import { deliverySettings } from '../deliveries/contract';
import { mutation, query } from '../rpc/channel';
import { optEmail, optId, optTaxId, optText, orNull } from '../rpc/fields';

export const companySettings = z.object({
  name: optText(100),
  taxId: optTaxId,
  address: optText(200),
  phone: optText(60),
  bankName: optText(100),
  bankAccount: optText(60),
  logoAttachmentId: optId,
  sealAttachmentId: optId,
});
export type CompanySettings = z.output<typeof companySettings>;

/** Every numbered document type; master codes (customer, product, supplier) too. */
export const DOC_TYPES = [
  'customer',
  'product',
  'supplier',
  'inquiry',
  'quote',
  'order',
  'delivery_notice',
  'delivery',
  'consignment',
  'purchase_order',
  'invoice',
  'receipt',
  'statement',
  'register',
  'dispatch_run',
  'delivery_return',
  'freight_settlement',
  'rfq',
  'goods_receipt',
  'internal_transfer',
  'supplier_payment',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const numberFormat = z.object({
  prefix: z
    .string()
    .trim()
    .max(10)
    .regex(/^[A-Za-z]*$/, { error: 'validation.prefix' }),
  padding: z.number().int().min(1).max(10),
  /** Yearly series restart at 1 each year and carry the year: BJ2026-00001. */
  yearly: z.boolean(),
});
export type NumberFormat = z.output<typeof numberFormat>;

export const numberingSettings = z.object(
  Object.fromEntries(DOC_TYPES.map((t) => [t, numberFormat])) as Record<DocType, typeof numberFormat>,
);
export type NumberingSettings = z.output<typeof numberingSettings>;

/** The outgoing mail server quotes and invoices are e-mailed through. */
export const smtpSettings = z.object({
  host: z.string().trim().max(200),
  port: z.number().int().min(1).max(65535).default(465),
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: z.boolean().default(true),
  user: optText(200),
  from: optEmail,
  fromName: optText(60),
});
export const smtpUpdate = smtpSettings.extend({
  /** null keeps the stored password, '' removes it. */
  password: orNull(z.string().max(200)),
});
export const smtpView = smtpSettings.extend({
  hasPassword: z.boolean(),
  /** The stored password was protected on another machine (a restored database): type it again. */
  passwordUnreadable: z.boolean(),
});

export const settingsChannels = {
  'settings.smtp.get': query('settings.read', z.object({}), smtpView),
  'settings.smtp.update': mutation('settings.write', smtpUpdate, smtpView),
  'settings.company.get': query('settings.read', z.object({}), companySettings),
  'settings.company.update': mutation('settings.write', companySettings, companySettings),
  'settings.numbering.get': query(
    'settings.read',
    z.object({}),
    z.object({ formats: numberingSettings, preview: z.record(z.string(), z.string()) }),
  ),
  /** How delivery notes print (paper, parts) and when a missing 回单 is flagged. */
  'settings.delivery.get': query('deliveries.read', z.object({}), deliverySettings),
  'settings.delivery.update': mutation('settings.write', deliverySettings, deliverySettings),
  'settings.numbering.update': mutation(
    'settings.write',
    z.object({ type: z.enum(DOC_TYPES), format: numberFormat }),
    z.object({ type: z.enum(DOC_TYPES), format: numberFormat, preview: z.string() }),
  ),
};
