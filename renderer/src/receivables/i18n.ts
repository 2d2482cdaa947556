/** The receivables pages' strings, mounted in ui-zh-CN / ui-en as `receivables`. */
export const receivablesUiZhCN = {};

export const receivablesUiEn: typeof receivablesUiZhCN = {};
