/** The core's wording for orders entered directly, mounted in shared/i18n as `directOrderMsg` (fields merged). */
export const directOrderMessagesZhCN = {
  errors: {
    wrongStatus: '销售合同 {{number}} 状态为「{{status}}」，不能{{action}}',
    awaitingApproval: '销售合同 {{number}} 正在等待经理审批，审批完成前不能{{action}}',
    notPending: '销售合同 {{number}} 没有待审批的申请',
    fromQuote: '销售合同 {{number}} 由报价单生成，请在报价单上修改',
    unknownCustomer: '找不到该客户，请重新选择',
    unknownProduct: '找不到该产品，请重新选择',
  },
  validation: {
    noLines: '请至少填写一行明细',
    noGoods: '至少要有一行货物（不能只有折扣或运费）',
    dueBeforeOrder: '交货日期不能早于合同日期',
  },
  action: {
    update: '修改',
    confirm: '确认',
    approve: '审批',
    reject: '驳回',
  },
  fields: {
    customerName: '客户名称',
    customerPo: '客户订单号',
    orderDate: '合同日期',
    orderStatus: '合同状态',
    approval: '审批',
    enteredBy: '录入人',
  },
};

export const directOrderMessagesEn: typeof directOrderMessagesZhCN = {
  errors: {
    wrongStatus: 'Sales order {{number}} is {{status}} and cannot be {{action}}',
    awaitingApproval: 'Sales order {{number}} is waiting for a manager’s approval and cannot be {{action}} until then',
    notPending: 'Sales order {{number}} is not waiting for approval',
    fromQuote: 'Sales order {{number}} was made from a quote: change the quote instead',
    unknownCustomer: 'This customer no longer exists: choose again',
    unknownProduct: 'This product no longer exists: choose again',
  },
  validation: {
    noLines: 'Enter at least one line',
    noGoods: 'At least one line must be goods (not only discounts or freight)',
    dueBeforeOrder: 'The delivery date cannot be before the order date',
  },
  action: {
    update: 'changed',
    confirm: 'confirmed',
    approve: 'approved',
    reject: 'rejected',
  },
  fields: {
    customerName: 'Customer name',
    customerPo: 'Customer PO',
    orderDate: 'Order date',
    orderStatus: 'Order status',
    approval: 'Approval',
    enteredBy: 'Entered by',
  },
};
