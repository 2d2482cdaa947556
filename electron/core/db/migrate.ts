import fs from 'node:fs';
import type { Knex } from 'knex';
import { migrationSource } from '../../../migrations/index';
import { writeBackup } from './backup-file';

/**
 * Brings the schema up to date. An existing database is backed up first, so a
 * failed or unwanted migration can always be undone by restoring that copy.
 */
export async function migrateToLatest(
  db: Knex,
  dbFile: string,
  backupDir: string,
): Promise<{ applied: string[]; backup: string | null }> {
  // Asked before listing: listing creates knex's own bookkeeping tables.
  const hadData = fs.existsSync(dbFile) && (await db.schema.hasTable('knex_migrations'));
  const [, pending] = (await db.migrate.list({ migrationSource })) as [unknown[], { name: string }[]];
  if (pending.length === 0) return { applied: [], backup: null };
  const backup = hadData ? await writeBackup(db, backupDir, 'pre-migrate') : null;
  await db.migrate.latest({ migrationSource });
  return { applied: pending.map((p) => p.name), backup };
}
