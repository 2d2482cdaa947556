import { collectionsUiEn, collectionsUiZhCN } from './collections/i18n';

/** The receivables pages' strings, mounted in ui-zh-CN / ui-en as `receivables`. */
export const receivablesUiZhCN = {
  collections: collectionsUiZhCN,
};

export const receivablesUiEn: typeof receivablesUiZhCN = {
  collections: collectionsUiEn,
};
