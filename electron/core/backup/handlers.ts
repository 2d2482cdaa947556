import path from 'node:path';
import { listBackups, writeBackup } from '../db/backup-file';
import { AppError, notFound } from '../rpc/errors';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { writeSetting } from '../settings/settings-store';
import { BACKUP_SCHEDULE_KEY, readAutoBackupStatus, readBackupSchedule } from './backup-scheduler';
import { restoreInto } from './restore-file';

type Channel = 'backup.list' | 'backup.create' | 'backup.restore' | 'backup.schedule.get' | 'backup.schedule.update';

export const backupHandlers: HandlerMap<Channel> = {
  'backup.list': async (_input, { services }) => ({
    folder: services.backupDir,
    backups: listBackups(services.backupDir),
  }),
  // VACUUM INTO cannot run inside a transaction, so these two manage their own.
  'backup.create': selfManaged(async (_input, ctx) => {
    const name = await writeBackup(ctx.services.db(), ctx.services.backupDir, 'manual');
    await ctx.audit({ entity: 'backup', entityId: name, action: 'create' });
    return listBackups(ctx.services.backupDir).find((b) => b.name === name)!;
  }),
  'backup.restore': selfManaged(async ({ name }, ctx) => {
    const { services } = ctx;
    if (!listBackups(services.backupDir).some((b) => b.name === name)) throw notFound('backup', name);
    const actor = { userId: ctx.user?.id ?? null, userName: ctx.user?.displayName ?? null, channel: ctx.channel };
    const { safetyCopy } = await restoreInto(services, path.join(services.backupDir, name), actor);
    return { restored: name, safetyCopy };
  }),
  'backup.schedule.get': async (_input, { db }) => ({
    schedule: await readBackupSchedule(db),
    last: await readAutoBackupStatus(db),
  }),
  // The second folder may be offline now (a USB disk not plugged in): it is checked at backup time, not here.
  'backup.schedule.update': async (input, ctx) => {
    if (input.secondFolder !== null && !path.isAbsolute(input.secondFolder))
      throw new AppError('VALIDATION', 'errors.backupFolderAbsolute', {}, [
        { path: 'secondFolder', message: 'errors.backupFolderAbsolute' },
      ]);
    const before = await readBackupSchedule(ctx.db);
    await writeSetting(ctx.db, BACKUP_SCHEDULE_KEY, input);
    await ctx.audit({ entity: 'settings', entityId: BACKUP_SCHEDULE_KEY, action: 'update', before, after: input });
    return { schedule: input, last: await readAutoBackupStatus(ctx.db) };
  },
};
