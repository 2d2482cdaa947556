import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DB_FILE_NAME, openCore } from '../core/app';
import { appendAudit } from '../core/audit/audit-log';
import { restoreInto, restoreOverDamaged } from '../core/backup/restore-file';
import { BACKUP_DIR_NAME, writeBackup } from '../core/db/backup-file';
import { defaultDataDir } from '../core/data-dir';
import { AppError } from '../core/rpc/errors';
import { ageingCsv } from '../core/receivables/ageing-csv';
import { statementCsv } from '../core/receivables/statement-csv';
import { translate } from '../shared/i18n/translate';
import { startHost } from './server';

const HELP = `Neiqin 内勤 — command line

  neiqin serve   [--port N] [--data-dir DIR] [--open]   browser mode on 127.0.0.1
  neiqin backup  [--data-dir DIR]                       write a backup copy of the database
  neiqin restore FILE [--data-dir DIR]                  restore a backup (a safety copy is kept)
  neiqin report ageing [--as-of DATE] [--basis invoice|delivery|due] [--data-dir DIR]
                                                        应收账龄 as CSV on stdout (yuan, 2 decimals)
  neiqin report statement --customer CODE --from DATE --to DATE [--data-dir DIR]
                                                        对账单 of one customer as CSV on stdout

Environment: NEIQIN_PORT (default: a free port), NEIQIN_DATA_DIR (default: ${defaultDataDir()}),
NEIQIN_TOKEN (fixes the launch token, for automation; default: a new random one per launch).`;

function openBrowser(url: string): void {
  const cmd = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Open the address above in your browser.'));
  child.unref();
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      open: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      basis: { type: 'string' },
      customer: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'serve', file] = positionals;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();

  if (command === 'serve') {
    const portText = values.port ?? process.env.NEIQIN_PORT ?? '0';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`Not a port: ${portText}`);
      return 2;
    }
    const core = await openCore({ dataDir });
    core.backupScheduler.start();
    const token = process.env.NEIQIN_TOKEN || randomBytes(24).toString('base64url');
    const host = await startHost({ core, token, port, staticDir: path.join(__dirname, '..', 'renderer') });
    const url = `${host.url}?token=${token}`;
    console.log(`Neiqin 内勤 browser mode\n  data folder: ${dataDir}\n  open: ${url}`);
    if (values.open) openBrowser(url);
    const stop = async () => {
      await host.close();
      // Takes the day's automatic backup first if there is none yet.
      await core.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
    return -1;
  }

  if (command === 'backup') {
    const core = await openCore({ dataDir });
    const name = await writeBackup(core.services.db(), core.services.backupDir, 'manual');
    await core.close();
    console.log(path.join(core.services.backupDir, name));
    return 0;
  }

  if (command === 'restore') {
    if (!file) {
      console.error('restore needs the backup file: neiqin restore FILE');
      return 2;
    }
    const core = await openCore({ dataDir }).catch(async (err: unknown) => {
      // The database itself is damaged: the backup goes in without opening it first.
      console.error(`The database cannot be opened (${err instanceof Error ? err.message : String(err)}).`);
      const dbFile = path.join(dataDir, DB_FILE_NAME);
      const backupDir = path.join(dataDir, BACKUP_DIR_NAME);
      const { damagedCopy } = await restoreOverDamaged({ dbFile, backupDir }, path.resolve(file));
      const restored = await openCore({ dataDir });
      await appendAudit(
        restored.services.db(),
        { userId: null, userName: 'CLI', channel: 'cli.restore' },
        {
          entity: 'backup',
          entityId: path.basename(file),
          action: 'restore',
          after: { restored: path.basename(file), damagedCopy },
        },
      );
      await restored.close();
      console.log(
        `Restored ${file}.${damagedCopy ? `\nThe damaged database is kept as ${path.join(backupDir, damagedCopy)}.` : ''}`,
      );
      return null;
    });
    if (!core) return 0;
    try {
      const { safetyCopy } = await restoreInto(core.services, path.resolve(file), {
        userId: null,
        userName: 'CLI',
        channel: 'cli.restore',
      });
      console.log(
        `Restored ${file}.\nThe database as it was before is kept as ${path.join(core.services.backupDir, safetyCopy)}.`,
      );
    } finally {
      await core.close();
    }
    return 0;
  }

  if (command === 'report') {
    if (file !== 'ageing' && file !== 'statement') {
      console.error(`report needs what to report: ageing or statement\n\n${HELP}`);
      return 2;
    }
    const core = await openCore({ dataDir });
    try {
      // Reads only: the same core functions the channels use, nothing audited.
      const db = core.services.db();
      const csv =
        file === 'ageing'
          ? await ageingCsv(db, { asOf: values['as-of'], basis: values.basis })
          : await statementCsv(db, { customer: values.customer, from: values.from, to: values.to });
      // Written out before the process exits: a pipe takes a large report in several writes.
      await new Promise<void>((resolve, reject) => process.stdout.write(csv, (err) => (err ? reject(err) : resolve())));
      return 0;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      console.error(translate('zh-CN', err.messageKey, err.vars));
      return 2;
    } finally {
      await core.close();
    }
  }

  console.error(`Unknown command: ${command}\n\n${HELP}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(
      err instanceof AppError ? translate('zh-CN', err.messageKey, err.vars) : err instanceof Error ? err.message : err,
    );
    process.exit(1);
  },
);
