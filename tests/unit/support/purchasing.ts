import type { In } from '../../../electron/shared/contracts';
import { today } from '../../../electron/core/dates';
import type { TestCore } from './test-core';

/** A supplier of bought-in goods with one contact who takes orders by e-mail. */
export async function supplierWithContact(
  t: TestCore,
  name = '上海光华仪表有限公司',
  email = 'sales@guanghua.example',
) {
  const s = await t.ok('suppliers.create', {
    name,
    contacts: [{ name: '周经理', phone: '021-58880000', email, isPrimary: true }],
  });
  return { supplier: s, contactId: s.contacts[0]!.id };
}

/** A PO line of `quantity` at `unitPrice` (13%, tax included on the PO), optionally serving order lines. */
export function poLine(
  quantity: string,
  unitPrice: string,
  allocations: { orderLineId: number; quantity: string }[] = [],
  more: Partial<In<'purchasing.orders.create'>['lines'][number]> = {},
): In<'purchasing.orders.create'>['lines'][number] {
  return {
    name: '电磁流量计',
    spec: 'LDG-150',
    unit: '台',
    quantity,
    unitPrice,
    taxRate: '0.13',
    allocations,
    ...more,
  };
}

/** A PO input for the supplier, dated today. */
export function poInput(
  supplierId: number,
  lines: In<'purchasing.orders.create'>['lines'],
  more: Partial<In<'purchasing.orders.create'>> = {},
): In<'purchasing.orders.create'> {
  return { supplierId, orderDate: today(), lines, ...more };
}
