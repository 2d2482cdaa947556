import { uniqueMerge } from '../../../shared/rpc/channel';
import { poDocumentHandlers } from './po-document-handlers';
import { poHandlers } from './po-handlers';

/** 采购订单: the PO's life, and the PO as a document. */
export const purchaseOrderHandlers = uniqueMerge('Handler for channel', poHandlers, poDocumentHandlers);
