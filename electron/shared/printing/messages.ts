/** The core's printing wording, mounted in shared/i18n as `printMsg` (fields merged into `fields`). */
export const printMessagesZhCN = {
  errors: {
    offsetNumber: '偏移请填写毫米数，如 1.5 或 -2',
    offsetRange: '偏移应在 -20 到 20 毫米之间；偏得更多时请先把纸对准',
    partNotOnForm: '“{{part}}”不是送货单的联次，可选：{{parts}}',
    partTwice: '“{{part}}”选了两次',
  },
  fields: {
    format: '打印格式',
    offsetX: '水平偏移（毫米）',
    offsetY: '垂直偏移（毫米）',
  },
  calibrationFile: '套打校准页-{{paper}}.pdf',
};

export const printMessagesEn: typeof printMessagesZhCN = {
  errors: {
    offsetNumber: 'Enter the offset in millimetres, e.g. 1.5 or -2',
    offsetRange: 'An offset is between -20 and 20 mm; further off, line the paper up first',
    partNotOnForm: '“{{part}}” is not a part of the delivery note; the parts are: {{parts}}',
    partTwice: '“{{part}}” is chosen twice',
  },
  fields: {
    format: 'Print format',
    offsetX: 'Horizontal offset (mm)',
    offsetY: 'Vertical offset (mm)',
  },
  calibrationFile: 'Form-calibration-{{paper}}.pdf',
};
