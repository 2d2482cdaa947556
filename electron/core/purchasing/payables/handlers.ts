import { uniqueMerge } from '../../../shared/rpc/channel';
import { supplierInvoiceHandlers } from './invoice-handlers';
import { supplierPaymentHandlers } from './payment-handlers';
import { payablesSummaryHandlers } from './summary-handlers';

/** Payables: supplier invoices, payments and their allocation, the per-supplier summary, due dates and statements. */
export const payablesHandlers = uniqueMerge(
  'Handler for channel',
  supplierInvoiceHandlers,
  supplierPaymentHandlers,
  payablesSummaryHandlers,
);
