import type { ExcelKind } from '../../shared/excel/contract';
import { appendAudit } from '../audit/audit-log';
import { AppError } from '../rpc/errors';
import type { HandlerContext } from '../rpc/handler';
import { MASTER_KINDS } from './master-kinds';
import { writeTransaction } from '../db/write-transaction';

/** Rows written between two looks at the event loop, so progress polls get answered. */
const YIELD_EVERY = 200;

/**
 * Writes a previewed import in one transaction: every row or none. Each record gets its
 * audit row, and the import one more that sums it up.
 */
export async function commitImport(
  importId: string,
  ctx: HandlerContext,
): Promise<{ kind: ExcelKind; created: number; updated: number }> {
  const entry = ctx.services.imports.get(importId);
  if (!entry || entry.userId !== ctx.user?.id || entry.state !== 'pending')
    throw new AppError('NOT_FOUND', 'errors.importExpired');
  if (entry.errors > 0) throw new AppError('VALIDATION', 'errors.importHasErrors', { count: entry.errors });
  const kind = MASTER_KINDS[entry.kind];
  ctx.require(kind.permission);
  const actor = { userId: ctx.user.id, userName: ctx.user.displayName, channel: ctx.channel };

  entry.state = 'running';
  entry.done = 0;
  try {
    const counts = await writeTransaction(ctx.services.db(), async (trx) => {
      let created = 0;
      let updated = 0;
      for (const row of entry.rows) {
        // Checked again on commit: the record may have changed since the preview.
        const existing = row.existing ? await kind.get(trx, row.existing.id) : null;
        const refused = kind.refused?.(ctx.user, row.data as never, existing) ?? [];
        if (refused.length) throw new AppError('FORBIDDEN', refused[0]!.message, {}, refused);
        if (row.existing) {
          const before = existing!;
          await kind.update(trx, row.existing.id, row.existing.lockVersion, row.data as never);
          await appendAudit(trx, actor, {
            entity: kind.entity,
            entityId: row.existing.id,
            action: 'update',
            before,
            after: await kind.get(trx, row.existing.id),
          });
          updated++;
        } else {
          const record = await kind.create(trx, row.data as never);
          await appendAudit(trx, actor, { entity: kind.entity, entityId: record.id, action: 'create', after: record });
          created++;
        }
        entry.done++;
        if (entry.done % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      await appendAudit(trx, actor, {
        entity: 'import',
        entityId: importId,
        action: 'import',
        after: { kind: entry.kind, created, updated },
      });
      return { created, updated };
    });
    entry.state = 'done';
    return { kind: entry.kind, ...counts };
  } catch (err) {
    entry.state = 'failed';
    throw err;
  }
}
