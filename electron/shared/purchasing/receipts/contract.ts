import { z } from 'zod';
import { NUMBER_RULES } from '../../number-input';
import { printedPdf } from '../../orders/document-contract';
import { mutation, query } from '../../rpc/channel';
import { decimalText, id, optId, optText, plainDate, text } from '../../rpc/fields';
import { RECEIPT_PLACES, RECEIPT_STATUSES } from '../orders/contract';

/** A count of goods that may be nought (damaged, wrong): not negative, up to 4 decimals. */
const count = decimalText({ ...NUMBER_RULES.quantity, zero: true });

export const receiptInput = z.object({
  poId: id,
  receiptDate: plainDate,
  /** Who signed for the goods: ours, or the customer's on a drop-ship. */
  signer: text(40),
  attachmentId: optId,
  notes: optText(500),
  lines: z
    .array(
      z.object({
        poLineId: id,
        /** What arrived; of it, damaged and wrong goods are not accepted and stay owed. */
        quantity: count,
        damaged: count.default('0'),
        wrong: count.default('0'),
        note: optText(200),
      }),
    )
    .min(1)
    .max(500),
});
export type ReceiptInput = z.output<typeof receiptInput>;

export const receiptDetail = z.object({
  id,
  number: z.string(),
  poId: id,
  poNumber: z.string(),
  supplierName: z.string(),
  receiptDate: z.string(),
  signer: z.string(),
  place: z.enum(RECEIPT_PLACES),
  attachmentId: z.number().int().nullable(),
  notes: z.string().nullable(),
  status: z.enum(RECEIPT_STATUSES),
  cancelReason: z.string().nullable(),
  /** The delivery note a drop-ship receipt made for the customer. */
  deliveryNote: z.object({ id, number: z.string() }).nullable(),
  lines: z.array(
    z.object({
      id,
      poLineId: id,
      name: z.string(),
      spec: z.string().nullable(),
      unit: z.string(),
      quantity: z.string(),
      damaged: z.string(),
      wrong: z.string(),
      accepted: z.string(),
      note: z.string().nullable(),
    }),
  ),
  transfers: z.array(z.object({ id, number: z.string(), date: z.string(), toPlace: z.string() })),
});
export type ReceiptDetail = z.output<typeof receiptDetail>;

export const transferInput = z.object({
  receiptId: id,
  date: plainDate,
  fromPlace: text(100),
  toPlace: text(100),
  receivedBy: optText(40),
  notes: optText(500),
  lines: z
    .array(z.object({ poLineId: id, quantity: count }))
    .min(1)
    .max(500),
});

export const transferDetail = z.object({
  id,
  number: z.string(),
  date: z.string(),
  fromPlace: z.string(),
  toPlace: z.string(),
  receivedBy: z.string().nullable(),
  receiptId: z.number().int().nullable(),
  receiptNumber: z.string().nullable(),
  notes: z.string().nullable(),
  printCount: z.number().int(),
  lines: z.array(
    z.object({
      position: z.number().int(),
      poLineId: z.number().int().nullable(),
      name: z.string(),
      spec: z.string().nullable(),
      unit: z.string(),
      quantity: z.string(),
    }),
  ),
});
export type TransferDetail = z.output<typeof transferDetail>;

export const goodsReceiptChannels = {
  'purchasing.receipts.get': query('purchasing.read', z.object({ id }), receiptDetail),
  /**
   * 签收入库 against a PO, in part if need be: accepted = arrived − damaged − wrong, never more than still owed; the
   * PO's status follows. On a drop-ship the customer signed, and a delivered note for the customer is made with it.
   */
  'purchasing.receipts.create': mutation('purchasing.write', receiptInput, receiptDetail),
  /** Taken back with why: the goods are owed again and the PO's status follows. */
  'purchasing.receipts.cancel': mutation('purchasing.write', z.object({ id, reason: text(500) }), receiptDetail),
  /** 内部流转: received goods moved to a named place, with a slip. */
  'purchasing.receipts.transfer': mutation('purchasing.write', transferInput, transferDetail),
  'purchasing.receipts.getTransfer': query('purchasing.read', z.object({ id }), transferDetail),
  /** 内部调拨单; each print is counted and audited. */
  'purchasing.receipts.printTransfer': mutation('purchasing.write', z.object({ id }), printedPdf),
};
