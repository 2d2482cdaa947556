/** The receipts channels. */
export const receiptChannels = {};
