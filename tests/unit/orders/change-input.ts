import type { In, Out } from '../../../electron/shared/contracts';

type Line = In<'orders.change'>['lines'][number];

/** The order as a change input: every line kept as it is, every term as it is; the test edits what the story changes. */
export function asChange(order: Out<'orders.get'>, reason: string): In<'orders.change'> & { lines: Line[] } {
  return {
    id: order.id,
    lockVersion: order.lockVersion,
    reason,
    dueDate: order.dueDate,
    deliveryAddress: order.deliveryAddress,
    contactName: order.contactName,
    contactPhone: order.contactPhone,
    paymentTerms: order.paymentTerms,
    lines: order.lines.map((l) => ({
      orderLineId: l.id,
      kind: l.kind,
      productId: l.productId,
      name: l.name,
      brand: l.brand,
      spec: l.spec,
      unit: l.unit,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      dueDate: l.dueDate,
    })),
  };
}
