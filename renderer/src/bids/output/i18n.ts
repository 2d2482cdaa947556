/** The 生成投标文件 dialog's strings, mounted in ui-zh-CN / ui-en as `bidOutput`. */
export const bidOutputUiZhCN = {
  button: '生成投标文件',
  title: '生成投标文件（PDF）',
  edition: '生成哪一份',
  original: '正本',
  copy: '副本{{n}}',
  all: '全部（正本和 {{copies}} 份副本，每份一个文件）',
  start: '生成并下载',
  building: '正在生成 {{which}}…',
  step: '第 {{step}}/{{total}} 步：{{label}}',
  done: '已生成 {{count}} 个文件',
  skipped: '以下文件无法放入 PDF，已跳过：{{files}}',
};

export const bidOutputUiEn: typeof bidOutputUiZhCN = {
  button: 'Build bid PDF',
  title: 'Build the bid package (PDF)',
  edition: 'Which one',
  original: 'Original',
  copy: 'Copy {{n}}',
  all: 'All (the original and {{copies}} copies, one file each)',
  start: 'Build and download',
  building: 'Building {{which}}…',
  step: 'Step {{step}} of {{total}}: {{label}}',
  done: '{{count}} files built',
  skipped: 'These files cannot go into a PDF and were left out: {{files}}',
};
