import type { Knex } from 'knex';
import { translate } from '../../../shared/i18n/translate';
import { Dec, parseDecimal, TAX_RATES, type TaxRate } from '../../../shared/money';
import type { PoInput } from '../../../shared/purchasing/orders/contract';
import { restateUnitPrice } from '../../../shared/quotes/quote-pricing';
import type { Locale } from '../../../shared/rpc/envelope';
import { addDays } from '../../dates';
import { bool } from '../../db/rows';
import { qtyText } from '../../deliveries/quantities';
import { AppError } from '../../rpc/errors';
import { salesOrderPurchaseOf } from './order-line-needs';

interface ChosenRow {
  item_id: number;
  position: number;
  product_id: number | null;
  name: string;
  spec: string | null;
  unit: string;
  quantity: string;
  order_line_id: number | null;
  answer_line_id: number;
  unit_price: string;
  tax_rate: string;
  lead_days: number | null;
  model: string | null;
  price_includes_tax: number | boolean;
  payment_terms: string | null;
  supplier_id: number;
  contact_id: number | null;
  order_status: string | null;
}

/**
 * The drafts an RFQ's choices make: one per winning supplier, its lines the chosen answer lines (on the basis of the
 * supplier's first chosen answer, the others restated to it), each tied to the order line its item came from for as
 * much as that line still needs.
 */
export async function posFromRfq(db: Knex | Knex.Transaction, rfqId: number, orderDate: string, locale: Locale) {
  const rfq = (await db('rfqs').where({ id: rfqId }).first('id', 'number', 'status')) as
    { id: number; number: string; status: string } | undefined;
  if (!rfq) throw new AppError('NOT_FOUND', 'poMsg.errors.noRfq');
  if (rfq.status === 'cancelled') throw new AppError('CONFLICT', 'poMsg.errors.rfqCancelled', { number: rfq.number });
  const ordered = (await db('purchase_orders')
    .where({ rfq_id: rfqId })
    .whereNot('status', 'cancelled')
    .first('number')) as { number: string } | undefined;
  if (ordered) throw new AppError('CONFLICT', 'poMsg.errors.rfqOrdered', { number: rfq.number, po: ordered.number });
  const chosen = (await db('rfq_choices')
    .join('rfq_items', 'rfq_items.id', 'rfq_choices.rfq_item_id')
    .join('rfq_answer_lines', 'rfq_answer_lines.id', 'rfq_choices.answer_line_id')
    .join('rfq_answers', 'rfq_answers.id', 'rfq_answer_lines.answer_id')
    .join('rfq_suppliers', 'rfq_suppliers.id', 'rfq_answers.rfq_supplier_id')
    .leftJoin('sales_order_lines', 'sales_order_lines.id', 'rfq_items.order_line_id')
    .leftJoin('sales_orders', 'sales_orders.id', 'sales_order_lines.order_id')
    .where('rfq_items.rfq_id', rfqId)
    .orderBy(['rfq_suppliers.id', 'rfq_items.position', 'rfq_items.id'])
    .select(
      'rfq_items.id as item_id',
      'rfq_items.position',
      'rfq_items.product_id',
      'rfq_items.name',
      'rfq_items.spec',
      'rfq_items.unit',
      'rfq_items.quantity',
      'rfq_items.order_line_id',
      'rfq_answer_lines.id as answer_line_id',
      'rfq_answer_lines.unit_price',
      'rfq_answer_lines.tax_rate',
      'rfq_answer_lines.lead_days',
      'rfq_answer_lines.model',
      'rfq_answers.price_includes_tax',
      'rfq_answers.payment_terms',
      'rfq_suppliers.supplier_id',
      'rfq_suppliers.contact_id',
      'sales_orders.status as order_status',
    )) as ChosenRow[];
  if (!chosen.length) throw new AppError('CONFLICT', 'poMsg.errors.rfqNoChoice', { number: rfq.number });
  await servedThroughQuotes(db, chosen);

  // What each order line still needs, read once per order and handed out as the lines take it.
  const needed = new Map<number, Dec>();
  const orderIds = (await db('sales_order_lines')
    .whereIn(
      'id',
      chosen.flatMap((c) => (c.order_line_id ? [c.order_line_id] : [])),
    )
    .distinct('order_id')) as { order_id: number }[];
  for (const o of orderIds)
    for (const l of (await salesOrderPurchaseOf(db, o.order_id)).lines)
      needed.set(l.orderLineId, parseDecimal(l.needed));

  const bySupplier = new Map<number, ChosenRow[]>();
  for (const c of chosen) bySupplier.set(c.supplier_id, [...(bySupplier.get(c.supplier_id) ?? []), c]);
  const drafts: PoInput[] = [];
  for (const [supplierId, rows] of bySupplier) {
    const basis = bool(rows[0]!.price_includes_tax);
    drafts.push({
      supplierId,
      contactId: rows[0]!.contact_id,
      orderDate,
      expectedDate: null,
      priceIncludesTax: basis,
      paymentTerms: rows[0]!.payment_terms,
      deliveryMode: 'to_us',
      shipOrderId: null,
      deliveryAddress: null,
      notes: translate(locale, 'poMsg.text.fromRfq', { number: rfq.number }),
      lines: rows.map((r) => {
        const quantity = parseDecimal(r.quantity);
        const free =
          r.order_line_id && ['confirmed', 'partial'].includes(r.order_status ?? '')
            ? needed.get(r.order_line_id)
            : undefined;
        const take = free ? Dec.min(free, quantity) : new Dec(0);
        if (r.order_line_id && take.greaterThan(0)) needed.set(r.order_line_id, free!.minus(take));
        const taxRate = (TAX_RATES as readonly string[]).includes(r.tax_rate) ? (r.tax_rate as TaxRate) : '0.13';
        return {
          productId: r.product_id,
          name: r.name,
          spec: r.spec,
          unit: r.unit,
          model: r.model,
          quantity: r.quantity,
          unitPrice: restateUnitPrice(r.unit_price, r.tax_rate, bool(r.price_includes_tax), basis),
          taxRate,
          expectedDate: r.lead_days !== null ? addDays(orderDate, r.lead_days) : null,
          overReason:
            take.greaterThan(0) && take.lessThan(quantity)
              ? translate(locale, 'poMsg.text.rfqQuantity', {
                  number: rfq.number,
                  extra: qtyText(quantity.minus(take)),
                })
              : null,
          notes: null,
          rfqAnswerLineId: r.answer_line_id,
          allocations: take.greaterThan(0) ? [{ orderLineId: r.order_line_id!, quantity: qtyText(take) }] : [],
        };
      }),
    });
  }
  return drafts;
}

/**
 * An item asked from a quote's cost sheet serves the order that quote became: the order line standing where the cost
 * line's quote line stood, when it holds the same product. (A quote revised after the RFQ was asked is another
 * quote: its order is not guessed, the PO line is left for the purchaser to allocate.)
 */
async function servedThroughQuotes(db: Knex | Knex.Transaction, chosen: ChosenRow[]): Promise<void> {
  const open = chosen.filter((c) => c.order_line_id === null);
  if (!open.length) return;
  const found = (await db('rfq_items')
    .join('quote_cost_lines', 'quote_cost_lines.id', 'rfq_items.quote_cost_line_id')
    .join('sales_orders', 'sales_orders.quote_id', 'quote_cost_lines.quote_id')
    .join('sales_order_lines', function () {
      this.on('sales_order_lines.order_id', '=', 'sales_orders.id').andOn(
        'sales_order_lines.position',
        '=',
        'quote_cost_lines.line_no',
      );
    })
    .whereIn(
      'rfq_items.id',
      open.map((c) => c.item_id),
    )
    .select(
      'rfq_items.id as item_id',
      'sales_order_lines.id as order_line_id',
      'sales_order_lines.product_id as order_product_id',
      'quote_cost_lines.product_id as cost_product_id',
      'sales_orders.status as order_status',
    )) as {
    item_id: number;
    order_line_id: number;
    order_product_id: number | null;
    cost_product_id: number | null;
    order_status: string;
  }[];
  for (const f of found) {
    if (f.order_product_id !== null && f.cost_product_id !== null && f.order_product_id !== f.cost_product_id) continue;
    for (const c of open.filter((x) => x.item_id === f.item_id)) {
      c.order_line_id = f.order_line_id;
      c.order_status = f.order_status;
    }
  }
}
