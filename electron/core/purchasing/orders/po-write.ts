import type { Knex } from 'knex';
import { lineAmounts, sumLines } from '../../../shared/money';
import type { PoInput } from '../../../shared/purchasing/orders/contract';
import { nowIso } from '../../db/rows';
import { nextNumber } from '../../numbering/numbering';
import { AppError } from '../../rpc/errors';
import { checkAllocations } from './order-line-needs';

const field = (path: string, key: string, vars: Record<string, string | number> = {}) =>
  new AppError('VALIDATION', key, vars, [{ path, message: key }]);

/** The header's references checked (supplier, its contact, the drop-ship's order), with the address it defaults to. */
async function checkHeader(trx: Knex.Transaction, data: PoInput) {
  const supplier = (await trx('suppliers').where({ id: data.supplierId }).first('id', 'name', 'active')) as
    { id: number; name: string; active: number | boolean } | undefined;
  if (!supplier) throw field('supplierId', 'poMsg.errors.noSupplier');
  if (data.contactId !== null) {
    const contact = (await trx('supplier_contacts').where({ id: data.contactId }).first('supplier_id')) as
      { supplier_id: number } | undefined;
    if (!contact || contact.supplier_id !== data.supplierId)
      throw field('contactId', 'poMsg.errors.notSupplierContact');
  }
  let address = data.deliveryAddress;
  if (data.deliveryMode === 'drop_ship') {
    if (data.shipOrderId === null) throw field('shipOrderId', 'poMsg.errors.shipOrderNeeded');
    const order = (await trx('sales_orders')
      .where({ id: data.shipOrderId })
      .first('status', 'number', 'delivery_address')) as
      { status: string; number: string; delivery_address: string | null } | undefined;
    if (!order) throw field('shipOrderId', 'poMsg.errors.shipOrderNeeded');
    if (!['confirmed', 'partial'].includes(order.status))
      throw field('shipOrderId', 'poMsg.errors.orderNotOpen', { number: order.number });
    address ??= order.delivery_address;
  } else if (data.shipOrderId !== null) throw field('shipOrderId', 'poMsg.errors.shipOrderOnlyDropShip');
  for (const [i, l] of data.lines.entries()) {
    if (l.productId !== null && !(await trx('products').where({ id: l.productId }).first('id')))
      throw field(`lines.${i}.productId`, 'poMsg.errors.noProduct');
    if (l.rfqAnswerLineId !== null && !(await trx('rfq_answer_lines').where({ id: l.rfqAnswerLineId }).first('id')))
      throw field(`lines.${i}.rfqAnswerLineId`, 'poMsg.errors.noAnswerLine');
  }
  return { supplierName: supplier.name, address };
}

/** The header's columns, as written on create and on update. */
function headerColumns(data: PoInput, supplierName: string, address: string | null) {
  return {
    supplier_id: data.supplierId,
    supplier_name: supplierName,
    contact_id: data.contactId,
    order_date: data.orderDate,
    expected_date: data.expectedDate,
    price_includes_tax: data.priceIncludesTax,
    payment_terms: data.paymentTerms,
    delivery_mode: data.deliveryMode,
    ship_order_id: data.deliveryMode === 'drop_ship' ? data.shipOrderId : null,
    delivery_address: address,
    notes: data.notes,
  };
}

/** Replaces the PO's lines and their allocations, each line priced on the PO's tax basis; answers the totals. */
async function writeLines(trx: Knex.Transaction, poId: number, data: PoInput) {
  const old = (await trx('purchase_order_lines').where({ po_id: poId }).select('id')) as { id: number }[];
  await trx('purchase_order_allocations')
    .whereIn(
      'po_line_id',
      old.map((o) => o.id),
    )
    .delete();
  await trx('purchase_order_lines').where({ po_id: poId }).delete();
  const amounts = data.lines.map((l) =>
    lineAmounts({
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      priceIncludesTax: data.priceIncludesTax,
    }),
  );
  for (const [i, l] of data.lines.entries()) {
    const a = amounts[i]!;
    const [row] = (await trx('purchase_order_lines')
      .insert({
        po_id: poId,
        position: i + 1,
        product_id: l.productId,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        model: l.model,
        quantity: l.quantity,
        unit_price: l.unitPrice,
        tax_rate: l.taxRate,
        net_fen: a.net,
        tax_fen: a.tax,
        gross_fen: a.gross,
        expected_date: l.expectedDate,
        rfq_answer_line_id: l.rfqAnswerLineId,
        over_reason: l.overReason,
        notes: l.notes,
      })
      .returning('id')) as { id: number }[];
    if (l.allocations.length)
      await trx('purchase_order_allocations').insert(
        l.allocations.map((x) => ({ po_line_id: row!.id, order_line_id: x.orderLineId, quantity: x.quantity })),
      );
  }
  return sumLines(amounts);
}

/** A new draft PO, numbered CG…, every reference and allocation checked first. */
export async function insertPo(
  trx: Knex.Transaction,
  data: PoInput,
  opts: { createdBy: number | null; rfqId?: number | null },
): Promise<number> {
  const { supplierName, address } = await checkHeader(trx, data);
  await checkAllocations(trx, data.lines, {
    exceptPoId: null,
    shipOrderId: data.deliveryMode === 'drop_ship' ? data.shipOrderId : null,
  });
  const number = await nextNumber(trx, 'purchase_order', new Date(`${data.orderDate}T12:00:00`));
  const now = nowIso();
  const [row] = (await trx('purchase_orders')
    .insert({
      number,
      ...headerColumns(data, supplierName, address),
      status: 'draft',
      rfq_id: opts.rfqId ?? null,
      net_fen: 0,
      tax_fen: 0,
      gross_fen: 0,
      created_by: opts.createdBy,
      lock_version: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')) as { id: number }[];
  const totals = await writeLines(trx, row!.id, data);
  await trx('purchase_orders')
    .where({ id: row!.id })
    .update({ net_fen: totals.net, tax_fen: totals.tax, gross_fen: totals.gross });
  return row!.id;
}

/** The draft rewritten: header, lines and allocations (the caller has moved its lock version on). */
export async function rewritePo(trx: Knex.Transaction, poId: number, data: PoInput): Promise<void> {
  const { supplierName, address } = await checkHeader(trx, data);
  await checkAllocations(trx, data.lines, {
    exceptPoId: poId,
    shipOrderId: data.deliveryMode === 'drop_ship' ? data.shipOrderId : null,
  });
  const totals = await writeLines(trx, poId, data);
  await trx('purchase_orders')
    .where({ id: poId })
    .update({
      ...headerColumns(data, supplierName, address),
      net_fen: totals.net,
      tax_fen: totals.tax,
      gross_fen: totals.gross,
    });
}
