/** What the history (操作记录) says of itself and the codes no other page names; mounted in ui-zh-CN / ui-en as `auditText`. */
export const auditTextUiZhCN = {
  record: '单据 / 资料',
  /** An id whose record is no longer there. */
  gone: '（已删除）',
  sealPositions: { left: '公章在左', right: '公章在右' },
  locales: { 'zh-CN': '中文', en: 'English' },
  settingsKeys: {
    company: '公司信息',
    smtp: '邮件服务器',
    deliveries: '送货单设置',
    receivables: '应收与信用设置',
    numbering: '单据编号',
    quotes: '报价审批规则',
    quoteFormat: '报价格式',
    backup: '自动备份',
  },
};

export const auditTextUiEn: typeof auditTextUiZhCN = {
  record: 'Record',
  gone: '(deleted)',
  sealPositions: { left: 'Seal on the left', right: 'Seal on the right' },
  locales: { 'zh-CN': '中文', en: 'English' },
  settingsKeys: {
    company: 'Company',
    smtp: 'Mail server',
    deliveries: 'Delivery notes',
    receivables: 'Receivables and credit',
    numbering: 'Document numbers',
    quotes: 'Quote approval rules',
    quoteFormat: 'Quote format',
    backup: 'Automatic backup',
  },
};
