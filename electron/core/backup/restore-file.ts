import fs from 'node:fs';
import path from 'node:path';
import { appendAudit, type AuditActor } from '../audit/audit-log';
import { backupStamp, writeBackup } from '../db/backup-file';
import { isNeiqinDatabase } from '../db/inspect';
import { AppError } from '../rpc/errors';
import type { CoreServices } from '../services';
import { now } from '../dates';

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

/**
 * Puts a backup in place of a database that can no longer be opened (a damaged file): the
 * damaged file is moved to backups/ as it is (…-damaged.db), then the backup copied in. The
 * caller opens the core afterwards, which migrates the restored file and records the restore.
 */
export async function restoreOverDamaged(
  paths: { dbFile: string; backupDir: string },
  file: string,
): Promise<{ damagedCopy: string | null }> {
  if (!(await isNeiqinDatabase(file)))
    throw new AppError('VALIDATION', 'errors.restoreInvalid', { name: path.basename(file) });
  fs.mkdirSync(paths.backupDir, { recursive: true });
  let damagedCopy: string | null = null;
  if (fs.existsSync(paths.dbFile)) {
    damagedCopy = `neiqin-${backupStamp(now())}-damaged.db`;
    fs.renameSync(paths.dbFile, path.join(paths.backupDir, damagedCopy));
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(paths.dbFile + suffix, { force: true });
  fs.copyFileSync(file, paths.dbFile);
  return { damagedCopy };
}
