/** What the invoice pages use to send an invoice and record its 回执. */
export { AcknowledgeDialog } from './AcknowledgeDialog';
export { MailTemplateDialog } from './MailTemplateDialog';
export { SendInvoiceDialog } from './SendInvoiceDialog';
export { DeliveryStateTag } from './DeliveryStateTag';
