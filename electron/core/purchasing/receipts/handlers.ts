import { uniqueMerge } from '../../../shared/rpc/channel';
import { receiptHandlers } from './receipt-handlers';
import { transferHandlers } from './transfer-handlers';

/** 签收入库 and 内部流转. */
export const goodsReceiptHandlers = uniqueMerge('Handler for channel', receiptHandlers, transferHandlers);
