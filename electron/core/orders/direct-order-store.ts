import type { Knex } from 'knex';
import { parseDecimal } from '../../shared/money';
import type { DirectOrderData, DirectOrderDetail, OrderApprovalState } from '../../shared/orders/direct-contract';
import type { OrderDetail } from '../../shared/orders/contract';
import { priceQuote } from '../../shared/quotes/quote-pricing';
import type { Locale } from '../../shared/rpc/envelope';
import { documentFiles } from '../attachments/document-files';
import { updateAtLockVersion } from '../db/lock-version';
import { nowIso } from '../db/rows';
import { approvalReasons, readApprovalRules, type ApprovalFigures } from '../quotes/approval-rules';
import { productPrices } from '../quotes/product-prices';
import { getOrder } from './order-store';
import { pricedLineColumns } from '../quotes/priced-line-columns';

type Db = Knex | Knex.Transaction;

/**
 * An order's figures as the approval rules read them: each goods line costed at its product's standard cost
 * (net; none without a product or a standard cost), prices compared with the products' list prices today.
 */
export async function orderFigures(
  db: Db,
  order: Pick<OrderDetail, 'priceIncludesTax' | 'lines' | 'totals'>,
): Promise<ApprovalFigures & { cost: number; belowListLines: number[] }> {
  const prices = await productPrices(
    db,
    order.lines.map((l) => l.productId),
  );
  const productOf = (l: { productId: number | null }) => (l.productId !== null ? prices.get(l.productId) : undefined);
  const pricing = priceQuote({
    priceIncludesTax: order.priceIncludesTax,
    targetMargin: null,
    lines: order.lines.map((l) => ({
      kind: l.kind,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      listPrice: productOf(l)?.listPrice ?? null,
    })),
    costLines: order.lines.flatMap((l, i) => {
      const standard = l.kind === 'item' ? productOf(l)?.standardCost : undefined;
      return standard && parseDecimal(standard).greaterThan(0)
        ? [{ lineNo: i + 1, quantity: l.quantity, unitCost: standard }]
        : [];
    }),
  });
  return {
    cost: pricing.cost,
    marginPercent: pricing.marginPercent,
    discountPercent: pricing.discountPercent,
    uncostedLines: pricing.uncostedLines,
    belowListLines: pricing.belowListLines,
    totals: order.totals,
  };
}

interface DirectDbRow {
  quote_id: number | null;
  lock_version: number;
  approval: OrderApprovalState | null;
  entered_by_name: string | null;
}

/** An order with what entering it directly adds: approval state and trail, the rules' view now, the customer's scan. */
export async function getDirectOrder(db: Db, id: number, locale: Locale): Promise<DirectOrderDetail> {
  const order = await getOrder(db, id);
  const row = (await db('sales_orders')
    .leftJoin('users', 'users.id', 'sales_orders.entered_by')
    .where('sales_orders.id', id)
    .first(
      'sales_orders.quote_id',
      'sales_orders.lock_version',
      'sales_orders.approval',
      'users.display_name as entered_by_name',
    )) as DirectDbRow;
  const figures = await orderFigures(db, order);
  const reasons = approvalReasons(figures, await readApprovalRules(db), locale);
  const approvals = (await db('order_approvals').where({ order_id: id }).orderBy('id')) as {
    action: string;
    user_name: string | null;
    comment: string | null;
    reasons: string;
    at: string;
  }[];
  return {
    ...order,
    lockVersion: row.lock_version,
    approval: row.approval,
    enteredBy: row.entered_by_name,
    editable: row.quote_id === null && order.status === 'draft' && row.approval !== 'pending',
    check: {
      cost: figures.cost,
      marginPercent: figures.marginPercent,
      discountPercent: figures.discountPercent,
      uncostedLines: figures.uncostedLines,
      belowListLines: figures.belowListLines,
      reasons,
    },
    approvals: approvals.map((a) => ({
      action: a.action,
      userName: a.user_name,
      comment: a.comment,
      reasons: JSON.parse(a.reasons) as string[],
      at: a.at,
    })),
    attachments: await documentFiles(db, 'order', id),
  };
}

/** The order's own columns from the user's data, priced like a quote: totals are sums of the rounded lines. */
function priced(d: DirectOrderData) {
  const pricing = priceQuote({
    priceIncludesTax: d.priceIncludesTax,
    targetMargin: null,
    lines: d.lines,
    costLines: [],
  });
  return {
    pricing,
    columns: {
      customer_id: d.customerId,
      customer_po: d.customerPo,
      order_date: d.orderDate,
      due_date: d.dueDate,
      delivery_address: d.deliveryAddress,
      contact_name: d.contactName,
      contact_phone: d.contactPhone,
      payment_terms: d.paymentTerms,
      price_includes_tax: d.priceIncludesTax,
      notes: d.notes,
      net_fen: pricing.totals.net,
      tax_fen: pricing.totals.tax,
      gross_fen: pricing.totals.gross,
    },
  };
}

async function writeLines(
  trx: Knex.Transaction,
  orderId: number,
  d: DirectOrderData,
  pricing: ReturnType<typeof priceQuote>,
): Promise<void> {
  await trx('sales_order_lines').where({ order_id: orderId }).delete();
  await trx('sales_order_lines').insert(
    d.lines.map((l, i) => ({
      ...pricedLineColumns(i + 1, l, pricing.lines[i]!),
      order_id: orderId,
      due_date: l.dueDate ?? d.dueDate,
    })),
  );
}

export async function insertDirectOrder(
  trx: Knex.Transaction,
  d: DirectOrderData,
  header: { number: string; enteredBy: number | null },
): Promise<number> {
  const { pricing, columns } = priced(d);
  const now = nowIso();
  const [row] = (await trx('sales_orders')
    .insert({
      ...columns,
      number: header.number,
      quote_id: null,
      status: 'draft',
      approval: null,
      entered_by: header.enteredBy,
      // Whoever takes the customer's order by phone or fax is its salesperson until someone changes it.
      salesperson_id: header.enteredBy,
      lock_version: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  await writeLines(trx, row!.id, d, pricing);
  return row!.id;
}

/** Replaces a draft's content; an earlier approval or rejection was about the old content, so it is cleared. */
export async function replaceDirectOrder(
  trx: Knex.Transaction,
  id: number,
  lockVersion: number,
  d: DirectOrderData,
): Promise<void> {
  const { pricing, columns } = priced(d);
  await updateAtLockVersion(trx, 'sales_orders', 'order', id, lockVersion, { ...columns, approval: null });
  await writeLines(trx, id, d, pricing);
}

/** What the history keeps of an order's content: the words people read, lines by name, quantity and price. */
export function orderAuditView(o: DirectOrderDetail) {
  return {
    customerName: o.customerName,
    customerPo: o.customerPo,
    orderDate: o.orderDate,
    dueDate: o.dueDate,
    deliveryAddress: o.deliveryAddress,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    paymentTerms: o.paymentTerms,
    priceIncludesTax: o.priceIncludesTax,
    notes: o.notes,
    lines: o.lines.map((l) => ({
      name: [l.name, l.spec, `× ${l.quantity}`, `@ ${l.unitPrice}`].filter(Boolean).join(' '),
    })),
    gross: o.totals.gross,
  };
}
