/** The core's wording for pasted and imported lines, mounted in shared/i18n as `pasteMsg` (fields merged). */
export const pasteMessagesZhCN = {
  errors: {
    noSuchSheet: '文件中没有名为「{{sheet}}」的工作表',
  },
  fields: {
    rows: '明细行',
    sheet: '工作表',
  },
};

export const pasteMessagesEn: typeof pasteMessagesZhCN = {
  errors: {
    noSuchSheet: 'The file has no sheet named “{{sheet}}”',
  },
  fields: {
    rows: 'Lines',
    sheet: 'Sheet',
  },
};
