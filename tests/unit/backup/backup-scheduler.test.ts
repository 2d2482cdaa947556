import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupScheduler } from '../../../electron/core/backup/backup-scheduler';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** A clock the test moves by hand. */
function clock(start: Date) {
  const c = { now: start, set: (d: Date) => (c.now = d) };
  return c;
}

const autos = (folder: string) => fs.readdirSync(folder).filter((f) => /-auto(-\d+)?\.db$/.test(f));

describe('automatic daily backups', () => {
  it('makes one backup a day, however often it looks, and one on quit when the day has none', async () => {
    const c = clock(new Date(2026, 5, 1, 9, 0));
    const scheduler = new BackupScheduler(t.core.services, { now: () => c.now });
    const first = await scheduler.runIfDue();
    expect(first).toMatchObject({ ok: true, name: 'neiqin-20260601-090000-auto.db', error: null });
    c.set(new Date(2026, 5, 1, 17, 30));
    expect(await scheduler.runIfDue()).toBeNull();
    expect(await Promise.all([scheduler.runIfDue(), scheduler.runIfDue()])).toEqual([null, null]);
    expect(autos(t.core.services.backupDir)).toEqual(['neiqin-20260601-090000-auto.db']);

    // The app is started the next morning and left running past midnight, then quit.
    c.set(new Date(2026, 5, 2, 8, 15));
    scheduler.start();
    await scheduler.runIfDue();
    c.set(new Date(2026, 5, 3, 0, 20));
    await scheduler.stop();
    expect(scheduler.started).toBe(false);
    expect(autos(t.core.services.backupDir).sort()).toEqual([
      'neiqin-20260601-090000-auto.db',
      'neiqin-20260602-081500-auto.db',
      'neiqin-20260603-002000-auto.db',
    ]);
    // A scheduler never started takes nothing on close (the command line's backup and restore).
    c.set(new Date(2026, 5, 4, 9, 0));
    await scheduler.stop();
    expect(autos(t.core.services.backupDir)).toHaveLength(3);

    const view = await t.ok('backup.schedule.get', {});
    expect(view.last).toMatchObject({ ok: true, name: 'neiqin-20260603-002000-auto.db' });
    expect(view.schedule).toEqual({ secondFolder: null, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    const listed = await t.ok('backup.list', {});
    expect(listed.backups.filter((b) => b.reason === 'auto')).toHaveLength(3);
  });

  it('rotates old automatic backups away, here and in the second folder, and never touches manual ones', async () => {
    const second = fs.mkdtempSync(path.join(t.dataDir, 'usb-'));
    await t.ok('backup.schedule.update', { secondFolder: second, keepDaily: 3, keepWeekly: 0, keepMonthly: 0 });
    const manual = await t.ok('backup.create', {});
    const c = clock(new Date(2026, 0, 10, 12, 0));
    const scheduler = new BackupScheduler(t.core.services, { now: () => c.now });
    for (let d = 10; d <= 15; d++) {
      c.set(new Date(2026, 0, d, 12, 0));
      expect(await scheduler.runIfDue()).toMatchObject({ ok: true, secondFolder: second, secondFolderError: null });
    }
    const expected = [
      'neiqin-20260113-120000-auto.db',
      'neiqin-20260114-120000-auto.db',
      'neiqin-20260115-120000-auto.db',
    ];
    expect(autos(t.core.services.backupDir).sort()).toEqual(expected);
    expect(fs.readdirSync(second).sort()).toEqual(expected);
    expect(fs.readFileSync(path.join(second, expected[2]!)).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(fs.existsSync(path.join(t.core.services.backupDir, manual.name))).toBe(true);
  });

  it('a second folder that is not there (USB disk unplugged) is reported; the local backup is still made', async () => {
    const unplugged = path.join(t.dataDir, 'no-such-disk', 'backups');
    await t.ok('backup.schedule.update', { secondFolder: unplugged, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    const scheduler = new BackupScheduler(t.core.services);
    const status = await scheduler.runIfDue();
    expect(status).toMatchObject({ ok: true, secondFolder: unplugged });
    expect(status?.secondFolderError).toMatch(/no-such-disk/);
    expect(fs.existsSync(unplugged)).toBe(false);
    expect(autos(t.core.services.backupDir)).toHaveLength(1);
    expect((await t.ok('backup.schedule.get', {})).last?.secondFolderError).toBe(status?.secondFolderError);
  });

  it('the settings refuse a relative folder and rotation counts out of range, and are audited', async () => {
    const err = await t.fail('backup.schedule.update', { secondFolder: 'backups2', keepDaily: 7 });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields?.[0]?.path).toBe('secondFolder');
    expect((await t.fail('backup.schedule.update', { keepDaily: 0 })).code).toBe('VALIDATION');
    const saved = await t.ok('backup.schedule.update', { secondFolder: '  ', keepDaily: 14 });
    expect(saved.schedule).toEqual({ secondFolder: null, keepDaily: 14, keepWeekly: 4, keepMonthly: 12 });
    const audit = (await t.core.services.db()('audit_log').where({ entity_id: 'backup.schedule' })) as unknown[];
    expect(audit).toHaveLength(1);
  });
});
