import type { Knex } from 'knex';
import { parseDecimal } from '../../../shared/money';
import type { ReceiptDetail, TransferDetail } from '../../../shared/purchasing/receipts/contract';
import { qtyText } from '../../deliveries/quantities';
import { notFound } from '../../rpc/errors';

type Db = Knex | Knex.Transaction;

export async function getReceipt(db: Db, id: number): Promise<ReceiptDetail> {
  const r = (await db('goods_receipts')
    .join('purchase_orders', 'purchase_orders.id', 'goods_receipts.po_id')
    .leftJoin('delivery_notes', 'delivery_notes.id', 'goods_receipts.delivery_note_id')
    .where('goods_receipts.id', id)
    .first(
      'goods_receipts.*',
      'purchase_orders.number as po_number',
      'purchase_orders.supplier_name',
      'delivery_notes.number as note_number',
    )) as
    | {
        id: number;
        number: string;
        po_id: number;
        po_number: string;
        supplier_name: string;
        receipt_date: string;
        signer: string;
        place: 'us' | 'customer';
        attachment_id: number | null;
        notes: string | null;
        status: 'posted' | 'cancelled';
        cancel_reason: string | null;
        delivery_note_id: number | null;
        note_number: string | null;
      }
    | undefined;
  if (!r) throw notFound('goodsReceipt', id);
  const lines = (await db('goods_receipt_lines')
    .join('purchase_order_lines', 'purchase_order_lines.id', 'goods_receipt_lines.po_line_id')
    .where('goods_receipt_lines.receipt_id', id)
    .orderBy(['purchase_order_lines.position', 'goods_receipt_lines.id'])
    .select(
      'goods_receipt_lines.*',
      'purchase_order_lines.name',
      'purchase_order_lines.spec',
      'purchase_order_lines.unit',
    )) as {
    id: number;
    po_line_id: number;
    name: string;
    spec: string | null;
    unit: string;
    quantity: string;
    damaged: string;
    wrong: string;
    note: string | null;
  }[];
  const transfers = (await db('internal_transfers')
    .where({ goods_receipt_id: id })
    .orderBy('id')
    .select('id', 'number', 'date', 'to_place')) as { id: number; number: string; date: string; to_place: string }[];
  return {
    id: r.id,
    number: r.number,
    poId: r.po_id,
    poNumber: r.po_number,
    supplierName: r.supplier_name,
    receiptDate: r.receipt_date,
    signer: r.signer,
    place: r.place,
    attachmentId: r.attachment_id,
    notes: r.notes,
    status: r.status,
    cancelReason: r.cancel_reason,
    deliveryNote: r.delivery_note_id && r.note_number ? { id: r.delivery_note_id, number: r.note_number } : null,
    lines: lines.map((l) => ({
      id: l.id,
      poLineId: l.po_line_id,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      quantity: l.quantity,
      damaged: l.damaged,
      wrong: l.wrong,
      accepted: qtyText(parseDecimal(l.quantity).minus(parseDecimal(l.damaged)).minus(parseDecimal(l.wrong))),
      note: l.note,
    })),
    transfers: transfers.map((x) => ({ id: x.id, number: x.number, date: x.date, toPlace: x.to_place })),
  };
}

export async function getTransfer(db: Db, id: number): Promise<TransferDetail> {
  const r = (await db('internal_transfers')
    .leftJoin('goods_receipts', 'goods_receipts.id', 'internal_transfers.goods_receipt_id')
    .where('internal_transfers.id', id)
    .first('internal_transfers.*', 'goods_receipts.number as receipt_number')) as
    | {
        id: number;
        number: string;
        date: string;
        from_place: string;
        to_place: string;
        received_by: string | null;
        goods_receipt_id: number | null;
        receipt_number: string | null;
        notes: string | null;
        print_count: number;
      }
    | undefined;
  if (!r) throw notFound('internalTransfer', id);
  const lines = (await db('internal_transfer_lines').where({ transfer_id: id }).orderBy(['position', 'id'])) as {
    position: number;
    po_line_id: number | null;
    name: string;
    spec: string | null;
    unit: string;
    quantity: string;
  }[];
  return {
    id: r.id,
    number: r.number,
    date: r.date,
    fromPlace: r.from_place,
    toPlace: r.to_place,
    receivedBy: r.received_by,
    receiptId: r.goods_receipt_id,
    receiptNumber: r.receipt_number,
    notes: r.notes,
    printCount: r.print_count,
    lines: lines.map((l) => ({
      position: l.position,
      poLineId: l.po_line_id,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      quantity: l.quantity,
    })),
  };
}
