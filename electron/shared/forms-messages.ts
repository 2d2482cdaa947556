/** Wording shared by the renderer's forms and the desktop shell: leaving with unsaved changes, money totals. */
export const formsMessagesZhCN = {
  unsaved: {
    title: '有未保存的修改，确定离开？',
    detail: '离开后，刚才的修改不会保存。',
    leave: '离开',
    stay: '留下',
  },
  negativeTotal: '价税合计不能为负数：折扣大于货物金额，请检查折扣行',
};

export const formsMessagesEn: typeof formsMessagesZhCN = {
  unsaved: {
    title: 'You have unsaved changes. Leave anyway?',
    detail: 'If you leave now, your changes are not saved.',
    leave: 'Leave',
    stay: 'Stay',
  },
  negativeTotal: 'The total cannot be negative: the discounts exceed the goods; check the discount lines',
};
