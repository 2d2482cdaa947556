import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../db/backup-file';
import { openSqlite } from '../db/connection';
import type { SecretBox } from '../secrets/secret-box';
import { protectClearSmtpPassword } from './smtp-password';

/**
 * Backups written before the mail password was protected hold it in clear: it is protected
 * there too (VACUUM drops the old page), keeping each file's date. Run when a clear password
 * was just found in the live database, that is on the first start of this version or after
 * restoring such a backup; a file that cannot be opened is left as it is.
 */
export async function protectClearSecretsInBackups(backupDir: string, secrets: SecretBox): Promise<string[]> {
  const changed: string[] = [];
  for (const { name } of listBackups(backupDir)) {
    const file = path.join(backupDir, name);
    const { atime, mtime } = fs.statSync(file);
    const db = openSqlite(file);
    try {
      if (!(await db.schema.hasTable('settings'))) continue;
      if (!(await protectClearSmtpPassword(db, secrets))) continue;
      await db.raw('VACUUM');
      changed.push(name);
    } catch (err) {
      console.error(`[neiqin] could not protect the mail password in backup ${name}`, err);
    } finally {
      await db.destroy();
    }
    if (changed.includes(name)) fs.utimesSync(file, atime, mtime);
  }
  return changed;
}
