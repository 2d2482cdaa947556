import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { now } from '../dates';

export const BACKUP_DIR_NAME = 'backups';

/** Local time as YYYYMMDD-HHMMSS, the way backup names carry it. */
export function backupStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/**
 * Writes a consistent copy of the live database with VACUUM INTO (safe under WAL,
 * while other readers go on). Names never collide: a counter is added when needed.
 */
export async function writeBackup(db: Knex, backupDir: string, reason: string, at = now()): Promise<string> {
  fs.mkdirSync(backupDir, { recursive: true });
  const base = `neiqin-${backupStamp(at)}-${reason}`;
  let name = `${base}.db`;
  for (let i = 2; fs.existsSync(path.join(backupDir, name)); i++) name = `${base}-${i}.db`;
  await db.raw('VACUUM INTO ?', [path.join(backupDir, name)]);
  return name;
}

export interface BackupFile {
  name: string;
  size: number;
  createdAt: string;
  reason: string;
}

export function listBackups(backupDir: string): BackupFile[] {
  if (!fs.existsSync(backupDir)) return [];
  return fs
    .readdirSync(backupDir)
    .filter((n) => /^neiqin-\d{8}-\d{6}.*\.db$/.test(n))
    .map((name) => {
      const st = fs.statSync(path.join(backupDir, name));
      const reason = /^neiqin-\d{8}-\d{6}-([a-z-]+?)(-\d+)?\.db$/.exec(name)?.[1] ?? 'manual';
      return { name, size: st.size, createdAt: st.mtime.toISOString(), reason };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}
