import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/app';
import { BackupScheduler } from '../../../electron/core/backup/backup-scheduler';
import { restoreOverDamaged } from '../../../electron/core/backup/restore-file';
import { today } from '../../../electron/core/dates';
import { wonOrder } from '../support/orders';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

/** Every row of every table but the audit log (a restore adds its own line there) and the search indexes (derived). */
async function everything(core: Core): Promise<Record<string, unknown[]>> {
  const db = core.services.db();
  const all = (await db('sqlite_master').where({ type: 'table' }).orderBy('name').select('name', 'sql')) as {
    name: string;
    sql: string | null;
  }[];
  // A full-text index is a virtual table with shadow tables named after it (x_data, x_idx, x_config...).
  const indexes = all.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  const tables = all
    .map((r) => r.name)
    .filter((name) => !name.startsWith('sqlite_') && !/search/.test(name) && name !== 'audit_log')
    .filter((name) => !indexes.some((v) => name === v || name.startsWith(`${v}_`)));
  const out: Record<string, unknown[]> = {};
  for (const table of tables) out[table] = await db(table).select().orderByRaw('rowid');
  return out;
}

/** The demo company (master data and its year of history), a won quote turned into an order, and a delivery notice. */
async function fillCompany() {
  await t.ok('demo.load', {});
  const { order, lineIds } = await wonOrder(t);
  await t.ok('deliveries.notices.create', {
    orderId: order.id,
    date: today(),
    lines: lineIds.map((orderLineId) => ({ orderLineId, quantity: '1' })),
  });
}

async function backUpAutomatically(core: Core): Promise<string> {
  const status = await new BackupScheduler(core.services).runIfDue();
  expect(status?.ok).toBe(true);
  return path.join(core.services.backupDir, status!.name!);
}

describe('restore drill: back up, damage the database, restore, and every record is there again', () => {
  it('records deleted by mistake come back from the automatic backup', async () => {
    await fillCompany();
    const before = await everything(t.core);
    expect(before.customers!.length).toBeGreaterThan(5);
    expect(before.delivery_notices!.length).toBeGreaterThan(1);
    const backup = await backUpAutomatically(t.core);

    const db = t.core.services.db();
    await db.raw('PRAGMA foreign_keys = OFF');
    for (const table of ['delivery_notice_lines', 'delivery_notices', 'sales_order_lines', 'customer_contacts'])
      await db(table).delete();
    await db('products').where('id', '>', 3).delete();
    await db.raw('PRAGMA foreign_keys = ON');
    expect(await everything(t.core)).not.toEqual(before);

    await t.ok('backup.restore', { name: path.basename(backup) });
    expect(await everything(t.core)).toEqual(before);
  });

  it('a database file overwritten with junk is replaced by the backup, the damaged file kept aside', async () => {
    await fillCompany();
    const before = await everything(t.core);
    const backup = await backUpAutomatically(t.core);
    const { dbFile, backupDir } = t.core.services;
    await t.core.close();

    // Damage: the first 64 KB (header, schema and the first tables) overwritten.
    const fd = fs.openSync(dbFile, 'r+');
    fs.writeSync(fd, Buffer.alloc(64 * 1024, 0x5a), 0, 64 * 1024, 0);
    fs.closeSync(fd);
    await expect(openCore({ dataDir: t.dataDir })).rejects.toThrow();

    const { damagedCopy } = await restoreOverDamaged({ dbFile, backupDir }, backup);
    expect(damagedCopy).toMatch(/^neiqin-\d{8}-\d{6}-damaged\.db$/);
    expect(fs.readFileSync(path.join(backupDir, damagedCopy!)).subarray(0, 4).toString()).toBe('ZZZZ');
    t.core = await openCore({ dataDir: t.dataDir });
    expect(await everything(t.core)).toEqual(before);
  });
});
