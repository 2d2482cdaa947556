import { attachmentChannels } from './attachments/contract';
import { auditChannels } from './audit/contract';
import { carrierChannels } from './carriers/contract';
import { backupChannels } from './backup/contract';
import { bidOutputChannels } from './bids/output/contract';
import { customerChannels } from './customers/contract';
import { demoChannels } from './demo/contract';
import { excelChannels } from './excel/contract';
import { homeChannels } from './home/contract';
import { inquiryChannels } from './inquiries/contract';
import { orderChannels } from './orders/contract';
import { orderLifecycleChannels } from './orders/lifecycle-contract';
import { directOrderChannels } from './orders/direct-contract';
import { orderDocumentChannels } from './orders/document-contract';
import { pasteChannels } from './paste/contract';
import { listExportChannels } from './list-export/contract';
import { printingChannels } from './printing/contract';
import { purchaseOrderChannels } from './purchasing/orders/contract';
import { goodsReceiptChannels } from './purchasing/receipts/contract';
import { catalogueChannels } from './purchasing/catalogue/contract';
import { rfqChannels } from './purchasing/rfq/contract';
import { tenderChannels } from './bids/tenders/contract';
import { libraryChannels } from './bids/library/contract';
import { productChannels } from './products/contract';
import { followUpChannels, quoteChannels, quoteFormatChannels } from './quotes/contract';
import { registerChannels } from './register/contract';
import { searchChannels } from './search/contract';
import { deliveryChannels } from './deliveries/contract';
import { dispatchChannels } from './dispatch/contract';
import { invoiceChannels } from './invoices/contract';
import { invoiceSendingChannels } from './invoices/sending-contract';
import { receiptChannels } from './receipts/contract';
import { payablesChannels } from './purchasing/payables/contract';
import { receivableChannels } from './receivables/contract';
import { ageingChannels } from './receivables/ageing-contract';
import { collectionChannels } from './receivables/collections-contract';
import { uniqueMerge, type ChannelInput, type ChannelOutput } from './rpc/channel';
import { settingsChannels } from './settings/contract';
import { supplierChannels } from './suppliers/contract';
import { userChannels } from './users/contract';
import { bidPackageChannels } from './bids/packages/contract';

/** Every RPC channel of Neiqin, declared once: name -> input, output, access. */
export const channels = uniqueMerge(
  'RPC channel',
  userChannels,
  customerChannels,
  productChannels,
  supplierChannels,
  settingsChannels,
  auditChannels,
  backupChannels,
  attachmentChannels,
  excelChannels,
  demoChannels,
  quoteChannels,
  quoteFormatChannels,
  followUpChannels,
  orderChannels,
  orderLifecycleChannels,
  directOrderChannels,
  orderDocumentChannels,
  inquiryChannels,
  registerChannels,
  deliveryChannels,
  carrierChannels,
  dispatchChannels,
  invoiceChannels,
  invoiceSendingChannels,
  receiptChannels,
  receivableChannels,
  ageingChannels,
  collectionChannels,
  pasteChannels,
  listExportChannels,
  searchChannels,
  homeChannels,
  printingChannels,
  payablesChannels,
  purchaseOrderChannels,
  goodsReceiptChannels,
  catalogueChannels,
  rfqChannels,
  tenderChannels,
  libraryChannels,
  bidOutputChannels,
  bidPackageChannels,
);

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type In<K extends ChannelName> = ChannelInput<Channels[K]>;
export type Out<K extends ChannelName> = ChannelOutput<Channels[K]>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
