import { today } from '../../../electron/core/dates';
import type { TestCore } from '../support/test-core';

/** Three valve makers and a product bought in from them. */
export async function suppliersAndValve(t: TestCore) {
  const su = await t.ok('suppliers.create', {
    name: '苏州阀门厂有限公司',
    contacts: [{ name: '周工', mobile: '13800000001', email: 'zhou@sufa.cn', isPrimary: true }],
  });
  const sh = await t.ok('suppliers.create', { name: '上海良工阀门厂' });
  const tj = await t.ok('suppliers.create', { name: '天津塘沽瓦特斯阀门' });
  const valve = await t.ok('products.create', {
    code: 'Q41F-80',
    name: '法兰球阀',
    spec: 'Q41F-16C DN80',
    unit: '台',
    source: 'bought',
  });
  return { su, sh, tj, valve };
}

/** A draft quote whose cost sheet has the valve (tax-included costs) and a freight overhead. */
export async function draftQuoteWithCosts(t: TestCore, valveId: number, costIncludesTax = true) {
  const customer = await t.ok('customers.create', { name: '北京华联机电工程有限公司' });
  return t.ok('quotes.create', {
    customerId: customer.id,
    quoteDate: today(),
    costIncludesTax,
    lines: [
      { productId: valveId, name: '法兰球阀', spec: 'Q41F-16C DN80', unit: '台', quantity: '10', unitPrice: '1500' },
    ],
    costLines: [
      {
        lineNo: 1,
        productId: valveId,
        name: '法兰球阀',
        spec: 'Q41F-16C DN80',
        unit: '台',
        quantity: '10',
        unitCost: '1000',
      },
      { lineNo: null, name: '运费', unit: '次', quantity: '1', unitCost: '300' },
    ],
  });
}
