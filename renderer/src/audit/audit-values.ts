import { refKey, refKindOf } from '@shared/audit/refs';
import { Dec, formatFen, formatPrice, formatQuantity } from '@shared/money';

/** Bookkeeping fields nobody reads in a history. */
export const HIDDEN_FIELDS = new Set([
  'version',
  'lockVersion',
  'updatedAt',
  'createdAt',
  'id',
  'allocationId',
  // An upload's file type: its file name already says it.
  'mime',
]);

/** Fields that hold integer fen in every snapshot the core records: shown as ¥ amounts, never as raw fen. */
export const MONEY_FIELDS = new Set([
  'totalFen',
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
  'amount',
  'fee',
  'open',
  'redRemaining',
  'sales',
  'collection',
  'planned',
  'closing',
  'opening',
  'theirBalance',
  'promisedFen',
  'discountInterest',
  'allocated',
  'budget',
  'winningPrice',
  'bidPrice',
  'caseAmount',
]);

/** Decimal text that is a unit price or a rate per unit: shown as prices are everywhere. */
export const PRICE_FIELDS = new Set(['unitPrice', 'listPrice', 'standardCost', 'unitCost', 'competitorPrice', 'rate']);
/** Decimal text that is a quantity. */
export const QUANTITY_FIELDS = new Set([
  'quantity',
  'onNotes',
  'remaining',
  'returned',
  'redeliverable',
  'discrepancyQty',
  'ordered',
  'noticed',
  'outstanding',
  'closedShort',
  'arrived',
  'accepted',
  'damaged',
  'wrong',
  'owed',
]);
/** A tax rate recorded as a fraction ('0.13'): shown as 13%. */
const RATE_FIELDS = new Set(['taxRate']);
/** Percentages recorded as numbers of percent ('21.80'): shown with their sign. */
const PERCENT_FIELDS = new Set([
  'marginPercent',
  'discountPercent',
  'targetMargin',
  'minMarginPercent',
  'maxDiscountPercent',
]);

/**
 * Fields recorded as a code, and where their names are (`<prefix>.<code>`): by the kind of record whose history it
 * is, '*' for any. A code not named under its own record's prefix is looked for under the field's other prefixes
 * (a run's history holds its notes' states).
 */
export const ENUM_NAMES: Record<string, Record<string, string>> = {
  status: {
    quote: 'quoteStatus',
    order: 'orderMsg.status',
    inquiry: 'inquiryStatus',
    deliveryNotice: 'noticeStatus',
    delivery: 'noteStatus',
    dispatchRun: 'runStatus',
    consignment: 'consignmentStatus',
    supplierPayment: 'payablesMsg.paymentStatus',
    purchaseOrder: 'poMsg.status',
    goodsReceipt: 'poMsg.receiptStatus',
    rfq: 'rfqMsg.status',
    tender: 'tenderMsg.status',
    bidPackage: 'bidPackages.status',
  },
  deliveryMode: { '*': 'poMsg.deliveryMode' },
  place: { '*': 'poMsg.place' },
  orderStatus: { '*': 'orderMsg.status' },
  outcome: { '*': 'quoteStatus' },
  to: { '*': 'noteStatus' },
  approval: { '*': 'directOrders.approvalStates' },
  deliveryState: { '*': 'invoices.deliveryStates' },
  invoiceState: { '*': 'invoices.deliveryStates' },
  role: { '*': 'roles' },
  locale: { '*': 'auditText.locales' },
  source: { product: 'products', supplierProduct: 'catalogueMsg.source', '*': 'directOrders.source' },
  origin: { '*': 'rfqMsg.origin' },
  evaluationMethod: { '*': 'tenderMsg.evaluationMethod' },
  paidBy: { '*': 'tenderMsg.paidBy' },
  result: { '*': 'tenderMsg.status' },
  fileRole: { '*': 'libraryMsg.fileRole' },
  expiry: { '*': 'libraryMsg.expiry' },
  paper: { '*': 'deliveries.papers' },
  partMode: { '*': 'deliveries.partModes' },
  type: { settings: 'settings.docTypes', '*': 'invoices.types' },
  kind: {
    quote: 'quotes.kinds',
    order: 'quotes.kinds',
    register: 'register.kinds',
    delivery: 'deliveries.kinds',
    acceptanceBill: 'receipts.kinds',
    receipt: 'receipts.kinds',
    import: 'excelImport.files',
    supplierProduct: 'catalogueMsg.fileKind',
    libraryItem: 'libraryMsg.kind',
    bidPackage: 'bidPackages.kinds',
  },
  discrepancy: { '*': 'deliveries.kinds' },
  problems: { '*': 'deliveries.problems' },
  state: { bidPackage: 'bidPackages.check', '*': 'receiptMsg.billState' },
  method: { '*': 'receiptMsg.method' },
  payMethod: { '*': 'payablesMsg.method' },
  costSource: { '*': 'quotes.sources' },
  via: { quote: 'quotes.sendWays', consignment: 'dispatch.notifyWays', '*': 'register.ways' },
  way: { quote: 'quotes.ways', invoice: 'invoiceSending.ways', customer: 'receivables.collections.ways' },
  lastReminderWay: { '*': 'invoiceSending.ways' },
  channel: { rfq: 'rfqMsg.channel', '*': 'inquiries.channels' },
  orientation: { '*': 'quotes' },
  sealPosition: { '*': 'auditText.sealPositions' },
  key: { '*': 'quotes.columns' },
  terms: { '*': 'quotes.terms' },
  reasons: { '*': 'receivables.reasons' },
  field: { order: 'orderLife.lineFields', '*': 'orderLife.terms' },
  direction: { bidPackage: 'bidPackages.directions', '*': 'register.directions' },
  basis: { carrier: 'dispatch.bases', '*': 'receivables.ageing.bases' },
  overdueBasis: { '*': 'receivables.ageing.bases' },
  ageingBasis: { '*': 'receivables.ageing.bases' },
  payment: { '*': 'dispatch.payments' },
  handover: { '*': 'dispatch.handovers' },
  notifiedVia: { '*': 'dispatch.notifyWays' },
  redReason: { '*': 'invoices.red.reasons' },
  reason: { invoice: 'invoices.red.reasons' },
  mode: { '*': 'invoices.red.modes' },
  checkpoint: { '*': 'deliveries' },
  reply: { '*': 'receivables.ageing.statements.replyKinds' },
  generator: { '*': 'bidPackages.generators' },
  sheet: { '*': 'bidPackages.sheets' },
  deviation: { '*': 'bidPackages.deviation' },
  problem: { '*': 'bidPackages.problems' },
};

/** The name keys a code may have in this record's history, its own record's first. */
export function codeNameKeys(entity: string, field: string, code: string): string[] {
  const prefixes = ENUM_NAMES[field];
  if (!prefixes) return [];
  const ordered = [prefixes[entity], prefixes['*'], ...Object.values(prefixes)].filter((p): p is string => !!p);
  return [...new Set(ordered)].map((p) => `${p}.${code}`);
}

/** The punctuation between a value's parts: the UI passes its language's (wording.*); Chinese by default. */
export interface Punctuation {
  listSep: string;
  colon: string;
  comma: string;
}
const CHINESE_PUNCTUATION: Punctuation = { listSep: '、', colon: '：', comma: '，' };

/** What a history row's values are read with: whose history, the names of the records it mentions, the UI's words. */
export interface ValueNames {
  /** The kind of record whose history it is (`quote`, `delivery`...). */
  entity: string;
  /** A field's label. */
  label(field: string): string;
  /** A message by key, or null when there is none. */
  text(key: string): string | null;
  /** Names of the records the row mentions (AuditRow.refs). */
  refs: Record<string, string>;
  /** What an id whose record is gone shows. */
  gone: string;
  punct: Punctuation;
}

const BARE: ValueNames = {
  entity: '',
  label: (f) => f,
  text: () => null,
  refs: {},
  gone: '—',
  punct: CHINESE_PUNCTUATION,
};

function figure(field: string, value: string): string | null {
  try {
    if (PRICE_FIELDS.has(field)) return formatPrice(value);
    if (QUANTITY_FIELDS.has(field)) return formatQuantity(value);
  } catch {
    return null; // free text in a field of that name: shown as it is
  }
  if (RATE_FIELDS.has(field) && /^0(\.\d+)?$/.test(value))
    return `${formatQuantity(new Dec(value).times(100).toFixed())}%`;
  if (PERCENT_FIELDS.has(field) && /^\d+(\.\d+)?$/.test(value)) return `${value}%`;
  return null;
}

/**
 * A recorded value as people read it: objects as their fields (named through `label`), lists by their names, money
 * as yuan with separators, prices and quantities as everywhere, codes by their names, ids by their records' names.
 */
export function show(value: unknown, names: Partial<ValueNames> = {}, field?: string): string {
  const n = { ...BARE, ...names };
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  const kind = field === undefined ? null : refKindOf(n.entity, field);
  if (kind && (typeof value === 'number' || Array.isArray(value)))
    return (Array.isArray(value) ? value : [value])
      .map((id) => n.refs[refKey(kind, String(id))] ?? n.gone)
      .join(n.punct.listSep);
  if (typeof value === 'number' && field !== undefined && MONEY_FIELDS.has(field)) return formatFen(value);
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === 'object' && v && 'name' in v ? String((v as { name: unknown }).name) : show(v, n, field),
      )
      .join(n.punct.listSep);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !HIDDEN_FIELDS.has(k))
      .map(([k, v]) => `${n.label(k)}${n.punct.colon}${show(v, n, k)}`)
      .join(n.punct.comma);
  }
  if (typeof value === 'string' && field !== undefined) {
    for (const key of codeNameKeys(n.entity, field, value)) {
      const name = n.text(key);
      if (name !== null) return name;
    }
    const shown = figure(field, value);
    if (shown !== null) return shown;
  }
  return String(value);
}

/** Missing and empty are the same to a reader: no change between them. */
const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

/** The fields that differ between two snapshots, for a readable "what changed". */
export function changedFields(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return Array.from(new Set([...Object.keys(b), ...Object.keys(a)]))
    .filter((k) => !HIDDEN_FIELDS.has(k) && !same(b[k], a[k]))
    .map((k) => ({ field: k, before: b[k], after: a[k] }));
}
