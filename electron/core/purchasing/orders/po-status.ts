import type { Knex } from 'knex';
import { Dec, parseDecimal } from '../../../shared/money';
import type { PoStatus } from '../../../shared/purchasing/orders/contract';
import { nowIso } from '../../db/rows';
import { AppError } from '../../rpc/errors';
import { receivedByPoLine } from './po-store';

/** The statuses receipts move a PO between. */
const FOLLOWS_RECEIPTS: readonly PoStatus[] = ['sent', 'confirmed', 'partial', 'received'];

/** Refuses an action the PO's status does not allow, naming both in the user's words. */
export function assertPoStatus(
  po: { number: string; status: PoStatus },
  allowed: readonly PoStatus[],
  action: string,
): void {
  if (!allowed.includes(po.status))
    throw new AppError('CONFLICT', 'poMsg.errors.wrongStatus', {
      number: po.number,
      status: `@poMsg.status.${po.status}`,
      action: `@poMsg.action.${action}`,
    });
}

/**
 * Brings a PO's status in step with its posted receipts, in the receipt's transaction: received once every line has
 * all it ordered accepted, partial once any has some, else back to confirmed (or sent, when never confirmed).
 */
export async function settlePoStatus(trx: Knex.Transaction, poId: number): Promise<PoStatus> {
  const po = (await trx('purchase_orders').where({ id: poId }).first('status', 'confirmed_on')) as {
    status: PoStatus;
    confirmed_on: string | null;
  };
  if (!FOLLOWS_RECEIPTS.includes(po.status)) return po.status;
  const lines = (await trx('purchase_order_lines').where({ po_id: poId }).select('id', 'quantity')) as {
    id: number;
    quantity: string;
  }[];
  const { accepted } = await receivedByPoLine(
    trx,
    lines.map((l) => l.id),
  );
  const got = lines.map((l) => ({ accepted: accepted.get(l.id) ?? new Dec(0), ordered: parseDecimal(l.quantity) }));
  const next: PoStatus =
    got.length && got.every((l) => l.accepted.greaterThanOrEqualTo(l.ordered))
      ? 'received'
      : got.some((l) => l.accepted.greaterThan(0))
        ? 'partial'
        : po.confirmed_on
          ? 'confirmed'
          : 'sent';
  if (next !== po.status)
    await trx('purchase_orders').where({ id: poId }).update({ status: next, updated_at: nowIso() });
  return next;
}
