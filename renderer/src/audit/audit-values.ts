import { formatFen } from '@shared/money';

/** Bookkeeping fields nobody reads in a history. */
const HIDDEN = new Set(['version', 'lockVersion', 'updatedAt', 'createdAt', 'id']);

/** Fields that hold integer fen in every snapshot the core records: shown as ¥ amounts, never as raw fen. */
export const MONEY_FIELDS = new Set([
  'net',
  'tax',
  'gross',
  'total',
  'cost',
  'freight',
  'adjustment',
  'creditLimit',
  'openDelivered',
  'overdue',
  'thisNotice',
  'exposure',
  'openInvoices',
  'unapplied',
  'deliveredNotInvoiced',
  'noticesNotDelivered',
  'extra',
  'orderedGross',
  'deliveredGross',
  'returnedGross',
  'quotedAmount',
  'insuredValue',
  'insuranceFee',
  'cod',
  'minimum',
  'maxAmount',
  'absorbed',
]);

/** Fields recorded as a code, and where their names are (`<prefix>.<code>`). */
export const ENUM_NAMES: Record<string, string> = {
  deliveryState: 'invoices.deliveryStates',
  orderStatus: 'orderMsg.status',
  approval: 'directOrders.approvalStates',
};

/** The punctuation between a value's parts: the UI passes its language's (wording.*); Chinese by default. */
export interface Punctuation {
  listSep: string;
  colon: string;
  comma: string;
}
const CHINESE_PUNCTUATION: Punctuation = { listSep: '、', colon: '：', comma: '，' };

/**
 * A recorded value as people read it: objects as their fields (named through `label`), lists by
 * their names, money fields as yuan with two decimals.
 */
export function show(
  value: unknown,
  label: (field: string) => string = (f) => f,
  field?: string,
  punct: Punctuation = CHINESE_PUNCTUATION,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && field !== undefined && MONEY_FIELDS.has(field)) return formatFen(value);
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === 'object' && v && 'name' in v
          ? String((v as { name: unknown }).name)
          : show(v, label, field, punct),
      )
      .join(punct.listSep);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !HIDDEN.has(k))
      .map(([k, v]) => `${label(k)}${punct.colon}${show(v, label, k, punct)}`)
      .join(punct.comma);
  }
  return String(value);
}

/** The fields that differ between two snapshots, for a readable "what changed". */
export function changedFields(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return Array.from(new Set([...Object.keys(b), ...Object.keys(a)]))
    .filter((k) => !HIDDEN.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: b[k], after: a[k] }));
}
