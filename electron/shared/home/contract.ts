import { z } from 'zod';
import type { Permission, Role } from '../auth/roles';
import { RUN_STATUSES } from '../dispatch/contract';
import { query } from '../rpc/channel';
import { id } from '../rpc/fields';
import { queueLimit } from '../rpc/list';

/** The work waiting for someone, one section each. */
export const QUEUE_SECTIONS = [
  /** Quotes and directly entered orders waiting for the manager's approval. */
  'approvals',
  /** Draft delivery notices the credit check would refuse: a manager's release lets them be confirmed. */
  'blockedNotices',
  /** Open quotes whose next follow-up is today or past. */
  'followUps',
  /** Approved or sent quotes whose validity ends within EXPIRING_DAYS. */
  'expiringQuotes',
  /** Confirmed orders without any delivery notice yet. */
  'ordersUnnoticed',
  /** Delivery notes prepared and waiting for their pick check. */
  'notesToCheck',
  /** Today's local runs. */
  'runsToday',
  /** Delivered notes whose signed 回单 has not come back; late past the configured days. */
  'receiptsMissing',
] as const;
export type QueueSection = (typeof QUEUE_SECTIONS)[number];

/** A quote "expires soon" when its last valid day is within this many days from today. */
export const EXPIRING_DAYS = 7;

/** Whose work each section is: the home page shows a role its own sections (the admin sees them all). */
export const ROLE_QUEUES: Record<Role, readonly QueueSection[]> = {
  manager: ['approvals', 'blockedNotices'],
  sales: ['followUps', 'expiringQuotes', 'ordersUnnoticed'],
  dispatch: ['notesToCheck', 'runsToday', 'receiptsMissing'],
  purchaser: [],
  admin: QUEUE_SECTIONS,
};

/** And what the user must be allowed to see each section. */
export const QUEUE_ACCESS: Record<QueueSection, Permission> = {
  approvals: 'quotes.approve',
  blockedNotices: 'credit.manage',
  followUps: 'quotes.write',
  expiringQuotes: 'quotes.write',
  ordersUnnoticed: 'orders.read',
  notesToCheck: 'deliveries.write',
  runsToday: 'deliveries.read',
  receiptsMissing: 'deliveries.read',
};

export const QUEUE_ITEM_KINDS = ['quote', 'order', 'notice', 'note', 'run'] as const;

export const queueItem = z.object({
  /** What opens when the item is clicked: this kind's page with this record. */
  kind: z.enum(QUEUE_ITEM_KINDS),
  id,
  /** The document number (a quote's with its version). */
  number: z.string(),
  customerName: z.string().nullable(),
  /** The date that matters here: submitted, next follow-up, valid until, ordered, note date, run date, delivered. */
  date: z.string().nullable(),
  gross: z.number().int().nullable(),
  /** What to know at a glance: who submitted it, why it is blocked, what the customer said, vehicle and driver. */
  note: z.string().nullable(),
  /** Days left before a quote expires; days a 回单 has been awaited. */
  days: z.number().int().nullable(),
  /** Past its date: a follow-up overdue, a 回单 later than the configured days. */
  late: z.boolean(),
  runStatus: z.enum(RUN_STATUSES).nullable(),
});
export type QueueItem = z.output<typeof queueItem>;

export const queueSection = z.object({
  key: z.enum(QUEUE_SECTIONS),
  /** How many items in all; `rows` holds the first `limit`. */
  total: z.number().int().min(0),
  /** How many of them are late. */
  late: z.number().int().min(0),
  rows: z.array(queueItem),
});
export type QueueSectionOut = z.output<typeof queueSection>;

export const homeChannels = {
  /**
   * The home page's work queue for the logged-in user: the sections of the user's role the user may see, each
   * counted exactly, with its first `limit` items (oldest or most urgent first).
   */
  'home.queue': query('session', z.object({ limit: queueLimit }), z.object({ sections: z.array(queueSection) })),
};
