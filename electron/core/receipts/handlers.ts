import { uniqueMerge } from '../../shared/rpc/channel';
import { billHandlers } from './bill-handlers';
import { dailyHandlers } from './daily-handlers';
import { receiptHandlers as receiptDocumentHandlers } from './receipt-handlers';

/** Receipts: one handler file each for receipts and their allocation, acceptance bills, the daily list. */
export const receiptHandlers = uniqueMerge('Handler for channel', receiptDocumentHandlers, billHandlers, dailyHandlers);
