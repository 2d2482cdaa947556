import { uniqueMerge } from '../../shared/rpc/channel';
import { consignmentHandlers } from './consignment-handlers';
import { freightHandlers } from './freight-handlers';
import { runHandlers } from './run-handlers';

/** Dispatch: one handler file each for runs, consignments, and freight with the day board. */
export const dispatchHandlers = uniqueMerge('Handler for channel', runHandlers, consignmentHandlers, freightHandlers);
