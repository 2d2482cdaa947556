/** The core's receipts wording, mounted in shared/i18n as `receiptMsg` (fields merged into `fields`). */
export const receiptMessagesZhCN = {
  errors: {},
  fields: {},
  text: {},
};

export const receiptMessagesEn: typeof receiptMessagesZhCN = {
  errors: {},
  fields: {},
  text: {},
};
