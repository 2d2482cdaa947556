import type { In, Out } from '../../../electron/shared/contracts';
import { unchangedOrder } from '../../../electron/shared/orders/lifecycle-contract';

type Line = In<'orders.change'>['lines'][number];

/** The order as a change input: every line kept as it is, every term as it is; the test edits what the story changes. */
export function asChange(order: Out<'orders.get'>, reason: string): In<'orders.change'> & { lines: Line[] } {
  return unchangedOrder(order, reason);
}
