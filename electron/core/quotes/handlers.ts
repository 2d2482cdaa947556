import { documentHandlers } from './document-handlers';
import { followUpHandlers } from './followup-handlers';
import { formatHandlers } from './format-handlers';
import { workflowHandlers } from './workflow-handlers';

/** Quotes: the workflow apart from formats, follow-ups and documents (PDF, Excel, e-mail). */
export const quoteHandlers = { ...workflowHandlers, ...formatHandlers, ...followUpHandlers, ...documentHandlers };
