import type { Knex } from 'knex';
import type { HtmlToPdf } from './docs/html-to-pdf';
import type { ImportStore } from './excel/import-store';
import type { SecretBox } from './secrets/secret-box';
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
  /** Turns a document's HTML into PDF (Electron's printer, or Chromium in browser mode). */
  readonly pdf: HtmlToPdf;
  /** Protects secrets kept in the database (the mail password): safeStorage or a key file. */
  readonly secrets: SecretBox;
  /** Closes the database, puts `file` in its place and opens it again (restore). */
  replaceDatabase(file: string): Promise<void>;
}
