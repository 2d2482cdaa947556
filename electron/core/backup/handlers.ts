import path from 'node:path';
import { listBackups, writeBackup } from '../db/backup-file';
import { notFound } from '../rpc/errors';
import { selfManaged, type HandlerMap } from '../rpc/handler';
import { restoreInto } from './restore-file';

type Channel = 'backup.list' | 'backup.create' | 'backup.restore';

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
};
