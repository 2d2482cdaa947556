import { z } from 'zod';
import type { Permission } from '../auth/roles';
import { query } from '../rpc/channel';
import { id } from '../rpc/fields';

/** What the global search finds, in the order its groups are shown when none holds an exact match. */
export const SEARCH_KINDS = [
  'quote',
  'order',
  'notice',
  'note',
  'run',
  'consignment',
  'return',
  'invoice',
  'receipt',
  'bill',
  'register',
  'inquiry',
  'customer',
  'product',
  'supplier',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The permission that lets a user see each kind: a kind the user may not read is not searched at all. */
export const SEARCH_KIND_ACCESS: Record<SearchKind, Permission> = {
  quote: 'quotes.read',
  inquiry: 'quotes.read',
  order: 'orders.read',
  register: 'masterdata.read',
  notice: 'deliveries.read',
  note: 'deliveries.read',
  run: 'deliveries.read',
  consignment: 'deliveries.read',
  return: 'deliveries.read',
  invoice: 'finance.read',
  receipt: 'finance.read',
  bill: 'finance.read',
  customer: 'masterdata.read',
  product: 'masterdata.read',
  supplier: 'masterdata.read',
};

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id,
  /** The record whose page opens: the hit itself, or for a return the delivery note it came back on. */
  openId: id,
  /** The document number, or the master record's code. */
  label: z.string(),
  /** Who or what: the customer (or carrier, payer, counterparty), or the master record's name. */
  name: z.string().nullable(),
  /** A second line: the project, the spec, the subject. */
  detail: z.string().nullable(),
  date: z.string().nullable(),
  /** The number or code is exactly what was typed. */
  exact: z.boolean(),
});
export type SearchHit = z.output<typeof searchHit>;

export const searchGroup = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** How many match in all; `hits` holds the best few. */
  total: z.number().int().min(0),
  hits: z.array(searchHit),
});
export type SearchGroup = z.output<typeof searchGroup>;

export const searchChannels = {
  /**
   * One box for everything (Ctrl+K): document numbers (and the customer's PO, a waybill, a bank reference),
   * customers, products and suppliers by code, name or pinyin initials. Grouped by kind, the best `limit` of each
   * (exact number first, then numbers starting with the text, newest first); groups holding an exact match come
   * first. Only the kinds the user may read are searched.
   */
  'search.global': query(
    'session',
    z.object({
      q: z.string().trim().min(1).max(100),
      limit: z.number().int().min(1).max(20).default(5),
    }),
    z.object({ groups: z.array(searchGroup) }),
  ),
};
