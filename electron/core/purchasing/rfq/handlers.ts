import { uniqueMerge } from '../../../shared/rpc/channel';
import { rfqChoiceHandlers } from './rfq-choice';
import { rfqDocumentHandlers } from './rfq-document-handlers';
import { rfqHandlers } from './rfq-handlers';

/** 询价比价: RFQs, their PDF and e-mail, answers by round, the comparison and the choice. */
export const purchasingRfqHandlers = uniqueMerge(
  'Handler for channel',
  rfqHandlers,
  rfqDocumentHandlers,
  rfqChoiceHandlers,
);
