/** The invoices pages' strings, mounted in ui-zh-CN / ui-en as `invoices`. */
export const invoicesUiZhCN = {};

export const invoicesUiEn: typeof invoicesUiZhCN = {};
