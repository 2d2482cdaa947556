import { z } from 'zod';
import { mutation, query } from '../rpc/channel';
import { id, optEmail, optId, optText, plainDate, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

/** How an invoice reaches the buyer: e-mail (PDF/OFD), courier, by hand, or the buyer's tax account (数电). */
export const SENDING_WAYS = ['email', 'courier', 'hand', 'tax_account'] as const;
export type SendingWay = (typeof SENDING_WAYS)[number];
/** A reminder to confirm receipt is logged beside the sendings, so the invoice keeps one history. */
export const REMINDER_WAYS = ['remind_email', 'remind_phone'] as const;
export const DELIVERY_STATES = ['unsent', 'sent', 'acknowledged'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** Placeholders a customer's invoice mail template may use. */
export const MAIL_PLACEHOLDERS = ['company', 'customer', 'number', 'date', 'amount', 'amountInWords'] as const;

const email = z.email({ error: 'validation.email' });
/** A batch: several invoices in one courier envelope or handed over together. */
const invoiceIds = z.array(id).min(1).max(100);

export const mailTemplate = z.object({
  customerId: id,
  customerName: z.string(),
  email: z.string().nullable(),
  /** What the customer has stored; null when the default (i18n) applies. */
  subject: z.string().nullable(),
  body: z.string().nullable(),
  defaultSubject: z.string(),
  defaultBody: z.string(),
  /** The template filled for the invoice asked about, ready to send. */
  filled: z.object({ subject: z.string(), body: z.string() }).nullable(),
});
export type MailTemplate = z.output<typeof mailTemplate>;

export const sendingRow = z.object({
  id,
  way: z.enum([...SENDING_WAYS, ...REMINDER_WAYS]),
  date: z.string(),
  emailTo: z.string().nullable(),
  courier: z.string().nullable(),
  trackingNo: z.string().nullable(),
  handedTo: z.string().nullable(),
  note: z.string().nullable(),
  userName: z.string().nullable(),
});
export type SendingRow = z.output<typeof sendingRow>;

/** An invoice's delivery and 回执, with every sending and reminder. */
export const invoiceDelivery = z.object({
  id,
  number: z.string(),
  issueDate: z.string(),
  customerId: id,
  customerName: z.string(),
  invoiceEmail: z.string().nullable(),
  grossFen: z.number().int(),
  attachmentId: z.number().int().nullable(),
  deliveryState: z.enum(DELIVERY_STATES),
  sentOn: z.string().nullable(),
  acknowledgedOn: z.string().nullable(),
  ackSigner: z.string().nullable(),
  ackAttachmentId: z.number().int().nullable(),
  remindedOn: z.string().nullable(),
  sendings: z.array(sendingRow),
});
export type InvoiceDelivery = z.output<typeof invoiceDelivery>;

export const unacknowledgedRow = z.object({
  id,
  /** The paper invoice's code ('' for 数电). */
  code: z.string(),
  number: z.string(),
  issueDate: z.string(),
  customerId: id,
  customerName: z.string(),
  invoiceEmail: z.string().nullable(),
  grossFen: z.number().int(),
  sentOn: z.string(),
  daysWaiting: z.number().int(),
  remindedOn: z.string().nullable(),
  lastReminderWay: z.enum(REMINDER_WAYS).nullable(),
});
export type UnacknowledgedRow = z.output<typeof unacknowledgedRow>;

export const sendEmailInput = z.object({
  invoiceId: id,
  to: z.array(email).min(1).max(10),
  cc: z.array(email).max(10).default([]),
  subject: text(200),
  body: text(10_000),
  /** The invoice file(s), PDF or OFD, uploaded through attachments.upload. */
  attachmentIds: z.array(id).min(1).max(10),
});

export const invoiceSendingChannels = {
  'invoices.mailTemplate.get': query('finance.read', z.object({ customerId: id, invoiceId: optId }), mailTemplate),
  'invoices.mailTemplate.update': mutation(
    'invoices.write',
    z.object({ customerId: id, email: optEmail, subject: optText(200), body: optText(5000) }),
    mailTemplate,
  ),
  'invoices.delivery': query('finance.read', z.object({ invoiceId: id }), invoiceDelivery),
  'invoices.sendEmail': mutation('invoices.write', sendEmailInput, invoiceDelivery),
  'invoices.sendCourier': mutation(
    'invoices.write',
    z.object({ invoiceIds, courier: text(40), trackingNo: text(40), date: plainDate }),
    z.array(invoiceDelivery),
  ),
  'invoices.sendByHand': mutation(
    'invoices.write',
    z.object({ invoiceIds, handedTo: text(40), date: plainDate }),
    z.array(invoiceDelivery),
  ),
  'invoices.sendTaxAccount': mutation(
    'invoices.write',
    z.object({ invoiceIds, date: plainDate, note: optText(200) }),
    z.array(invoiceDelivery),
  ),
  'invoices.acknowledge': mutation(
    'invoices.write',
    z.object({ invoiceId: id, date: plainDate, signer: text(40), attachmentId: optId }),
    invoiceDelivery,
  ),
  /** Sent, not acknowledged, and waiting at least `days` (default: the ackReminderDays receivable setting): oldest first. */
  'invoices.unacknowledged': query(
    'finance.read',
    listInput(['sentOn', 'number', 'grossFen'] as const, {
      customerId: id,
      days: z.number().int().min(0).max(3650),
    }),
    pageOf(unacknowledgedRow).extend({ days: z.number().int() }),
  ),
  'invoices.remind': mutation(
    'invoices.write',
    z.object({ invoiceIds, way: z.enum(['email', 'phone']), note: optText(200) }),
    z.array(invoiceDelivery),
  ),
};
