import type { Knex } from 'knex';
import { amountInWords } from '../../shared/money';
import type { OrderDetail, OrderLineOut, OrderRow } from '../../shared/orders/contract';
import { bool, int } from '../db/rows';
import { notFound } from '../rpc/errors';
import { amountsOf, goodsOf, type LineDbRow } from '../quotes/quote-store';

type Db = Knex | Knex.Transaction;

export interface OrderDbRow {
  id: number;
  number: string;
  quote_id: number | null;
  quote_number: string | null;
  customer_id: number;
  customer_name: string;
  customer_po: string | null;
  order_date: string;
  due_date: string | null;
  delivery_address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  payment_terms: string | null;
  price_includes_tax: number | boolean;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  status: OrderRow['status'];
  salesperson_id: number | null;
  salesperson_name: string | null;
  change_no: number;
  end_reason: string | null;
  ended_at: string | null;
  ended_by_name: string | null;
  notes: string | null;
  lock_version: number;
  updated_at: string;
}

export type OrderLineDbRow = Omit<LineDbRow, 'lead_time' | 'note'> & { id: number; due_date: string | null };

export const toOrderLine = (l: OrderLineDbRow): OrderLineOut => ({
  id: l.id,
  kind: l.kind,
  ...goodsOf(l),
  ...amountsOf(l),
  dueDate: l.due_date,
});

export function orderQuery(db: Db): Knex.QueryBuilder {
  return db('sales_orders')
    .join('customers', 'customers.id', 'sales_orders.customer_id')
    .leftJoin('quotes', 'quotes.id', 'sales_orders.quote_id')
    .leftJoin('users as salesperson', 'salesperson.id', 'sales_orders.salesperson_id')
    .leftJoin('users as ender', 'ender.id', 'sales_orders.ended_by')
    .select(
      'sales_orders.*',
      'customers.name as customer_name',
      'quotes.number as quote_number',
      'salesperson.display_name as salesperson_name',
      'ender.display_name as ended_by_name',
    );
}

export function toOrderRow(r: OrderDbRow): OrderRow {
  return {
    id: r.id,
    number: r.number,
    quoteId: r.quote_id,
    quoteNumber: r.quote_number,
    customerId: r.customer_id,
    customerName: r.customer_name,
    customerPo: r.customer_po,
    orderDate: r.order_date,
    dueDate: r.due_date,
    gross: int(r.gross_fen),
    status: r.status,
    salespersonId: r.salesperson_id,
    salesperson: r.salesperson_name,
    updatedAt: r.updated_at,
  };
}

export async function getOrder(db: Db, id: number): Promise<OrderDetail> {
  const r = (await orderQuery(db).where('sales_orders.id', id).first()) as OrderDbRow | undefined;
  if (!r) throw notFound('order', id);
  const lines = (await db('sales_order_lines').where({ order_id: id }).orderBy('position')) as OrderLineDbRow[];
  return {
    ...toOrderRow(r),
    deliveryAddress: r.delivery_address,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    paymentTerms: r.payment_terms,
    priceIncludesTax: bool(r.price_includes_tax),
    notes: r.notes,
    totals: { net: int(r.net_fen), tax: int(r.tax_fen), gross: int(r.gross_fen) },
    amountInWords: amountInWords(int(r.gross_fen)),
    lines: lines.map(toOrderLine),
    lockVersion: r.lock_version,
    changeNo: int(r.change_no),
    endReason: r.end_reason,
    endedAt: r.ended_at,
    endedBy: r.ended_by_name,
  };
}
