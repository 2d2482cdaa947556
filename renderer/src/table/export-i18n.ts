/** The export button's strings, mounted in ui-zh-CN / ui-en as `listExport`. */
export const listExportUiZhCN = {
  button: '导出',
  title: '把当前筛选和排序下的全部行（不只本页）导出为 Excel',
  exporting: '正在导出…',
  progress: '正在导出 {{done}}/{{total}} 行',
  done: '已导出 {{rows}} 行',
  noColumns: '没有可导出的列：请在“显示列”中勾选要导出的列',
  periodFrom: '期间起',
  periodTo: '期间止',
};

export const listExportUiEn: typeof listExportUiZhCN = {
  button: 'Export',
  title: 'Export every row of the current filter and sort (not only this page) to Excel',
  exporting: 'Exporting…',
  progress: 'Exporting {{done}}/{{total}} rows',
  done: '{{rows}} rows exported',
  noColumns: 'No column to export: tick the columns to export under Columns',
  periodFrom: 'Period from',
  periodTo: 'Period to',
};
