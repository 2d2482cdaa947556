import type { Knex } from 'knex';
import type { SupplierInvoiceDetail } from '../../../shared/purchasing/payables/contract';
import { contains, pageQuery } from '../../db/list-query';
import { updateAtLockVersion } from '../../db/lock-version';
import { int, nowIso } from '../../db/rows';
import { AppError, notFound } from '../../rpc/errors';
import type { HandlerMap } from '../../rpc/handler';
import { matchingIds } from '../../search/search-index';
import {
  getSupplierInvoice,
  poNumbersOf,
  shownInvoiceNumber,
  supplierInvoiceQuery,
  toSupplierInvoiceRow,
  type SupplierInvoiceDbRow,
} from './invoice-store';
import { openSupplierInvoices } from './payment-allocation';
import { prepareSupplierInvoice, writeInvoiceOrders } from './register-invoice';

type Channel =
  | 'purchasing.payables.invoices.list'
  | 'purchasing.payables.invoices.get'
  | 'purchasing.payables.invoices.create'
  | 'purchasing.payables.invoices.update'
  | 'purchasing.payables.invoices.delete'
  | 'purchasing.payables.openInvoices'
  | 'purchasing.payables.billableOrders';

type Db = Knex | Knex.Transaction;

/** What the history keeps of an invoice: its fields as the form names them, the orders by number. */
function auditView(d: SupplierInvoiceDetail) {
  return {
    supplierId: d.supplierId,
    type: d.type,
    invoiceCode: d.invoiceCode,
    invoiceNumber: d.invoiceNumber,
    invoiceDate: d.invoiceDate,
    dueOn: d.dueOn,
    net: d.net,
    tax: d.tax,
    gross: d.gross,
    open: d.open,
    attachmentId: d.attachmentId,
    notes: d.notes,
    orders: d.orders.map((o) => ({ poNumber: o.poNumber, amount: o.amount })),
  };
}

/** Correcting or removing an invoice is for registration mistakes: nothing may have been paid on it. */
function assertUnpaid(d: SupplierInvoiceDetail): void {
  if (d.allocations.length)
    throw new AppError('CONFLICT', 'payablesMsg.errors.invoicePaid', {
      number: shownInvoiceNumber(d.invoiceCode, d.invoiceNumber),
    });
}

/** The invoices whose number, supplier (name, code, pinyin) or purchase orders' numbers contain the term. */
function searchInvoices(db: Db, term: string): Knex.QueryBuilder {
  return db('supplier_invoices')
    .select('supplier_invoices.id')
    .whereRaw(...contains('supplier_invoices.number', term))
    .orWhereIn('supplier_invoices.supplier_id', matchingIds(db, 'suppliers', term))
    .orWhereIn(
      'supplier_invoices.id',
      db('supplier_invoice_orders')
        .join('purchase_orders', 'purchase_orders.id', 'supplier_invoice_orders.po_id')
        .whereRaw(...contains('purchase_orders.number', term))
        .select('supplier_invoice_orders.invoice_id'),
    );
}

/** 供应商发票: registered against purchase orders, corrected or taken out while unpaid. */
export const supplierInvoiceHandlers: HandlerMap<Channel> = {
  'purchasing.payables.invoices.list': async (input, { db }) => {
    const base = db('supplier_invoices');
    const f = input.filters;
    if (f.supplierId) base.where('supplier_invoices.supplier_id', f.supplierId);
    if (f.from) base.where('supplier_invoices.issue_date', '>=', f.from);
    if (f.to) base.where('supplier_invoices.issue_date', '<=', f.to);
    if (f.openOnly) base.where('supplier_invoices.open_fen', '>', 0);
    const page = await pageQuery(
      base,
      input,
      {
        search: (term) => searchInvoices(db, term),
        sortColumns: {
          invoiceNumber: 'supplier_invoices.number',
          invoiceDate: 'supplier_invoices.issue_date',
          dueOn: 'supplier_invoices.due_date',
          gross: 'supplier_invoices.gross_fen',
          open: 'supplier_invoices.open_fen',
        },
        defaultSort: { column: 'supplier_invoices.issue_date', dir: 'desc' },
        idColumn: 'supplier_invoices.id',
        read: supplierInvoiceQuery(db),
      },
      (r: SupplierInvoiceDbRow) => r,
    );
    const numbers = await poNumbersOf(
      db,
      page.rows.map((r) => r.id),
    );
    return { ...page, rows: page.rows.map((r) => toSupplierInvoiceRow(r, numbers.get(r.id) ?? [])) };
  },
  'purchasing.payables.invoices.get': async ({ id }, { db }) => getSupplierInvoice(db, id),
  'purchasing.payables.invoices.create': async (input, ctx) => {
    const trx = ctx.tx();
    const { row, orders } = await prepareSupplierInvoice(trx, input);
    const now = nowIso();
    const [inserted] = (await trx('supplier_invoices')
      .insert({
        ...row,
        open_fen: row.gross_fen,
        settled_on: null,
        created_by: ctx.user?.id ?? null,
        lock_version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')) as { id: number }[];
    const id = inserted!.id;
    await writeInvoiceOrders(trx, id, orders);
    const created = await getSupplierInvoice(trx, id);
    await ctx.audit({ entity: 'supplierInvoice', entityId: id, action: 'create', after: auditView(created) });
    return created;
  },
  'purchasing.payables.invoices.update': async ({ id, lockVersion, data }, ctx) => {
    const trx = ctx.tx();
    const before = await getSupplierInvoice(trx, id);
    assertUnpaid(before);
    const { row, orders } = await prepareSupplierInvoice(trx, data, id);
    // Unpaid, so what is open is the whole of the (new) gross.
    await updateAtLockVersion(trx, 'supplier_invoices', 'supplierInvoice', id, lockVersion, {
      ...row,
      open_fen: row.gross_fen,
      settled_on: null,
    });
    await trx('supplier_invoice_orders').where({ invoice_id: id }).delete();
    await writeInvoiceOrders(trx, id, orders);
    const after = await getSupplierInvoice(trx, id);
    await ctx.audit({
      entity: 'supplierInvoice',
      entityId: id,
      action: 'update',
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  },
  'purchasing.payables.invoices.delete': async ({ id, reason }, ctx) => {
    const trx = ctx.tx();
    const before = await getSupplierInvoice(trx, id);
    assertUnpaid(before);
    await trx('supplier_invoice_orders').where({ invoice_id: id }).delete();
    await trx('supplier_invoices').where({ id }).delete();
    await ctx.audit({
      entity: 'supplierInvoice',
      entityId: id,
      action: 'delete',
      before: auditView(before),
      after: { reason },
    });
    return { id };
  },
  'purchasing.payables.openInvoices': async ({ supplierId }, { db }) => openSupplierInvoices(db, supplierId),
  'purchasing.payables.billableOrders': async ({ supplierId }, { db }) => {
    if (!(await db('suppliers').where({ id: supplierId }).first('id'))) throw notFound('supplier', supplierId);
    const rows = (await db('purchase_orders')
      .where({ supplier_id: supplierId })
      .whereNotIn('status', ['draft', 'cancelled'])
      .orderBy([
        { column: 'order_date', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select(
        'id',
        'number',
        'order_date',
        'status',
        'gross_fen',
        db('supplier_invoice_orders')
          .whereRaw('supplier_invoice_orders.po_id = purchase_orders.id')
          .sum('amount_fen')
          .as('invoiced'),
      )) as {
      id: number;
      number: string;
      order_date: string;
      status: string;
      gross_fen: number | string;
      invoiced: number | string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      orderDate: r.order_date,
      status: r.status,
      gross: int(r.gross_fen),
      invoiced: int(r.invoiced ?? 0),
    }));
  },
};
