/** 投标文件 pages' wording, mounted as `bidPackages` in the ui messages. */
export const bidPackagesUiZhCN = {
  auditActions: {
    finalize: '定稿',
    reopen: '重新打开',
    addSection: '添加章节',
    updateSection: '修改章节',
    reorderSections: '调整章节顺序',
    removeSection: '删除章节',
    setSectionItems: '修改章节资料',
    savePriceLines: '修改分项报价表',
    importQuote: '从报价单导入',
    saveDeviations: '修改偏离表',
  },
};

export const bidPackagesUiEn: typeof bidPackagesUiZhCN = {
  auditActions: {
    finalize: 'Finalised',
    reopen: 'Reopened',
    addSection: 'Section added',
    updateSection: 'Section changed',
    reorderSections: 'Sections reordered',
    removeSection: 'Section removed',
    setSectionItems: 'Section files changed',
    savePriceLines: 'Price breakdown changed',
    importQuote: 'Imported from a quote',
    saveDeviations: 'Deviation table changed',
  },
};
