import { Dec } from '../../../shared/money';

/**
 * How a PO line's accepted goods are shared among the sales-order lines it serves: in the order the allocations were
 * made, each filled before the next gets any, never above its own quantity; what goes beyond every allocation is
 * stock. Whole goods stay whole (2 of 4 cabinets arrived for allocations of 3 and 1 gives 2 and 0, never 1.5 and
 * 0.5), and the sales order, a forward and a drop-ship all read the same shares.
 */
export function fillAllocations(accepted: Dec, allocations: readonly Dec[]): Dec[] {
  let left = Dec.max(accepted, 0);
  return allocations.map((quantity) => {
    const share = Dec.min(quantity, left);
    left = left.minus(share);
    return share;
  });
}
