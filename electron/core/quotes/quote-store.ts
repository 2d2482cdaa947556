import type { Knex } from 'knex';
import { translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/rpc/envelope';
import type { TaxRate } from '../../shared/money';
import type { QuoteData, QuoteDetail, QuoteRow, QuoteStatus } from '../../shared/quotes/contract';
import { priceQuote, type CostSource, type QuoteLineKind } from '../../shared/quotes/quote-pricing';
import { addDays, daysBetween, today } from '../dates';
import { bool, int, nowIso } from '../db/rows';
import { AppError, notFound } from '../rpc/errors';
import { updateAtLockVersion } from '../db/lock-version';
import { productPrices } from './product-prices';
import { pricedLineColumns } from './priced-line-columns';

type Db = Knex | Knex.Transaction;

export interface QuoteDbRow {
  id: number;
  number: string;
  version: number;
  status: QuoteStatus;
  customer_id: number;
  customer_name: string;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  contact_address: string | null;
  project: string | null;
  quoted_by: number | null;
  quoted_by_name: string | null;
  quote_date: string;
  valid_days: number;
  valid_until: string;
  price_includes_tax: number | boolean;
  tax_statement: string | null;
  lead_time: string | null;
  payment_terms: string | null;
  warranty: string | null;
  notes: string | null;
  target_margin: string | null;
  inquiry_id: number | null;
  cost_includes_tax: number | boolean;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  cost_fen: number | string;
  revision_reason: string | null;
  sent_at: string | null;
  sent_via: string | null;
  outcome_reason: string | null;
  lock_version: number;
  created_at: string;
  updated_at: string;
}

/** A sent or approved quote past its validity reads as expired: no job has to flip it. */
export function effectiveStatus(status: QuoteStatus, validUntil: string, on = today()): QuoteStatus {
  return (status === 'approved' || status === 'sent') && validUntil < on ? 'expired' : status;
}

export const EDITABLE: readonly QuoteStatus[] = ['draft', 'rejected'];

/** The header joined with the names people read, for lists and details alike. */
export function quoteQuery(db: Db): Knex.QueryBuilder {
  return db('quotes')
    .join('customers', 'customers.id', 'quotes.customer_id')
    .leftJoin('users', 'users.id', 'quotes.quoted_by')
    .select('quotes.*', 'customers.name as customer_name', 'users.display_name as quoted_by_name');
}

export function toQuoteRow(r: QuoteDbRow): QuoteRow {
  return {
    id: r.id,
    number: r.number,
    version: r.version,
    status: effectiveStatus(r.status, r.valid_until),
    customerId: r.customer_id,
    customerName: r.customer_name,
    project: r.project,
    quoteDate: r.quote_date,
    validUntil: r.valid_until,
    daysLeft: daysBetween(today(), r.valid_until),
    gross: int(r.gross_fen),
    quotedBy: r.quoted_by_name,
    updatedAt: r.updated_at,
  };
}

export interface LineDbRow {
  kind: QuoteLineKind;
  product_id: number | null;
  name: string;
  brand: string | null;
  spec: string | null;
  unit: string;
  quantity: string;
  unit_price: string;
  tax_rate: TaxRate;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  lead_time: string | null;
  note: string | null;
}

type GoodsColumns = Pick<
  LineDbRow,
  'product_id' | 'name' | 'brand' | 'spec' | 'unit' | 'quantity' | 'unit_price' | 'tax_rate'
>;

/** A priced line's goods, as every contract names them (quotes, orders and shipping lines alike). */
export const goodsOf = (l: GoodsColumns) => ({
  productId: l.product_id,
  name: l.name,
  brand: l.brand,
  spec: l.spec,
  unit: l.unit,
  quantity: l.quantity,
  unitPrice: l.unit_price,
  taxRate: l.tax_rate,
});

/** A priced line's stored amounts in fen. */
export const amountsOf = (l: Pick<LineDbRow, 'net_fen' | 'tax_fen' | 'gross_fen'>) => ({
  net: int(l.net_fen),
  tax: int(l.tax_fen),
  gross: int(l.gross_fen),
});

interface CostDbRow {
  line_no: number | null;
  product_id: number | null;
  name: string;
  spec: string | null;
  unit: string;
  quantity: string;
  unit_cost: string;
  cost_source: CostSource;
  supplier_id: number | null;
  cost_fen: number | string;
  note: string | null;
}

export async function getQuote(db: Db, id: number): Promise<QuoteDetail> {
  const r = (await quoteQuery(db).where('quotes.id', id).first()) as QuoteDbRow | undefined;
  if (!r) throw notFound('quote', id);
  const lines = (await db('quote_lines').where({ quote_id: id }).orderBy('position')) as LineDbRow[];
  const costLines = (await db('quote_cost_lines').where({ quote_id: id }).orderBy('position')) as CostDbRow[];
  const approvals = (await db('quote_approvals').where({ quote_id: id }).orderBy('id')) as {
    action: string;
    user_name: string | null;
    comment: string | null;
    reasons: string;
    at: string;
  }[];
  const prices = await productPrices(
    db,
    lines.map((l) => l.product_id),
  );
  const listPriceOf = (l: LineDbRow) => (l.product_id !== null ? (prices.get(l.product_id)?.listPrice ?? null) : null);
  const pricing = priceQuote({
    priceIncludesTax: bool(r.price_includes_tax),
    costIncludesTax: bool(r.cost_includes_tax),
    targetMargin: r.target_margin,
    lines: lines.map((l) => ({
      kind: l.kind,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      taxRate: l.tax_rate,
      listPrice: listPriceOf(l),
    })),
    costLines: costLines.map((c) => ({ lineNo: c.line_no, quantity: c.quantity, unitCost: c.unit_cost })),
  });
  const status = effectiveStatus(r.status, r.valid_until);
  return {
    ...toQuoteRow(r),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    contactAddress: r.contact_address,
    validDays: r.valid_days,
    priceIncludesTax: bool(r.price_includes_tax),
    taxStatement: r.tax_statement,
    leadTime: r.lead_time,
    paymentTerms: r.payment_terms,
    warranty: r.warranty,
    notes: r.notes,
    targetMargin: r.target_margin,
    inquiryId: r.inquiry_id,
    costIncludesTax: bool(r.cost_includes_tax),
    revisionReason: r.revision_reason,
    sentAt: r.sent_at,
    sentVia: r.sent_via,
    outcomeReason: r.outcome_reason,
    lockVersion: r.lock_version,
    totals: { net: int(r.net_fen), tax: int(r.tax_fen), gross: int(r.gross_fen) },
    cost: int(r.cost_fen),
    marginPercent: pricing.marginPercent,
    discountPercent: pricing.discountPercent,
    uncostedLines: pricing.uncostedLines,
    belowListLines: pricing.belowListLines,
    amountInWords: pricing.amountInWords,
    editable: EDITABLE.includes(status),
    lines: lines.map((l) => ({
      kind: l.kind,
      ...goodsOf(l),
      leadTime: l.lead_time,
      note: l.note,
      ...amountsOf(l),
      listPrice: listPriceOf(l),
    })),
    costLines: costLines.map((c) => ({
      lineNo: c.line_no,
      productId: c.product_id,
      name: c.name,
      spec: c.spec,
      unit: c.unit,
      quantity: c.quantity,
      unitCost: c.unit_cost,
      costSource: c.cost_source,
      supplierId: c.supplier_id,
      note: c.note,
      cost: int(c.cost_fen),
    })),
    approvals: approvals.map((a) => ({
      action: a.action,
      userName: a.user_name,
      comment: a.comment,
      reasons: JSON.parse(a.reasons) as string[],
      at: a.at,
    })),
  };
}

/** The quote's own columns from the user's data, priced: totals are sums of the rounded lines. */
function headerColumns(d: QuoteData) {
  const pricing = priceQuote(d);
  return {
    pricing,
    columns: {
      customer_id: d.customerId,
      contact_name: d.contactName,
      contact_phone: d.contactPhone,
      contact_email: d.contactEmail,
      contact_address: d.contactAddress,
      project: d.project,
      quote_date: d.quoteDate,
      valid_days: d.validDays,
      valid_until: addDays(d.quoteDate, d.validDays),
      price_includes_tax: d.priceIncludesTax,
      tax_statement: d.taxStatement,
      lead_time: d.leadTime,
      payment_terms: d.paymentTerms,
      warranty: d.warranty,
      notes: d.notes,
      target_margin: d.targetMargin,
      inquiry_id: d.inquiryId,
      cost_includes_tax: d.costIncludesTax,
      net_fen: pricing.totals.net,
      tax_fen: pricing.totals.tax,
      gross_fen: pricing.totals.gross,
      cost_fen: pricing.cost,
    },
  };
}

async function writeLines(
  trx: Knex.Transaction,
  quoteId: number,
  d: QuoteData,
  pricing: ReturnType<typeof priceQuote>,
): Promise<void> {
  await trx('quote_lines').where({ quote_id: quoteId }).delete();
  await trx('quote_lines').insert(
    d.lines.map((l, i) => ({
      ...pricedLineColumns(i + 1, l, pricing.lines[i]!),
      quote_id: quoteId,
      lead_time: l.leadTime,
      note: l.note,
    })),
  );
  await writeCostLines(
    trx,
    quoteId,
    d.costLines.map((c, i) => ({
      quote_id: quoteId,
      position: i + 1,
      line_no: c.lineNo,
      product_id: c.productId,
      name: c.name,
      spec: c.spec,
      unit: c.unit,
      quantity: c.quantity,
      unit_cost: c.unitCost,
      cost_source: c.costSource,
      supplier_id: c.supplierId,
      cost_fen: pricing.costLines[i]!.cost,
      note: c.note,
    })),
  );
}

/**
 * A quote's cost lines rewritten in place, position by position: a line keeps its id while it stays, so an RFQ
 * item asking the price of it still points at it after the quote is edited. Lines gone are let go by such items.
 */
async function writeCostLines(trx: Knex.Transaction, quoteId: number, rows: Record<string, unknown>[]): Promise<void> {
  const ids = (await trx('quote_cost_lines').where({ quote_id: quoteId }).orderBy('position').pluck('id')) as number[];
  for (const [i, row] of rows.entries()) {
    if (i < ids.length) await trx('quote_cost_lines').where({ id: ids[i] }).update(row);
    else await trx('quote_cost_lines').insert(row);
  }
  const gone = ids.slice(rows.length);
  if (gone.length) {
    await trx('rfq_items').whereIn('quote_cost_line_id', gone).update({ quote_cost_line_id: null });
    await trx('quote_cost_lines').whereIn('id', gone).delete();
  }
}

export async function insertQuote(
  trx: Knex.Transaction,
  d: QuoteData,
  header: { number: string; version: number; quotedBy: number | null; revisionReason: string | null },
): Promise<number> {
  const { pricing, columns } = headerColumns(d);
  const now = nowIso();
  const [row] = (await trx('quotes')
    .insert({
      ...columns,
      number: header.number,
      version: header.version,
      status: 'draft',
      quoted_by: header.quotedBy,
      revision_reason: header.revisionReason,
      lock_version: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  await writeLines(trx, row!.id, d, pricing);
  return row!.id;
}

/** Replaces an editable quote's content; a rejected quote edited goes back to draft. */
export async function replaceQuote(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  d: QuoteData,
): Promise<void> {
  const { pricing, columns } = headerColumns(d);
  await updateAtLockVersion(trx, 'quotes', 'quote', id, lockVersion, { ...columns, status: 'draft' });
  await writeLines(trx, id, d, pricing);
}

/** The detail back as the input it was made from: what a revision starts from. */
export function toQuoteData(q: QuoteDetail): QuoteData {
  return {
    customerId: q.customerId,
    contactName: q.contactName,
    contactPhone: q.contactPhone,
    contactEmail: q.contactEmail,
    contactAddress: q.contactAddress,
    project: q.project,
    quoteDate: q.quoteDate,
    validDays: q.validDays,
    priceIncludesTax: q.priceIncludesTax,
    taxStatement: q.taxStatement,
    leadTime: q.leadTime,
    paymentTerms: q.paymentTerms,
    warranty: q.warranty,
    notes: q.notes,
    targetMargin: q.targetMargin,
    inquiryId: q.inquiryId,
    costIncludesTax: q.costIncludesTax,
    lines: q.lines.map(({ net: _n, tax: _t, gross: _g, listPrice: _l, ...l }) => l),
    costLines: q.costLines.map(({ cost: _c, ...c }) => c),
  };
}

/** Refuses an action the quote's status does not allow, naming both in the user's words. */
export function expectStatus(locale: Locale, q: QuoteDetail, allowed: readonly QuoteStatus[], action: string): void {
  if (!allowed.includes(q.status)) {
    throw new AppError('CONFLICT', 'errors.quoteWrongStatus', {
      status: translate(locale, `quoteStatus.${q.status}`),
      action: translate(locale, `quoteAction.${action}`),
    });
  }
}
