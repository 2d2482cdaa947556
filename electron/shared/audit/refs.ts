import type { AUDITED_ENTITIES } from './contract';

/**
 * What a history shows in place of an id: the record's name or number. The core names every id a history row holds
 * when it reads the row (`refs`, keyed by `refKey`); the page looks the name up by the field the id sits in.
 */
export const REF_KINDS = [
  'customer',
  'product',
  'supplier',
  'carrier',
  'user',
  'quote',
  'quoteFormat',
  'order',
  'orderLine',
  'inquiry',
  'register',
  'notice',
  'noticeLine',
  'note',
  'noteLine',
  'deliveryReturn',
  'run',
  'consignment',
  'freightSettlement',
  'invoice',
  'invoiceLine',
  'receipt',
  'acceptanceBill',
  'attachment',
  'creditRelease',
  'statementReply',
  'supplierInvoice',
  'supplierPayment',
  'supplierProduct',
  'quoteCostLine',
  'rfq',
  'rfqItem',
  'rfqAnswerLine',
  'purchaseOrder',
  'poLine',
  'goodsReceipt',
  'internalTransfer',
  'tender',
  'tenderLot',
  'libraryItem',
  'bidPackage',
  'bidTemplate',
] as const;
export type RefKind = (typeof REF_KINDS)[number];
type Entity = (typeof AUDITED_ENTITIES)[number];

/** Fields that hold another record's id (or a list of ids), in every history. */
export const REF_FIELDS: Record<string, RefKind> = {
  customerId: 'customer',
  productId: 'product',
  productIds: 'product',
  supplierId: 'supplier',
  carrierId: 'carrier',
  userId: 'user',
  salespersonId: 'user',
  ownerId: 'user',
  releasedById: 'user',
  quoteId: 'quote',
  quoteFormatId: 'quoteFormat',
  formatId: 'quoteFormat',
  orderId: 'order',
  orderIds: 'order',
  orderLineId: 'orderLine',
  inquiryId: 'inquiry',
  noticeId: 'notice',
  noticeLineId: 'noticeLine',
  noteId: 'note',
  noteIds: 'note',
  lineId: 'noteLine',
  noteLineId: 'noteLine',
  runId: 'run',
  consignmentId: 'consignment',
  consignmentIds: 'consignment',
  invoiceId: 'invoice',
  redOfId: 'invoice',
  originalId: 'invoice',
  originalLineId: 'invoiceLine',
  receiptId: 'receipt',
  attachmentId: 'attachment',
  attachmentIds: 'attachment',
  ackAttachmentId: 'attachment',
  sealAttachmentId: 'attachment',
  logoAttachmentId: 'attachment',
  creditRelease: 'creditRelease',
  billId: 'acceptanceBill',
  quoteCostLineId: 'quoteCostLine',
  rfqId: 'rfq',
  rfqAnswerLineId: 'rfqAnswerLine',
  answerLineId: 'rfqAnswerLine',
  poId: 'purchaseOrder',
  poLineId: 'poLine',
  shipOrderId: 'order',
  tenderId: 'tender',
  lotId: 'tenderLot',
  libraryItemId: 'libraryItem',
  packageId: 'bidPackage',
  templateId: 'bidTemplate',
};

/** Fields whose ids belong to one kind of history only: a run's delivered and brought-back notes. */
export const ENTITY_REF_FIELDS: Partial<Record<Entity, Record<string, RefKind>>> = {
  dispatchRun: { delivered: 'note', back: 'note' },
  // Payables: the invoices and payments are the suppliers', not the customers'.
  supplierInvoice: { invoiceId: 'supplierInvoice', paymentId: 'supplierPayment' },
  supplierPayment: { invoiceId: 'supplierInvoice', paymentId: 'supplierPayment' },
  acceptanceBill: { paymentId: 'supplierPayment' },
  // An RFQ's answers name its items.
  rfq: { itemId: 'rfqItem' },
};

/** The record a history row is about, where it is a record of its own. */
export const ENTITY_REFS: Partial<Record<Entity, RefKind>> = {
  customer: 'customer',
  product: 'product',
  supplier: 'supplier',
  carrier: 'carrier',
  user: 'user',
  quote: 'quote',
  order: 'order',
  inquiry: 'inquiry',
  register: 'register',
  deliveryNotice: 'notice',
  delivery: 'note',
  dispatchRun: 'run',
  consignment: 'consignment',
  freightSettlement: 'freightSettlement',
  invoice: 'invoice',
  receipt: 'receipt',
  acceptanceBill: 'acceptanceBill',
  attachment: 'attachment',
  statementReply: 'statementReply',
  supplierInvoice: 'supplierInvoice',
  supplierPayment: 'supplierPayment',
  supplierProduct: 'supplierProduct',
  rfq: 'rfq',
  purchaseOrder: 'purchaseOrder',
  goodsReceipt: 'goodsReceipt',
  internalTransfer: 'internalTransfer',
  tender: 'tender',
  libraryItem: 'libraryItem',
  bidPackage: 'bidPackage',
  bidTemplate: 'bidTemplate',
  // A login's history is the user's.
  session: 'user',
};

/** The kind of record a field of this history names by id, if it does. */
export function refKindOf(entity: string, field: string): RefKind | null {
  return ENTITY_REF_FIELDS[entity as Entity]?.[field] ?? REF_FIELDS[field] ?? null;
}

export const refKey = (kind: RefKind, id: number | string): string => `${kind}:${id}`;
