import { z } from 'zod';
import { documentFile } from '../attachments/contract';
import { mutation, query } from '../rpc/channel';
import { id, optText, orNull, plainDate, text } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

export const INQUIRY_CHANNELS = ['phone', 'email', 'visit', 'tender', 'wechat', 'other'] as const;
/** new -> quoting (a quote was started) -> quoted (a quote went out) -> closed. */
export const INQUIRY_STATUSES = ['new', 'quoting', 'quoted', 'closed'] as const;

export const inquiryInput = z.object({
  customerId: id,
  contactName: optText(40),
  contactPhone: optText(40),
  date: plainDate,
  channel: z.enum(INQUIRY_CHANNELS).default('phone'),
  requirement: text(5000),
  items: optText(5000),
  dueDate: orNull(plainDate),
  notes: optText(2000),
});

export const inquiryRow = z.object({
  id,
  number: z.string(),
  customerId: id,
  customerName: z.string(),
  date: z.string(),
  channel: z.enum(INQUIRY_CHANNELS),
  requirement: z.string(),
  dueDate: z.string().nullable(),
  owner: z.string().nullable(),
  status: z.enum(INQUIRY_STATUSES),
  updatedAt: z.string(),
});
export type InquiryRow = z.output<typeof inquiryRow>;

export const inquiryDetail = inquiryRow.extend({
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  items: z.string().nullable(),
  notes: z.string().nullable(),
  lockVersion: z.number().int(),
  attachments: z.array(documentFile),
  quotes: z.array(z.object({ id, number: z.string(), version: z.number().int(), status: z.string() })),
});
export type InquiryDetail = z.output<typeof inquiryDetail>;

export const dailyLogRow = z.object({
  date: z.string(),
  person: z.string(),
  inquiries: z.number().int(),
  quotes: z.number().int(),
  quotedAmount: z.number().int(),
});

export const inquiryChannels = {
  'inquiries.list': query(
    'quotes.read',
    listInput(['number', 'date', 'dueDate'] as const, { status: z.enum(INQUIRY_STATUSES), customerId: id }),
    pageOf(inquiryRow),
  ),
  'inquiries.get': query('quotes.read', z.object({ id }), inquiryDetail),
  'inquiries.create': mutation('quotes.write', inquiryInput, inquiryDetail),
  'inquiries.update': mutation(
    'quotes.write',
    z.object({ id, lockVersion: z.number().int().min(1), data: inquiryInput }),
    inquiryDetail,
  ),
  'inquiries.close': mutation('quotes.write', z.object({ id, reason: text(500) }), inquiryDetail),
  'inquiries.attach': mutation('quotes.write', z.object({ id, attachmentId: id, label: optText(60) }), inquiryDetail),
  /** 报价业务日志: per person and day, inquiries logged and quotes made. */
  'inquiries.log': query('quotes.read', z.object({ from: plainDate, to: plainDate }), z.array(dailyLogRow)),
};
