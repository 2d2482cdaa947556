import fs from 'node:fs';
import { openSqlite } from './connection';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** A file is a Neiqin database when it is SQLite and holds our migrations and users tables. */
export async function isNeiqinDatabase(file: string): Promise<boolean> {
  try {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    fs.closeSync(fd);
    if (head.toString('latin1') !== SQLITE_MAGIC) return false;
  } catch {
    return false;
  }
  const db = openSqlite(file);
  try {
    return (await db.schema.hasTable('knex_migrations')) && (await db.schema.hasTable('users'));
  } catch {
    return false;
  } finally {
    await db.destroy();
  }
}
