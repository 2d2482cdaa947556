import type { Knex } from 'knex';
import { Dec, parseDecimal } from '../../shared/money';
import type { OrderDetail, OrderLineOut } from '../../shared/orders/contract';
import type { FieldError } from '../../shared/rpc/envelope';
import type { OrderBeforeChange, OrderChangeData, OrderChangeItem } from '../../shared/orders/lifecycle-contract';
import { priceQuote } from '../../shared/quotes/quote-pricing';
import { updateAtLockVersion } from '../db/lock-version';
import { nowIso } from '../db/rows';
import { orderProgressOf } from '../deliveries/progress';
import { qtyText } from '../deliveries/quantities';
import { AppError } from '../rpc/errors';
import { summarizeChange, type LineAfter } from './change-summary';
import { expectOrderStatus } from './order-ending';
import { pricedLineColumns } from '../quotes/priced-line-columns';

/** Tables whose rows name an order line: a line any of them uses stays on the order. */
const LINE_USERS = [
  'delivery_notice_lines',
  'delivery_note_charges',
  'delivery_return_charges',
  'invoice_lines',
] as const;

export const beforeOf = (o: OrderDetail): OrderBeforeChange => ({
  terms: {
    dueDate: o.dueDate,
    deliveryAddress: o.deliveryAddress,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    paymentTerms: o.paymentTerms,
  },
  lines: o.lines,
  totals: o.totals,
});

/** Per goods line, what notices took and still hold (ordered less what a new notice may take): its floor. */
async function takenByLine(trx: Knex.Transaction, orderId: number): Promise<Map<number, Dec>> {
  const progress = await orderProgressOf(trx, orderId);
  return new Map(
    progress.lines.map((l) => [
      l.orderLineId,
      Dec.max(parseDecimal(l.ordered).minus(parseDecimal(l.available)), parseDecimal(l.delivered)),
    ]),
  );
}

async function inUse(trx: Knex.Transaction, lineId: number): Promise<boolean> {
  for (const table of LINE_USERS) if (await trx(table).where({ order_line_id: lineId }).first('id')) return true;
  return false;
}

/**
 * Every line of the input checked against the order: its own, once, same kind, never below what notices hold. All
 * problems go to their fields at once; the message names the first (a quantity's with the line, floor and unit).
 */
async function checkLines(trx: Knex.Transaction, order: OrderDetail, data: OrderChangeData): Promise<void> {
  const taken = await takenByLine(trx, order.id);
  const fields: FieldError[] = [];
  const messages: { key: string; vars: Record<string, string> }[] = [];
  const problem = (path: string, key: string, message = key, vars: Record<string, string> = {}) => {
    fields.push({ path, message });
    messages.push({ key, vars });
  };
  const seen = new Set<number>();
  data.lines.forEach((line, i) => {
    if (line.orderLineId === null) return;
    const old = order.lines.find((l) => l.id === line.orderLineId);
    if (!old) return problem(`lines.${i}.orderLineId`, 'orderMsg.errors.notThisOrder');
    if (seen.has(old.id)) return problem(`lines.${i}.orderLineId`, 'orderMsg.errors.lineTwice');
    seen.add(old.id);
    if (old.kind !== line.kind) return problem(`lines.${i}.kind`, 'orderMsg.errors.kindFixed');
    const min = taken.get(old.id);
    if (min && parseDecimal(line.quantity).lessThan(min))
      problem(`lines.${i}.quantity`, 'orderMsg.errors.belowTaken', 'orderMsg.errors.belowTakenShort', {
        name: old.name,
        min: qtyText(min),
        unit: old.unit,
      });
  });
  const first = messages[0];
  if (first) throw new AppError('VALIDATION', first.key, first.vars, fields);
  for (const old of order.lines)
    if (!seen.has(old.id) && (await inUse(trx, old.id)))
      throw new AppError('CONFLICT', 'orderMsg.errors.lineInUse', { name: old.name });
}

const lineColumns = (l: LineAfter) => ({ ...pricedLineColumns(l.position, l, l), due_date: l.dueDate });

/**
 * A numbered change (变更): checks the lines, prices them as quotes are priced (each line half-up to the fen, totals
 * the sums), keeps the order as it stood in order_changes with what changed, and rewrites the lines in place (an
 * unchanged or changed line keeps its id, so notices and notes on it stay put). Bad input writes nothing.
 */
export async function changeOrder(
  trx: Knex.Transaction,
  order: OrderDetail,
  data: OrderChangeData,
  by: { id: number | null; name: string | null },
): Promise<{ changeNo: number; items: OrderChangeItem[] }> {
  expectOrderStatus(order, ['confirmed', 'partial'], 'change');
  await checkLines(trx, order, data);
  const pricing = priceQuote({
    priceIncludesTax: order.priceIncludesTax,
    targetMargin: null,
    lines: data.lines,
    costLines: [],
  });
  const lines: LineAfter[] = data.lines.map((l, i) => ({
    id: l.orderLineId,
    position: i + 1,
    kind: l.kind,
    productId: l.productId,
    name: l.name,
    brand: l.brand,
    spec: l.spec,
    unit: l.unit,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    taxRate: l.taxRate,
    dueDate: l.dueDate,
    ...pricing.lines[i]!,
  }));
  const terms = {
    dueDate: data.dueDate,
    deliveryAddress: data.deliveryAddress,
    contactName: data.contactName,
    contactPhone: data.contactPhone,
    paymentTerms: data.paymentTerms,
  };
  const before = beforeOf(order);
  const items = summarizeChange(before, { terms, lines, gross: pricing.totals.gross });
  if (!items.length) throw new AppError('VALIDATION', 'orderMsg.errors.nothingChanged');

  const changeNo = order.changeNo + 1;
  await trx('order_changes').insert({
    order_id: order.id,
    change_no: changeNo,
    at: nowIso(),
    user_id: by.id,
    user_name: by.name,
    reason: data.reason,
    before_json: JSON.stringify(before),
    summary_json: JSON.stringify(items),
  });
  const keep = new Set(lines.map((l) => l.id).filter((id): id is number => id !== null));
  const gone = order.lines.filter((l: OrderLineOut) => !keep.has(l.id)).map((l) => l.id);
  if (gone.length) await trx('sales_order_lines').whereIn('id', gone).delete();
  for (const l of lines)
    if (l.id === null) await trx('sales_order_lines').insert({ ...lineColumns(l), order_id: order.id });
    else await trx('sales_order_lines').where({ id: l.id }).update(lineColumns(l));
  await updateAtLockVersion(trx, 'sales_orders', 'order', order.id, data.lockVersion, {
    due_date: terms.dueDate,
    delivery_address: terms.deliveryAddress,
    contact_name: terms.contactName,
    contact_phone: terms.contactPhone,
    payment_terms: terms.paymentTerms,
    net_fen: pricing.totals.net,
    tax_fen: pricing.totals.tax,
    gross_fen: pricing.totals.gross,
    change_no: changeNo,
  });
  return { changeNo, items };
}
