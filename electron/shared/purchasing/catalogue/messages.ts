/** The core's catalogue wording, mounted in shared/i18n as `catalogueMsg` (fields merged into `fields`). */
export const catalogueMessagesZhCN = {
  errors: {
    paramDuplicate: '参数“{{name}}”重复了，同名参数只能有一个',
    noSupplier: '请选择一个已有的供应商',
    noProduct: '请选择一个已有的产品',
    duplicate: '这个供应商的这个产品已经在档案里了，请直接修改它',
    noFile: '这个文件不存在，请重新上传',
  },
  source: { rfq: '询价', po: '采购单', manual: '手工录入' },
  fileKind: { brochure: '样本', certificate: '证书', other: '其他' },
  fields: {
    params: '参数',
    value: '参数值',
    model: '供应商型号',
    maker: '制造商',
    priceDate: '价格日期',
    minQuantity: '起订数量',
    leadDays: '交货期（天）',
    fileId: '文件',
  },
};

export const catalogueMessagesEn: typeof catalogueMessagesZhCN = {
  errors: {
    paramDuplicate: 'The parameter “{{name}}” appears twice; each name may be given once',
    noSupplier: 'Choose an existing supplier',
    noProduct: 'Choose an existing product',
    duplicate: 'This supplier’s offer of this product is already on file; edit that one',
    noFile: 'This file is not there; upload it again',
  },
  source: { rfq: 'RFQ', po: 'Purchase order', manual: 'Typed in' },
  fileKind: { brochure: 'Brochure', certificate: 'Certificate', other: 'Other' },
  fields: {
    params: 'Parameters',
    value: 'Value',
    model: 'Supplier’s model',
    maker: 'Maker',
    priceDate: 'Price date',
    minQuantity: 'Minimum quantity',
    leadDays: 'Lead time (days)',
    fileId: 'File',
  },
};
