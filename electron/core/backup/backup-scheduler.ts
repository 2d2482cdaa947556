import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { autoBackupStatus, backupSchedule, type AutoBackupStatus } from '../../shared/backup/contract';
import { writeBackup } from '../db/backup-file';
import type { CoreServices } from '../services';
import { readSetting, writeSetting } from '../settings/settings-store';
import { autoBackupTime, backupsToKeep, sameLocalDay } from './backup-rotation';
import { now } from '../dates';

export const BACKUP_SCHEDULE_KEY = 'backup.schedule';
export const BACKUP_STATUS_KEY = 'backup.lastAuto';
export const AUTO_REASON = 'auto';
const DEFAULT_SCHEDULE = backupSchedule.parse({});
const HOUR = 60 * 60 * 1000;

export const readBackupSchedule = (db: Knex | Knex.Transaction) =>
  readSetting(db, BACKUP_SCHEDULE_KEY, backupSchedule, DEFAULT_SCHEDULE);
export const readAutoBackupStatus = (db: Knex | Knex.Transaction) =>
  readSetting(db, BACKUP_STATUS_KEY, autoBackupStatus.nullable(), null);

const message = (err: unknown) => String(err instanceof Error ? err.message : err).slice(0, 300);

/** Deletes the automatic backups in `folder` the rotation no longer keeps; other backups are never touched. */
function rotate(folder: string, keep: { daily: number; weekly: number; monthly: number }): void {
  const autos = fs
    .readdirSync(folder)
    .map((name) => ({ name, at: autoBackupTime(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null);
  const kept = backupsToKeep(autos, keep);
  for (const b of autos) if (!kept.has(b.name)) fs.rmSync(path.join(folder, b.name), { force: true });
}

/** Copies through a temporary name, so a half-written copy on a pulled USB disk never looks like a backup. */
function copyTo(folder: string, file: string): void {
  if (!fs.statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
  const target = path.join(folder, path.basename(file));
  const partial = `${target}.partial`;
  fs.copyFileSync(file, partial);
  fs.renameSync(partial, target);
}

export interface SchedulerOptions {
  /** The clock, for tests. */
  now?: () => Date;
  /** How often to look whether today's backup is due. */
  checkEveryMs?: number;
}

/**
 * Daily automatic backups while the app runs: one at start when none is there for today,
 * then a look every hour, and a last one on quit if the day has none. Each is kept by the
 * rotation in the data folder's backups/ and copied to the optional second folder; a failure
 * is recorded for 设置 › 备份与恢复, never thrown at the app.
 */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  private readonly checkEveryMs: number;

  constructor(
    private readonly services: Pick<CoreServices, 'db' | 'backupDir'>,
    options: SchedulerOptions = {},
  ) {
    this.now = options.now ?? now;
    this.checkEveryMs = options.checkEveryMs ?? HOUR;
  }

  get started(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runIfDue(), this.checkEveryMs);
    this.timer.unref();
    void this.runIfDue();
  }

  /** Stops the timer and, if it was running, takes the day's backup when there is none yet. */
  async stop(): Promise<void> {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    await this.runIfDue();
  }

  /** Whether the data folder holds an automatic backup of today. */
  hasBackupToday(): boolean {
    const today = this.now();
    if (!fs.existsSync(this.services.backupDir)) return false;
    return fs.readdirSync(this.services.backupDir).some((name) => {
      const at = autoBackupTime(name);
      return at !== null && sameLocalDay(at, today);
    });
  }

  /** Takes today's backup unless there is one; runs one at a time. Returns the status when it ran. */
  runIfDue(): Promise<AutoBackupStatus | null> {
    const run = this.running.then(() => (this.hasBackupToday() ? null : this.backupNow()));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async backupNow(): Promise<AutoBackupStatus> {
    const at = this.now();
    const db = this.services.db();
    const schedule = await readBackupSchedule(db).catch(() => DEFAULT_SCHEDULE);
    const keep = { daily: schedule.keepDaily, weekly: schedule.keepWeekly, monthly: schedule.keepMonthly };
    const status: AutoBackupStatus = {
      at: at.toISOString(),
      ok: false,
      name: null,
      error: null,
      secondFolder: schedule.secondFolder,
      secondFolderError: null,
    };
    try {
      status.name = await writeBackup(db, this.services.backupDir, AUTO_REASON, at);
      status.ok = true;
      rotate(this.services.backupDir, keep);
    } catch (err) {
      status.error = message(err);
    }
    if (status.name && schedule.secondFolder) {
      try {
        copyTo(schedule.secondFolder, path.join(this.services.backupDir, status.name));
        rotate(schedule.secondFolder, keep);
      } catch (err) {
        status.secondFolderError = message(err);
      }
    }
    try {
      await writeSetting(this.services.db(), BACKUP_STATUS_KEY, status);
    } catch (err) {
      console.error('[neiqin] could not record the automatic backup', err);
    }
    if (!status.ok || status.secondFolderError)
      console.error('[neiqin] automatic backup:', status.error ?? status.secondFolderError);
    return status;
  }
}
