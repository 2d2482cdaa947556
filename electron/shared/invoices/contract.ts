/** The invoices channels. */
export const invoiceChannels = {};
