import { uniqueMerge } from '../../shared/rpc/channel';
import { documentHandlers } from './document-handlers';
import { followUpHandlers } from './followup-handlers';
import { formatHandlers } from './format-handlers';
import { workflowHandlers } from './workflow-handlers';

/** Quotes: the workflow apart from formats, follow-ups and documents (PDF, Excel, e-mail). */
export const quoteHandlers = uniqueMerge(
  'Handler for channel',
  workflowHandlers,
  formatHandlers,
  followUpHandlers,
  documentHandlers,
);
