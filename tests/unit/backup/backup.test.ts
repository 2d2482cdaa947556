import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/app';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

describe('backup and restore: the manager can always go back', () => {
  it('a backup taken before a mistake brings the data back; a safety copy of the mistake is kept', async () => {
    await t.ok('customers.create', { name: '留下的客户' });
    const backup = await t.ok('backup.create', {});
    expect(backup.reason).toBe('manual');
    await t.ok('customers.create', { name: '误建的客户' });
    expect(await t.count('customers')).toBe(2);

    const restored = await t.ok('backup.restore', { name: backup.name });
    expect(restored.safetyCopy).toMatch(/pre-restore/);
    // Everyone logs in again after a restore.
    expect((await t.fail('customers.list', {})).code).toBe('UNAUTHENTICATED');
    const { sessionId } = await t.ok('auth.login', { username: 'admin' });
    const list = await t.call('customers.list', {}, { sessionId });
    expect(list.ok && list.value.rows.map((r) => r.name)).toEqual(['留下的客户']);
    const listed = await t.call('backup.list', {}, { sessionId });
    expect(listed.ok && listed.value.backups.map((b) => b.name)).toContain(restored.safetyCopy);
    const audit = (await t.core.services.db()('audit_log').where({ entity: 'backup', action: 'restore' })) as unknown[];
    expect(audit).toHaveLength(1);
  });

  it('refuses a name that is not a backup, and a file that is not a Neiqin database', async () => {
    expect((await t.fail('backup.restore', { name: '../neiqin.db' })).code).toBe('VALIDATION');
    fs.mkdirSync(t.core.services.backupDir, { recursive: true });
    fs.writeFileSync(path.join(t.core.services.backupDir, 'neiqin-20260101-120000-manual.db'), 'not a database');
    const err = await t.fail('backup.restore', { name: 'neiqin-20260101-120000-manual.db' });
    expect(err.message).toContain('不是有效的内勤备份文件');
    expect((await t.ok('auth.me', {})).username).toBe('admin');
  });

  it('opening an existing database backs it up before migrating, and only when there is something to migrate', async () => {
    await t.core.close();
    const again = await openCore({ dataDir: t.dataDir });
    const files = fs.existsSync(again.services.backupDir) ? fs.readdirSync(again.services.backupDir) : [];
    expect(files.filter((f) => f.includes('pre-migrate'))).toEqual([]);
    await again.close();
    // Pretend the last migration never ran: the next open must back up first, then migrate.
    const reopened = await openCore({ dataDir: t.dataDir });
    await reopened.services.db()('knex_migrations').delete();
    await reopened.services.db().schema.dropTable('supplier_contacts');
    await reopened.close();
    await expect(openCore({ dataDir: t.dataDir })).rejects.toThrow();
    expect(fs.readdirSync(reopened.services.backupDir).some((f) => f.includes('pre-migrate'))).toBe(true);
    t.core = await openCore({ dataDir: fs.mkdtempSync(path.join(t.dataDir, 'fresh-')) });
  });
});
