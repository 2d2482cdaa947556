import type { ChannelName } from '../shared/contracts';
import { uniqueMerge } from '../shared/rpc/channel';
import { attachmentHandlers } from './attachments/handlers';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import { bidOutputHandlers } from './bids/output/handlers';
import { carrierHandlers } from './carriers/handlers';
import { tenderHandlers } from './bids/tenders/handlers';
import { libraryHandlers } from './bids/library/handlers';
import { customerHandlers } from './customers/handlers';
import { demoHandlers } from './demo/handlers';
import { excelHandlers } from './excel/handlers';
import { homeHandlers } from './home/handlers';
import { inquiryHandlers } from './inquiries/handlers';
import { orderHandlers } from './orders/handlers';
import { orderLifecycleHandlers } from './orders/lifecycle-handlers';
import { directOrderHandlers } from './orders/direct-handlers';
import { contractHandlers } from './orders/contract-handlers';
import { pasteHandlers } from './paste/handlers';
import { listExportHandlers } from './list-export/handlers';
import { printingHandlers } from './printing/handlers';
import { catalogueHandlers } from './purchasing/catalogue/handlers';
import { purchasingRfqHandlers } from './purchasing/rfq/handlers';
import { productHandlers } from './products/handlers';
import { quoteHandlers } from './quotes/handlers';
import { registerHandlers } from './register/handlers';
import { searchHandlers } from './search/handlers';
import { deliveryHandlers } from './deliveries/handlers';
import { dispatchHandlers } from './dispatch/handlers';
import { invoiceHandlers } from './invoices/handlers';
import { invoiceSendingHandlers } from './invoices/sending-handlers';
import { receiptHandlers } from './receipts/handlers';
import { payablesHandlers } from './purchasing/payables/handlers';
import { receivableHandlers } from './receivables/handlers';
import { ageingHandlers } from './receivables/ageing-handlers';
import { collectionHandlers } from './receivables/collections-handlers';
import type { HandlerMap } from './rpc/handler';
import { purchaseOrderHandlers } from './purchasing/orders/handlers';
import { goodsReceiptHandlers } from './purchasing/receipts/handlers';
import { settingsHandlers } from './settings/handlers';
import { supplierHandlers } from './suppliers/handlers';
import { userHandlers } from './users/handlers';
import { bidPackageHandlers } from './bids/packages/handlers';

/** One handler per channel; the type makes a missing one a compile error. */
export const handlers: HandlerMap<ChannelName> = uniqueMerge(
  'Handler for channel',
  userHandlers,
  customerHandlers,
  productHandlers,
  supplierHandlers,
  settingsHandlers,
  auditHandlers,
  backupHandlers,
  attachmentHandlers,
  excelHandlers,
  demoHandlers,
  quoteHandlers,
  orderHandlers,
  orderLifecycleHandlers,
  directOrderHandlers,
  contractHandlers,
  inquiryHandlers,
  registerHandlers,
  deliveryHandlers,
  carrierHandlers,
  dispatchHandlers,
  invoiceHandlers,
  invoiceSendingHandlers,
  receiptHandlers,
  receivableHandlers,
  ageingHandlers,
  collectionHandlers,
  pasteHandlers,
  listExportHandlers,
  searchHandlers,
  homeHandlers,
  printingHandlers,
  payablesHandlers,
  purchaseOrderHandlers,
  goodsReceiptHandlers,
  catalogueHandlers,
  purchasingRfqHandlers,
  tenderHandlers,
  libraryHandlers,
  bidOutputHandlers,
  bidPackageHandlers,
);
