import type { ExportableList } from '../../shared/list-export/contract';
import { auditHandlers } from '../audit/handlers';
import { carrierHandlers } from '../carriers/handlers';
import { deliveryHandlers } from '../deliveries/handlers';
import { dispatchHandlers } from '../dispatch/handlers';
import { inquiryHandlers } from '../inquiries/handlers';
import { invoiceHandlers } from '../invoices/handlers';
import { invoiceSendingHandlers } from '../invoices/sending-handlers';
import { orderHandlers } from '../orders/handlers';
import { quoteHandlers } from '../quotes/handlers';
import { receiptHandlers } from '../receipts/handlers';
import { collectionHandlers } from '../receivables/collections-handlers';
import { registerHandlers } from '../register/handlers';
import type { HandlerEntry } from '../rpc/handler';

/** The handler behind each exportable list: the export runs the very query the list runs. */
export const LIST_SOURCES: { [K in ExportableList]: HandlerEntry<K> } = {
  'quotes.list': quoteHandlers['quotes.list'],
  'inquiries.list': inquiryHandlers['inquiries.list'],
  'orders.list': orderHandlers['orders.list'],
  'register.list': registerHandlers['register.list'],
  'deliveries.notices.list': deliveryHandlers['deliveries.notices.list'],
  'deliveries.notes.list': deliveryHandlers['deliveries.notes.list'],
  'dispatch.runs.list': dispatchHandlers['dispatch.runs.list'],
  'dispatch.consignments.list': dispatchHandlers['dispatch.consignments.list'],
  'dispatch.freight.list': dispatchHandlers['dispatch.freight.list'],
  'carriers.list': carrierHandlers['carriers.list'],
  'invoices.list': invoiceHandlers['invoices.list'],
  'invoices.unacknowledged': invoiceSendingHandlers['invoices.unacknowledged'],
  'receipts.list': receiptHandlers['receipts.list'],
  'bills.list': receiptHandlers['bills.list'],
  'collections.overdue': collectionHandlers['collections.overdue'],
  'audit.list': auditHandlers['audit.list'],
};
