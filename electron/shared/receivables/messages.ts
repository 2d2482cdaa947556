/** The core's receivables wording, mounted in shared/i18n as `receivableMsg` (fields merged into `fields`). */
export const receivableMessagesZhCN = {
  errors: {
    bucketsIncreasing: '账龄分段的天数须逐段增大',
    creditTermsManagerOnly: '只有销售经理可以修改信用额度和账期',
    noticeBlocked: '发货通知单 {{number}} 未通过信用检查：{{why}}。需销售经理填写原因后放行',
    noteBlocked: '送货单 {{number}} 装车前未通过信用检查：{{why}}。需销售经理填写原因后放行',
    notBlocked: '{{document}} {{number}} 目前没有信用问题，无需放行',
    releaseWrongStatus: '{{document}} {{number}} 状态为「{{status}}」，不在信用检查点上，无需放行',
  },
  fields: {
    overdueBasis: '逾期起算',
    ageingBasis: '账龄起算',
    buckets: '账龄分段（天）',
    ackReminderDays: '发票回执提醒天数',
    checkpoint: '检查点',
    documentId: '单据',
    exposure: '信用占用',
    openInvoices: '未结发票',
    unapplied: '预收（未核销）',
    deliveredNotInvoiced: '已送未开票',
    noticesNotDelivered: '已确认未送货',
    extra: '本次金额',
    standing: '信用状况',
    creditRelease: '放行记录',
    creditWarning: '信用提醒',
    asOf: '日期',
  },
  text: {
    overLimit: '超出信用额度 ¥{{over}}（额度 ¥{{limit}}，已占用 ¥{{exposure}}，本次 ¥{{extra}}）',
    cashOnly: '该客户为现款客户（额度 0），不能赊欠 ¥{{total}}',
    overdue: '有逾期未收款 ¥{{overdue}}',
    notice: '发货通知单',
    note: '送货单',
  },
};

export const receivableMessagesEn: typeof receivableMessagesZhCN = {
  errors: {
    bucketsIncreasing: 'each ageing bucket must have more days than the one before',
    creditTermsManagerOnly: 'only a sales manager may change the credit limit and payment days',
    noticeBlocked:
      'delivery notice {{number}} failed the credit check: {{why}}. A manager must release it with a reason',
    noteBlocked:
      'delivery note {{number}} failed the credit check before loading: {{why}}. A manager must release it with a reason',
    notBlocked: '{{document}} {{number}} has no credit problem; there is nothing to release',
    releaseWrongStatus: '{{document}} {{number}} is {{status}}, not at a credit check; there is nothing to release',
  },
  fields: {
    overdueBasis: 'Overdue counted from',
    ageingBasis: 'Ageing counted from',
    buckets: 'Ageing buckets (days)',
    ackReminderDays: 'Invoice acknowledgment reminder (days)',
    checkpoint: 'Check point',
    documentId: 'Document',
    exposure: 'Credit exposure',
    openInvoices: 'Open invoices',
    unapplied: 'Unapplied receipts',
    deliveredNotInvoiced: 'Delivered, not invoiced',
    noticesNotDelivered: 'Confirmed, not delivered',
    extra: 'This time',
    standing: 'Credit standing',
    creditRelease: 'Release',
    creditWarning: 'Credit warning',
    asOf: 'As of',
  },
  text: {
    overLimit: 'over the credit limit by ¥{{over}} (limit ¥{{limit}}, exposure ¥{{exposure}}, this time ¥{{extra}})',
    cashOnly: 'a cash-only customer (limit 0) cannot owe ¥{{total}}',
    overdue: 'overdue debt of ¥{{overdue}}',
    notice: 'Delivery notice',
    note: 'Delivery note',
  },
};
