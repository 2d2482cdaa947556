import { z } from 'zod';
import { documentFile } from '../attachments/contract';
import { mutation, query } from '../rpc/channel';
import { id, optId, optText, plainDate, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

/**
 * What gets registered: contracts, letters, faxes and drawings, received or sent (登记、编号、存档、转发);
 * outgoing invoices are registered when they are sent.
 */
export const REGISTER_KINDS = ['contract', 'letter', 'fax', 'drawing', 'invoice', 'other'] as const;
export const REGISTER_DIRECTIONS = ['received', 'sent'] as const;
export const FORWARD_WAYS = ['hand', 'email', 'fax', 'wechat', 'post'] as const;

export const registerInput = z
  .object({
    kind: z.enum(REGISTER_KINDS),
    direction: z.enum(REGISTER_DIRECTIONS),
    date: plainDate,
    customerId: optId,
    supplierId: optId,
    /** As written on the paper; taken from the customer or supplier when left empty. */
    counterparty: optText(100),
    theirRef: optText(60),
    subject: text(200),
    orderId: optId,
    quoteId: optId,
    archiveLocation: optText(100),
    summary: optText(5000),
  })
  .superRefine((e, ctx) => {
    if (e.customerId !== null && e.supplierId !== null)
      ctx.addIssue({ code: 'custom', path: ['supplierId'], message: 'validation.customerOrSupplier' });
    if (e.customerId === null && e.supplierId === null && !e.counterparty)
      ctx.addIssue({ code: 'custom', path: ['counterparty'], message: 'validation.required' });
  });
export type RegisterInput = z.input<typeof registerInput>;
export type RegisterData = z.output<typeof registerInput>;

export const registerRow = z.object({
  id,
  number: z.string(),
  kind: z.enum(REGISTER_KINDS),
  direction: z.enum(REGISTER_DIRECTIONS),
  date: z.string(),
  counterparty: z.string(),
  theirRef: z.string().nullable(),
  subject: z.string(),
  orderNumber: z.string().nullable(),
  files: z.number().int(),
  forwards: z.number().int(),
  registeredBy: z.string().nullable(),
  updatedAt: z.string(),
  /** An outgoing invoice's 回执: its state, and when and by whom it was acknowledged. */
  invoiceId: z.number().int().nullable(),
  invoiceState: z.enum(['unsent', 'sent', 'acknowledged']).nullable(),
  invoiceAckOn: z.string().nullable(),
  invoiceAckSigner: z.string().nullable(),
});
export type RegisterRow = z.output<typeof registerRow>;

export const forwardRow = z.object({
  id,
  toWhom: z.string(),
  via: z.enum(FORWARD_WAYS),
  date: z.string(),
  note: z.string().nullable(),
  userName: z.string().nullable(),
});

export const registerDetail = registerRow.extend({
  customerId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  supplierId: z.number().int().nullable(),
  supplierName: z.string().nullable(),
  orderId: z.number().int().nullable(),
  quoteId: z.number().int().nullable(),
  quoteNumber: z.string().nullable(),
  archiveLocation: z.string().nullable(),
  summary: z.string().nullable(),
  lockVersion: z.number().int(),
  attachments: z.array(documentFile),
  forwardLog: z.array(forwardRow),
});
export type RegisterDetail = z.output<typeof registerDetail>;

export const registerChannels = {
  'register.list': query(
    'masterdata.read',
    listInput(['number', 'date', 'kind'] as const, {
      kind: z.enum(REGISTER_KINDS),
      direction: z.enum(REGISTER_DIRECTIONS),
      customerId: id,
      supplierId: id,
      orderId: id,
    }),
    pageOf(registerRow),
  ),
  'register.get': query('masterdata.read', z.object({ id }), registerDetail),
  'register.create': mutation('register.write', registerInput, registerDetail),
  'register.update': mutation(
    'register.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: registerInput }),
    registerDetail,
  ),
  'register.attach': mutation('register.write', z.object({ id, attachmentId: id, label: optText(60) }), registerDetail),
  /** 转发: who it was passed on to, how and when. */
  'register.forward': mutation(
    'register.write',
    z.object({ id, toWhom: text(100), via: z.enum(FORWARD_WAYS), date: plainDate, note: optText(200) }),
    registerDetail,
  ),
};
