import knex, { type Knex } from 'knex';

/** Pragmas every SQLite connection needs; set when the pool creates it. */
const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 5000',
  'PRAGMA synchronous = NORMAL',
].join(';');

interface SqliteConnection {
  exec(sql: string, done: (err: Error | null) => void): void;
}

export function openSqlite(filename: string): Knex {
  return knex({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) {
        conn.exec(SQLITE_PRAGMAS, (err) => done(err, conn));
      },
    },
  });
}

/** True on SQLite, where the substring indexes (FTS5) and the write-lock claim apply. */
export const isSqlite = (db: Knex | Knex.Transaction): boolean => /sqlite/i.test(String(db.client.config.client));

/** True when a database error is a UNIQUE violation (SQLite or PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: string; message?: string };
  return e.code === '23505' || (e.code === 'SQLITE_CONSTRAINT' && /UNIQUE/i.test(e.message ?? ''));
}
