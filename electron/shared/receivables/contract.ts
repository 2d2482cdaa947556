import { creditChannels } from './credit-contract';

/** The receivables channels. */
export const receivableChannels = { ...creditChannels };
