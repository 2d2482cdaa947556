import { uniqueMerge } from '../../shared/rpc/channel';
import { noteHandlers } from './note-handlers';
import { noticeHandlers } from './notice-handlers';
import { returnHandlers } from './return-handlers';

/** Deliveries: one handler file per document (notices, notes, returns). */
export const deliveryHandlers = uniqueMerge('Handler for channel', noticeHandlers, noteHandlers, returnHandlers);
