import { z } from 'zod';
import { query } from '../rpc/channel';
import { text } from '../rpc/fields';

/**
 * The lists 导出 reaches, each by its list channel: the export re-runs that channel's query (same filters,
 * search and sort, every page) under that channel's permission. The value names the list's sheet and file.
 */
export const EXPORTABLE_LISTS = {
  'quotes.list': 'quotes',
  'inquiries.list': 'inquiries',
  'orders.list': 'orders',
  'register.list': 'register',
  'deliveries.notices.list': 'notices',
  'deliveries.notes.list': 'notes',
  'dispatch.runs.list': 'runs',
  'dispatch.consignments.list': 'consignments',
  'dispatch.freight.list': 'freight',
  'carriers.list': 'carriers',
  'invoices.list': 'invoices',
  'invoices.unacknowledged': 'unacknowledged',
  'receipts.list': 'receipts',
  'bills.list': 'bills',
  'collections.overdue': 'overdue',
  'audit.list': 'audit',
} as const;
export type ExportableList = keyof typeof EXPORTABLE_LISTS;
export const EXPORTABLE_LIST_NAMES = Object.keys(EXPORTABLE_LISTS) as [ExportableList, ...ExportableList[]];

export function isExportableList(channel: string): channel is ExportableList {
  return Object.prototype.hasOwnProperty.call(EXPORTABLE_LISTS, channel);
}

/**
 * How a column's values are written: text as it is; numbers as numbers; money (integer fen) as yuan numbers
 * shown with two decimals; dates as text; timestamps as local date and time text; flags as 是/否; enums by the
 * labels sent with the column; tax rates as percentages.
 */
export const EXPORT_CELL_KINDS = ['text', 'number', 'money', 'date', 'timestamp', 'bool', 'enum', 'percent'] as const;
export type ExportCellKind = (typeof EXPORT_CELL_KINDS)[number];

export const exportColumn = z.object({
  /** The row field (a.b for a nested one) the list shows in this column. */
  field: z
    .string()
    .max(60)
    .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, { error: 'exportMsg.validation.field' }),
  /** The column's heading as the user sees it, in the user's language. */
  label: text(80),
  kind: z.enum(EXPORT_CELL_KINDS).default('text'),
  /** An enum column's code -> label, as the list shows them. */
  values: z.record(z.string().max(60), z.string().max(120)).optional(),
});
export type ExportColumn = z.input<typeof exportColumn>;

/** A client-made id to ask after a running export's progress with. */
const exportId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'exportMsg.validation.exportId' });

/** More rows than this is not a list anyone reads in Excel; the user is asked to narrow the filter. */
export const MAX_EXPORT_ROWS = 200_000;

export const listExportChannels = {
  /** Every row of a list for its filters, search and sort (all pages), as an xlsx of the columns shown. */
  'export.list': query(
    'session',
    z.object({
      list: z.enum(EXPORTABLE_LIST_NAMES),
      /** The list channel's own input; page and page size are ignored. */
      input: z.record(z.string(), z.unknown()).default({}),
      columns: z.array(exportColumn).min(1).max(60),
      exportId,
      /** Minutes east of UTC where the user is, for timestamps. */
      utcOffset: z.number().int().min(-840).max(840).default(0),
    }),
    z.object({ filename: z.string(), dataBase64: z.string(), rows: z.number().int() }),
  ),
  /** How far a running export has got: rows read of the list's total. */
  'export.progress': query(
    'session',
    z.object({ exportId }),
    z.object({ done: z.number().int(), total: z.number().int(), running: z.boolean() }),
  ),
};
