import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import type { CallMeta, Envelope } from '../shared/rpc/envelope';
import { BackupScheduler } from './backup/backup-scheduler';
import { BACKUP_DIR_NAME } from './db/backup-file';
import { ChromiumHtmlToPdf } from './docs/chromium-html-to-pdf';
import type { HtmlToPdf } from './docs/html-to-pdf';
import { openSqlite } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { ImportStore } from './excel/import-store';
import { protectClearSecretsInBackups } from './mail/backup-secrets';
import { protectClearSmtpPassword } from './mail/smtp-password';
import { KeyFileSecretBox, SECRET_KEY_FILE_NAME } from './secrets/key-file-secret-box';
import type { SecretBox } from './secrets/secret-box';
import { handlers } from './handlers';
import { createRouter } from './rpc/router';
import type { CoreServices } from './services';
import { SessionStore } from './users/sessions';

export const DB_FILE_NAME = 'neiqin.db';

export interface Core {
  call(channel: string, input: unknown, meta?: CallMeta): Promise<Envelope<unknown>>;
  readonly services: CoreServices;
  /** Daily automatic backups: the desktop app and browser mode start it; close() stops it. */
  readonly backupScheduler: BackupScheduler;
  close(): Promise<void>;
}

export interface OpenCoreOptions {
  dataDir: string;
  /** The desktop app passes Electron's printer; otherwise the system Chromium prints. */
  htmlToPdf?: HtmlToPdf;
  /** The desktop app passes safeStorage; otherwise a key file in the data folder. */
  secrets?: SecretBox;
}

/** The key file browser mode and the command line protect secrets with (owner-only, outside the database). */
export function keyFileSecrets(dataDir: string): KeyFileSecretBox {
  return new KeyFileSecretBox(path.join(dataDir, SECRET_KEY_FILE_NAME));
}

/** Opens (creating if needed) the data folder, migrates the database and returns the router. */
export async function openCore({ dataDir, htmlToPdf, secrets }: OpenCoreOptions): Promise<Core> {
  fs.mkdirSync(dataDir, { recursive: true });
  const dbFile = path.join(dataDir, DB_FILE_NAME);
  const backupDir = path.join(dataDir, BACKUP_DIR_NAME);
  const attachmentDir = path.join(dataDir, 'attachments');

  let db: Knex = openSqlite(dbFile);
  // A file that cannot be opened or migrated (damaged) is let go, so a restore can replace it.
  await migrateToLatest(db, dbFile, backupDir).catch(async (err: unknown) => {
    await db.destroy();
    throw err;
  });
  const secretBox = secrets ?? keyFileSecrets(dataDir);
  // A clear password (an older version, a restored old backup) is protected here and in the backups.
  const protectSecrets = async () => {
    if (await protectClearSmtpPassword(db, secretBox)) await protectClearSecretsInBackups(backupDir, secretBox);
  };
  await protectSecrets();

  const services: CoreServices = {
    db: () => db,
    dataDir,
    dbFile,
    backupDir,
    attachmentDir,
    sessions: new SessionStore(),
    imports: new ImportStore(),
    pdf: htmlToPdf ?? new ChromiumHtmlToPdf(),
    secrets: secretBox,
    async replaceDatabase(file: string) {
      await db.destroy();
      for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
      fs.copyFileSync(file, dbFile);
      db = openSqlite(dbFile);
      // A backup from an older version is brought up to date on the way in.
      await migrateToLatest(db, dbFile, backupDir);
      await protectSecrets();
      services.sessions.closeAll();
    },
  };

  const router = createRouter(services, handlers);
  const backupScheduler = new BackupScheduler(services);
  return {
    call: router.call,
    services,
    backupScheduler,
    async close() {
      // A started scheduler takes the day's backup on the way out if there is none yet.
      await backupScheduler.stop();
      await services.pdf.close();
      await db.destroy();
    },
  };
}
