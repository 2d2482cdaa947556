/** The core's receivables wording, mounted in shared/i18n as `receivableMsg` (fields merged into `fields`). */
export const receivableMessagesZhCN = {
  errors: {},
  fields: {},
  text: {},
};

export const receivableMessagesEn: typeof receivableMessagesZhCN = {
  errors: {},
  fields: {},
  text: {},
};
