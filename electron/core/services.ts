import type { Knex } from 'knex';
import type { ImportStore } from './excel/import-store';
import type { SessionStore } from './users/sessions';

/** What handlers may reach beyond their transaction: folders, sessions, long-running work. */
export interface CoreServices {
  db(): Knex;
  readonly dataDir: string;
  readonly dbFile: string;
  readonly backupDir: string;
  readonly attachmentDir: string;
  readonly sessions: SessionStore;
  readonly imports: ImportStore;
  /** Closes the database, puts `file` in its place and opens it again (restore). */
  replaceDatabase(file: string): Promise<void>;
}
