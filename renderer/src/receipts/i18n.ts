/** The receipts pages' strings, mounted in ui-zh-CN / ui-en as `receipts`. */
export const receiptsUiZhCN = {};

export const receiptsUiEn: typeof receiptsUiZhCN = {};
