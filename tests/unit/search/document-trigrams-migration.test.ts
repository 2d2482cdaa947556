import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { MIGRATIONS, migrationSource } from '../../../migrations/index';
import { openSqlite } from '../../../electron/core/db/connection';
import { insertRow } from './document-rows';

it('documents written before the document trigram index existed are found through it once it is added', async () => {
  const db = openSqlite(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-doc-fts-')), 'neiqin.db'));
  try {
    const before = MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((m) => m.name === '0010_document_trigrams'),
    );
    await db.migrate.latest({ migrationSource: { ...migrationSource, getMigrations: async () => before } });
    await db.raw('PRAGMA foreign_keys = OFF');
    const waybill = await insertRow(db, 'consignments', {
      number: 'TY0001',
      waybill_no: 'YD4242',
      consignee_name: '张三',
    });
    await insertRow(db, 'consignments', { number: 'TY0002', waybill_no: 'YD1111', consignee_name: '李四' });
    const entry = await insertRow(db, 'register_entries', {
      number: 'DJ0001',
      subject: '第 4242 号函',
      counterparty: '某局',
    });
    await db.migrate.latest({ migrationSource });
    const found = async (table: string, match: string) =>
      (
        (await db.raw(`SELECT rowid AS id FROM ${table}_fts WHERE ${table}_fts MATCH ?`, [match])) as { id: number }[]
      ).map((r) => r.id);
    expect(await found('consignments', '"yd4242"')).toEqual([waybill]);
    expect(await found('register_entries', '"4242 号"')).toEqual([entry]);
    expect(await found('register_entries', '"5555"')).toEqual([]);
  } finally {
    await db.destroy();
  }
});
