/** The core's invoices wording, mounted in shared/i18n as `invoiceMsg` (fields merged into `fields`). */
export const invoiceMessagesZhCN = {
  errors: {},
  fields: {},
  text: {},
};

export const invoiceMessagesEn: typeof invoiceMessagesZhCN = {
  errors: {},
  fields: {},
  text: {},
};
