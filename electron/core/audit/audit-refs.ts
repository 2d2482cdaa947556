import type { Knex } from 'knex';
import type { AuditRow } from '../../shared/audit/contract';
import { ENTITY_REFS, refKey, refKindOf, type RefKind } from '../../shared/audit/refs';

type Db = Knex | Knex.Transaction;
type Named = { id: number; label: string };

type Namer = (db: Db, ids: number[]) => Promise<Named[]>;

/** Records named by one column: a number, a name, a file name. */
const byColumn =
  (table: string, column: string): Namer =>
  (db, ids) =>
    db(table).whereIn('id', ids).select('id', `${column} as label`);

/** Goods (a product or a document's line) named by name and spec, as people tell them apart. */
const byNameAndSpec =
  (table: string): Namer =>
  async (db, ids) =>
    (
      (await db(table).whereIn('id', ids).select('id', 'name', 'spec')) as {
        id: number;
        name: string;
        spec: string | null;
      }[]
    ).map((r) => ({ id: r.id, label: [r.name, r.spec].filter(Boolean).join(' ') }));

/** How each kind of record is named in a history. */
const NAMERS: Record<RefKind, Namer> = {
  customer: byColumn('customers', 'name'),
  supplier: byColumn('suppliers', 'name'),
  carrier: byColumn('carriers', 'name'),
  user: byColumn('users', 'display_name'),
  quoteFormat: byColumn('quote_formats', 'name'),
  order: byColumn('sales_orders', 'number'),
  inquiry: byColumn('inquiries', 'number'),
  register: byColumn('register_entries', 'number'),
  notice: byColumn('delivery_notices', 'number'),
  note: byColumn('delivery_notes', 'number'),
  deliveryReturn: byColumn('delivery_returns', 'number'),
  run: byColumn('dispatch_runs', 'number'),
  consignment: byColumn('consignments', 'number'),
  freightSettlement: byColumn('freight_settlements', 'number'),
  invoice: byColumn('invoices', 'number'),
  receipt: byColumn('receipts', 'number'),
  acceptanceBill: byColumn('acceptance_bills', 'bill_no'),
  supplierInvoice: byColumn('supplier_invoices', 'number'),
  supplierPayment: byColumn('supplier_payments', 'number'),
  rfq: byColumn('rfqs', 'number'),
  purchaseOrder: byColumn('purchase_orders', 'number'),
  goodsReceipt: byColumn('goods_receipts', 'number'),
  internalTransfer: byColumn('internal_transfers', 'number'),
  attachment: byColumn('attachments', 'filename'),
  tender: byColumn('tenders', 'project_name'),
  libraryItem: byColumn('library_items', 'title'),
  bidPackage: byColumn('bid_packages', 'title'),
  bidTemplate: byColumn('bid_templates', 'name'),
  // A lot reads as its number and name (包1 生活供水设备).
  tenderLot: async (db, ids) =>
    (
      (await db('tender_lots').whereIn('id', ids).select('id', 'lot_no', 'name')) as {
        id: number;
        lot_no: string;
        name: string;
      }[]
    ).map((r) => ({ id: r.id, label: `${r.lot_no} ${r.name}` })),
  // A manager's credit release reads as the reason given.
  creditRelease: byColumn('credit_releases', 'reason'),
  product: byNameAndSpec('products'),
  orderLine: byNameAndSpec('sales_order_lines'),
  noticeLine: byNameAndSpec('delivery_notice_lines'),
  noteLine: byNameAndSpec('delivery_note_lines'),
  invoiceLine: byNameAndSpec('invoice_lines'),
  quoteCostLine: byNameAndSpec('quote_cost_lines'),
  rfqItem: byNameAndSpec('rfq_items'),
  poLine: byNameAndSpec('purchase_order_lines'),
  // An offer reads as the supplier and the goods it offers.
  supplierProduct: async (db, ids) =>
    (
      (await db('supplier_products')
        .join('suppliers', 'suppliers.id', 'supplier_products.supplier_id')
        .join('products', 'products.id', 'supplier_products.product_id')
        .whereIn('supplier_products.id', ids)
        .select(
          'supplier_products.id as id',
          'suppliers.name as supplier',
          'products.name as name',
          'products.spec',
        )) as {
        id: number;
        supplier: string;
        name: string;
        spec: string | null;
      }[]
    ).map((r) => ({ id: r.id, label: [r.supplier, r.name, r.spec].filter(Boolean).join(' ') })),
  // A supplier's answer to one item reads as the RFQ, the supplier and the goods.
  rfqAnswerLine: async (db, ids) =>
    (
      (await db('rfq_answer_lines')
        .join('rfq_items', 'rfq_items.id', 'rfq_answer_lines.rfq_item_id')
        .join('rfqs', 'rfqs.id', 'rfq_items.rfq_id')
        .join('rfq_answers', 'rfq_answers.id', 'rfq_answer_lines.answer_id')
        .join('rfq_suppliers', 'rfq_suppliers.id', 'rfq_answers.rfq_supplier_id')
        .join('suppliers', 'suppliers.id', 'rfq_suppliers.supplier_id')
        .whereIn('rfq_answer_lines.id', ids)
        .select(
          'rfq_answer_lines.id as id',
          'rfqs.number as number',
          'suppliers.name as supplier',
          'rfq_items.name as name',
          'rfq_items.spec as spec',
        )) as { id: number; number: string; supplier: string; name: string; spec: string | null }[]
    ).map((r) => ({ id: r.id, label: [r.number, r.supplier, r.name, r.spec].filter(Boolean).join(' ') })),
  quote: async (db, ids) =>
    (
      (await db('quotes').whereIn('id', ids).select('id', 'number', 'version')) as (Named & {
        number: string;
        version: number;
      })[]
    ).map((r) => ({ id: r.id, label: `${r.number} V${r.version}` })),
  statementReply: async (db, ids) =>
    (
      (await db('statement_replies')
        .join('customers', 'customers.id', 'statement_replies.customer_id')
        .whereIn('statement_replies.id', ids)
        .select(
          'statement_replies.id as id',
          'customers.name as name',
          'statement_replies.period_from as from',
          'statement_replies.period_to as to',
        )) as { id: number; name: string; from: string; to: string }[]
    ).map((r) => ({ id: r.id, label: `${r.name} ${r.from}～${r.to}` })),
};

/** Every id a value holds, by kind: fields named for a record (`customerId`), in objects and lists at any depth. */
function collect(entity: string, value: unknown, into: Map<RefKind, Set<number>>, field: string | null = null): void {
  if (value === null || value === undefined) return;
  const kind = field === null ? null : refKindOf(entity, field);
  if (kind) {
    for (const id of Array.isArray(value) ? value : [value])
      if (typeof id === 'number' && Number.isSafeInteger(id)) into.set(kind, (into.get(kind) ?? new Set()).add(id));
    return;
  }
  if (Array.isArray(value)) for (const v of value) collect(entity, v, into, field);
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) collect(entity, v, into, k);
}

const CHUNK = 500;

/**
 * History rows with the names of the records they mention (`refs`) and of the record each is about (`entityName`),
 * read as they are now: a customer renamed since shows its present name.
 */
export async function nameAuditRefs(db: Db, rows: AuditRow[]): Promise<AuditRow[]> {
  const wanted = new Map<RefKind, Set<number>>();
  for (const row of rows) {
    collect(row.entity, row.before, wanted);
    collect(row.entity, row.after, wanted);
    const own = ENTITY_REFS[row.entity as keyof typeof ENTITY_REFS];
    if (own && row.entityId && /^\d+$/.test(row.entityId))
      wanted.set(own, (wanted.get(own) ?? new Set()).add(Number(row.entityId)));
  }
  const names = new Map<string, string>();
  for (const [kind, set] of wanted) {
    const ids = [...set];
    for (let i = 0; i < ids.length; i += CHUNK)
      for (const r of await NAMERS[kind](db, ids.slice(i, i + CHUNK))) names.set(refKey(kind, r.id), r.label);
  }
  return rows.map((row) => {
    const refs: Record<string, string> = {};
    const mine = new Map<RefKind, Set<number>>();
    collect(row.entity, row.before, mine);
    collect(row.entity, row.after, mine);
    for (const [kind, ids] of mine)
      for (const id of ids) {
        const name = names.get(refKey(kind, id));
        if (name !== undefined) refs[refKey(kind, id)] = name;
      }
    const own = ENTITY_REFS[row.entity as keyof typeof ENTITY_REFS];
    const entityName = own && row.entityId ? (names.get(refKey(own, row.entityId)) ?? null) : null;
    return { ...row, refs, entityName };
  });
}
