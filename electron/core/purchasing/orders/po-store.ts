import type { Knex } from 'knex';
import { amountInWords, Dec, parseDecimal } from '../../../shared/money';
import type { PoDetail, PoRow, PoStatus, DeliveryMode } from '../../../shared/purchasing/orders/contract';
import { today } from '../../dates';
import { bool, int } from '../../db/rows';
import { qtyText, sumBy } from '../../deliveries/quantities';
import { notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;

/** The statuses whose goods may still arrive: a late PO is one of these past its expected date. */
export const OPEN_PO: readonly PoStatus[] = ['draft', 'sent', 'confirmed', 'partial'];

export interface PoDbRow {
  id: number;
  number: string;
  supplier_id: number;
  supplier_name: string;
  contact_id: number | null;
  contact_name: string | null;
  contact_email: string | null;
  order_date: string;
  expected_date: string | null;
  status: PoStatus;
  price_includes_tax: number | boolean;
  payment_terms: string | null;
  delivery_mode: DeliveryMode;
  ship_order_id: number | null;
  ship_order_number: string | null;
  delivery_address: string | null;
  rfq_id: number | null;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  notes: string | null;
  sent_on: string | null;
  confirmed_on: string | null;
  cancel_reason: string | null;
  close_reason: string | null;
  print_count: number;
  lock_version: number;
  updated_at: string;
}

export function poQuery(db: Db): Knex.QueryBuilder {
  return db('purchase_orders')
    .leftJoin('supplier_contacts', 'supplier_contacts.id', 'purchase_orders.contact_id')
    .leftJoin('sales_orders as ship', 'ship.id', 'purchase_orders.ship_order_id')
    .select(
      'purchase_orders.*',
      'supplier_contacts.name as contact_name',
      'supplier_contacts.email as contact_email',
      'ship.number as ship_order_number',
    );
}

export const isLate = (r: { status: PoStatus; expected_date: string | null }, on = today()): boolean =>
  OPEN_PO.includes(r.status) && r.expected_date !== null && r.expected_date < on;

export const toPoRow = (r: PoDbRow): PoRow => ({
  id: r.id,
  number: r.number,
  supplierId: r.supplier_id,
  supplierName: r.supplier_name,
  orderDate: r.order_date,
  expectedDate: r.expected_date,
  status: r.status,
  deliveryMode: r.delivery_mode,
  gross: int(r.gross_fen),
  late: isLate(r),
  updatedAt: r.updated_at,
});

interface PoLineDbRow {
  id: number;
  po_id: number;
  position: number;
  product_id: number | null;
  name: string;
  spec: string | null;
  unit: string;
  model: string | null;
  quantity: string;
  unit_price: string;
  tax_rate: string;
  net_fen: number | string;
  tax_fen: number | string;
  gross_fen: number | string;
  expected_date: string | null;
  rfq_answer_line_id: number | null;
  over_reason: string | null;
  notes: string | null;
}

/** Per PO line: what arrived and what was accepted (arrived less damaged and wrong) on posted receipts. */
export async function receivedByPoLine(
  db: Db,
  poLineIds: number[],
): Promise<{ arrived: Map<number, Dec>; accepted: Map<number, Dec> }> {
  const rows = (await db('goods_receipt_lines')
    .join('goods_receipts', 'goods_receipts.id', 'goods_receipt_lines.receipt_id')
    .whereIn('goods_receipt_lines.po_line_id', poLineIds)
    .where('goods_receipts.status', 'posted')
    .select(
      'goods_receipt_lines.po_line_id',
      'goods_receipt_lines.quantity',
      'goods_receipt_lines.damaged',
      'goods_receipt_lines.wrong',
    )) as {
    po_line_id: number;
    quantity: string;
    damaged: string;
    wrong: string;
  }[];
  const arrived = sumBy(
    rows,
    (r) => r.po_line_id,
    (r) => r.quantity,
  );
  const accepted = sumBy(
    rows,
    (r) => r.po_line_id,
    (r) => parseDecimal(r.quantity).minus(parseDecimal(r.damaged)).minus(parseDecimal(r.wrong)).toFixed(),
  );
  return { arrived, accepted };
}

export async function getPo(db: Db, id: number): Promise<PoDetail> {
  const r = (await poQuery(db).where('purchase_orders.id', id).first()) as PoDbRow | undefined;
  if (!r) throw notFound('purchaseOrder', id);
  const lines = (await db('purchase_order_lines').where({ po_id: id }).orderBy(['position', 'id'])) as PoLineDbRow[];
  const lineIds = lines.map((l) => l.id);
  const allocations = (await db('purchase_order_allocations')
    .join('sales_order_lines', 'sales_order_lines.id', 'purchase_order_allocations.order_line_id')
    .join('sales_orders', 'sales_orders.id', 'sales_order_lines.order_id')
    .join('customers', 'customers.id', 'sales_orders.customer_id')
    .whereIn('purchase_order_allocations.po_line_id', lineIds)
    .orderBy('purchase_order_allocations.id')
    .select(
      'purchase_order_allocations.po_line_id',
      'purchase_order_allocations.order_line_id',
      'purchase_order_allocations.quantity',
      'sales_orders.id as order_id',
      'sales_orders.number as order_number',
      'customers.name as customer_name',
    )) as {
    po_line_id: number;
    order_line_id: number;
    quantity: string;
    order_id: number;
    order_number: string;
    customer_name: string;
  }[];
  const { arrived, accepted } = await receivedByPoLine(db, lineIds);
  const receipts = (await db('goods_receipts')
    .where({ po_id: id })
    .orderBy('id')
    .select('id', 'number', 'receipt_date', 'signer', 'place', 'status')) as {
    id: number;
    number: string;
    receipt_date: string;
    signer: string;
    place: 'us' | 'customer';
    status: 'posted' | 'cancelled';
  }[];
  const zero = new Dec(0);
  const gross = int(r.gross_fen);
  return {
    ...toPoRow(r),
    contactId: r.contact_id,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    priceIncludesTax: bool(r.price_includes_tax),
    paymentTerms: r.payment_terms,
    shipOrderId: r.ship_order_id,
    shipOrderNumber: r.ship_order_number,
    deliveryAddress: r.delivery_address,
    rfqId: r.rfq_id,
    net: int(r.net_fen),
    tax: int(r.tax_fen),
    amountInWords: amountInWords(gross),
    notes: r.notes,
    sentOn: r.sent_on,
    confirmedOn: r.confirmed_on,
    cancelReason: r.cancel_reason,
    closeReason: r.close_reason,
    printCount: r.print_count,
    lockVersion: r.lock_version,
    lines: lines.map((l) => {
      const got = accepted.get(l.id) ?? zero;
      return {
        id: l.id,
        position: l.position,
        productId: l.product_id,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        model: l.model,
        quantity: l.quantity,
        unitPrice: l.unit_price,
        taxRate: l.tax_rate,
        net: int(l.net_fen),
        tax: int(l.tax_fen),
        gross: int(l.gross_fen),
        expectedDate: l.expected_date,
        rfqAnswerLineId: l.rfq_answer_line_id,
        overReason: l.over_reason,
        notes: l.notes,
        arrived: qtyText(arrived.get(l.id) ?? zero),
        accepted: qtyText(got),
        owed: qtyText(Dec.max(parseDecimal(l.quantity).minus(got), zero)),
        allocations: allocations
          .filter((a) => a.po_line_id === l.id)
          .map((a) => ({
            orderLineId: a.order_line_id,
            orderId: a.order_id,
            orderNumber: a.order_number,
            customerName: a.customer_name,
            quantity: a.quantity,
          })),
      };
    }),
    receipts: receipts.map((x) => ({
      id: x.id,
      number: x.number,
      receiptDate: x.receipt_date,
      signer: x.signer,
      place: x.place,
      status: x.status,
    })),
  };
}
