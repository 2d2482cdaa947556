import type { In } from '../../../electron/shared/contracts';
import { today } from '../../../electron/core/dates';
import type { TestCore } from './test-core';

/** A repeat customer with a default delivery address, and two products it buys: list prices net, 13% VAT. */
export async function repeatCustomer(t: TestCore, name = '苏州工业园区清源华衍水务有限公司') {
  const customer = await t.ok('customers.create', {
    name,
    paymentTerms: '月结30天',
    addresses: [{ address: '苏州工业园区星港街 33 号', contact: '钱工', phone: '0512-62880000', isDefault: true }],
  });
  return customer;
}

/** 法兰球阀: list 100.00 net (113.00 with tax), standard cost 60.00. 压力表: list 80.00, no standard cost. */
export async function catalogue(t: TestCore) {
  const valve = await t.ok('products.create', {
    code: 'FM-DN50',
    name: '法兰球阀',
    brand: '苏阀',
    spec: 'Q41F-16C DN50',
    unit: '台',
    taxRate: '0.13',
    listPrice: '100',
    standardCost: '60',
  });
  const gauge = await t.ok('products.create', {
    code: 'YB-100',
    name: '压力表',
    brand: '布莱迪',
    spec: 'Y-100 0-1.6MPa',
    unit: '只',
    taxRate: '0.13',
    listPrice: '80',
    standardCost: '0',
  });
  return { valve, gauge };
}

type Line = In<'orders.direct.create'>['lines'][number];

/** An order line of a product at a tax-included unit price. */
export function lineOf(
  p: { id: number; name: string; brand: string | null; spec: string | null; unit: string },
  quantity: string,
  unitPrice: string,
): Line {
  return { productId: p.id, name: p.name, brand: p.brand, spec: p.spec, unit: p.unit, quantity, unitPrice };
}

/** The order as phoned in: PO number, today's date, delivery in a week. */
export function phonedOrder(customerId: number, lines: Line[]): In<'orders.direct.create'> {
  return {
    customerId,
    customerPo: 'QY-PO-2611',
    orderDate: today(),
    dueDate: null,
    contactName: '钱工',
    contactPhone: '0512-62880000',
    paymentTerms: '月结30天',
    priceIncludesTax: true,
    notes: '电话订货，传真确认',
    lines,
  };
}
