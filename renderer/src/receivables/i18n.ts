import { ageingUiEn, ageingUiZhCN } from './ageing/i18n';

/** The receivables pages' strings, mounted in ui-zh-CN / ui-en as `receivables`. */
export const receivablesUiZhCN = {
  ageing: ageingUiZhCN,
};

export const receivablesUiEn: typeof receivablesUiZhCN = {
  ageing: ageingUiEn,
};
