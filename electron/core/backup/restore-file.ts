import path from 'node:path';
import { appendAudit, type AuditActor } from '../audit/audit-log';
import { writeBackup } from '../db/backup-file';
import { isNeiqinDatabase } from '../db/inspect';
import { AppError } from '../rpc/errors';
import type { CoreServices } from '../services';

/**
 * Swaps a backup in for the live database: checks it is a Neiqin database, keeps
 * a safety copy of the current one, and records the restore in the restored file.
 */
export async function restoreInto(
  services: CoreServices,
  file: string,
  actor: AuditActor,
): Promise<{ safetyCopy: string }> {
  const name = path.basename(file);
  if (!(await isNeiqinDatabase(file))) throw new AppError('VALIDATION', 'errors.restoreInvalid', { name });
  const safetyCopy = await writeBackup(services.db(), services.backupDir, 'pre-restore');
  await services.replaceDatabase(file);
  await appendAudit(services.db(), actor, {
    entity: 'backup',
    entityId: name,
    action: 'restore',
    after: { restored: name, safetyCopy },
  });
  return { safetyCopy };
}
