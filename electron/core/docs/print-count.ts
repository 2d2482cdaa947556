import type { Knex } from 'knex';
import { appendAudit } from '../audit/audit-log';
import { writeTransaction } from '../db/write-transaction';
import type { HandlerContext } from '../rpc/handler';

/**
 * Counts a print of each document (its `print_count`) and audits it as a print, or a reprint after the first, in
 * one transaction after the PDF was rendered (rendering takes seconds and must not hold the database).
 * `alongside` writes in the same transaction (a note's snapshot kept by its first print).
 */
export async function countPrints(
  ctx: HandlerContext,
  table: 'delivery_notes' | 'sales_orders' | 'delivery_notices' | 'purchase_orders' | 'internal_transfers',
  entity: 'delivery' | 'order' | 'deliveryNotice' | 'purchaseOrder' | 'internalTransfer',
  ids: number[],
  { alongside }: { alongside?: (trx: Knex.Transaction) => Promise<void> } = {},
): Promise<void> {
  const actor = { userId: ctx.user?.id ?? null, userName: ctx.user?.displayName ?? null, channel: ctx.channel };
  await writeTransaction(ctx.services.db(), async (trx) => {
    await alongside?.(trx);
    for (const id of ids) {
      await trx(table).where({ id }).increment('print_count', 1);
      const { print_count: count } = (await trx(table).where({ id }).first('print_count')) as { print_count: number };
      await appendAudit(trx, actor, {
        entity,
        entityId: id,
        action: count > 1 ? 'reprint' : 'print',
        after: { printCount: count },
      });
    }
  });
}
