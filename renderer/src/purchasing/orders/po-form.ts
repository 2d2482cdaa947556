import { Dec, parseDecimal, type TaxRate } from '@shared/money';
import type { PoDetail, SalesOrderPurchase } from '@shared/purchasing/orders/contract';
import { restateUnitPrice } from '@shared/quotes/quote-pricing';

/** One allocation as the form holds it: the order is kept beside its line so the line picker knows what to offer. */
export interface AllocationValues {
  orderId?: number | null;
  orderNumber?: string;
  orderLineId?: number | null;
  quantity?: string;
}

export interface PoLineValues {
  productId?: number | null;
  name?: string;
  spec?: string | null;
  unit?: string;
  model?: string | null;
  quantity?: string;
  unitPrice?: string;
  taxRate?: string;
  expectedDate?: string | null;
  overReason?: string | null;
  notes?: string | null;
  rfqAnswerLineId?: number | null;
  allocations?: AllocationValues[];
}

export type PoValues = Record<string, unknown> & { lines?: PoLineValues[] };

/** A new goods line: one piece at 13%, its price still to be typed. */
export const blankLine = (unit: string): PoLineValues => ({
  unit,
  quantity: '1',
  unitPrice: '',
  taxRate: '0.13',
  allocations: [],
});

/** A new PO: dated today, prices with tax, delivered to us. */
export function blankPo(unit: string, today: string): PoValues {
  return {
    orderDate: today,
    expectedDate: null,
    priceIncludesTax: true,
    deliveryMode: 'to_us',
    shipOrderId: null,
    lines: [blankLine(unit)],
  };
}

/** A saved draft back as the form holds it. */
export function poValues(p: PoDetail): PoValues {
  return {
    supplierId: p.supplierId,
    contactId: p.contactId,
    orderDate: p.orderDate,
    expectedDate: p.expectedDate,
    priceIncludesTax: p.priceIncludesTax,
    paymentTerms: p.paymentTerms,
    deliveryMode: p.deliveryMode,
    shipOrderId: p.shipOrderId,
    deliveryAddress: p.deliveryAddress,
    notes: p.notes,
    lines: p.lines.map((l) => ({
      productId: l.productId,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      model: l.model,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      expectedDate: l.expectedDate,
      overReason: l.overReason,
      notes: l.notes,
      rfqAnswerLineId: l.rfqAnswerLineId,
      allocations: l.allocations.map((a) => ({
        orderId: a.orderId,
        orderNumber: a.orderNumber,
        orderLineId: a.orderLineId,
        quantity: a.quantity,
      })),
    })),
  };
}

/**
 * What a sales-order line still needs bought apart from this PO: ordered less what every standing PO bought for it,
 * with what this (saved) PO itself gives it added back, never below 0.
 */
export function stillNeeded(line: SalesOrderPurchase['lines'][number], onThisPo: string | undefined): string {
  const rest = parseDecimal(line.ordered)
    .minus(parseDecimal(line.purchased))
    .plus(onThisPo ? parseDecimal(onThisPo) : 0);
  return Dec.max(rest, 0).toString();
}

/**
 * The lines of a sales order that still need buying, as PO lines serving them: the quantity still needed, all of it
 * allocated to its order line, at the product's standard cost (a net figure) on the PO's tax terms when it has one.
 */
export function linesToBuy(
  order: { id: number; number: string },
  purchase: SalesOrderPurchase,
  taxRates: Map<number, TaxRate>,
  costs: Map<number, string>,
  priceIncludesTax: boolean,
): PoLineValues[] {
  return purchase.lines
    .filter((l) => parseDecimal(l.needed).greaterThan(0))
    .map((l) => {
      const taxRate = taxRates.get(l.orderLineId) ?? '0.13';
      const cost = l.productId === null ? undefined : costs.get(l.productId);
      const known = cost !== undefined && parseDecimal(cost).greaterThan(0);
      return {
        productId: l.productId,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        quantity: l.needed,
        unitPrice: known ? restateUnitPrice(cost, taxRate, false, priceIncludesTax) : '',
        taxRate,
        allocations: [{ orderId: order.id, orderNumber: order.number, orderLineId: l.orderLineId, quantity: l.needed }],
      };
    });
}

/** The line indexes (0-based) of field errors on a line's over-buy reason: the lines whose reason the core asked for. */
export function askedReasons(fields: { path: string }[]): number[] {
  return fields.flatMap((f) => {
    const m = /^(?:data\.)?lines\.(\d+)\.overReason$/.exec(f.path);
    return m ? [Number(m[1])] : [];
  });
}
