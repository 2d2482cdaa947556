/** The receivables channels. */
export const receivableChannels = {};
