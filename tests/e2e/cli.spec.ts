import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const cli = (args: string[]) =>
  execFileSync(process.execPath, [path.resolve('out/main/cli.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEIQIN_DATA_DIR: '' },
  });

test.describe('the command line a manager uses for backups', () => {
  test('backup writes a copy into the data folder; restore brings it back and keeps a safety copy', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-cli-'));
    try {
      const backupFile = cli(['backup', '--data-dir', dataDir]).trim();
      expect(path.dirname(backupFile)).toBe(path.join(dataDir, 'backups'));
      expect(fs.readFileSync(backupFile).subarray(0, 15).toString()).toBe('SQLite format 3');

      const out = cli(['restore', backupFile, '--data-dir', dataDir]);
      expect(out).toContain('Restored');
      expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.includes('pre-restore'))).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('restore refuses a file that is not a Neiqin database and changes nothing', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-cli-'));
    const junk = path.join(dataDir, 'junk.db');
    fs.writeFileSync(junk, 'hello');
    try {
      cli(['backup', '--data-dir', dataDir]);
      let message = '';
      try {
        cli(['restore', junk, '--data-dir', dataDir]);
      } catch (err) {
        message = String((err as { stderr?: string }).stderr);
      }
      expect(message).toContain('不是有效的内勤备份文件');
      expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.includes('pre-restore'))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('restore also works over a database too damaged to open, keeping the damaged file aside', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-cli-'));
    try {
      const backupFile = cli(['backup', '--data-dir', dataDir]).trim();
      fs.writeFileSync(path.join(dataDir, 'neiqin.db'), Buffer.alloc(100_000, 0x5a));
      const out = cli(['restore', backupFile, '--data-dir', dataDir]);
      expect(out).toContain('Restored');
      const damaged = fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('-damaged.db'));
      expect(damaged).toHaveLength(1);
      expect(fs.readFileSync(path.join(dataDir, 'neiqin.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
      // The restored database opens again: a second backup works (in the same second it takes a -2 name).
      const second = cli(['backup', '--data-dir', dataDir]).trim();
      expect(second).not.toBe(backupFile);
      expect(path.basename(second)).toMatch(/^neiqin-\d{8}-\d{6}-manual(-\d+)?\.db$/);
      expect(fs.readFileSync(second).subarray(0, 15).toString()).toBe('SQLite format 3');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('--help names every command', () => {
    const help = cli(['--help']);
    for (const word of ['serve', 'backup', 'restore', 'NEIQIN_PORT', 'NEIQIN_DATA_DIR']) expect(help).toContain(word);
  });
});

test.describe('the command line finance scripts use', () => {
  test('report ageing prints the CSV header and totals; a statement for an unknown customer says so and exits 2', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'neiqin-cli-'));
    try {
      const csv = cli(['report', 'ageing', '--as-of', '2026-11-30', '--basis', 'due', '--data-dir', dataDir]);
      const lines = csv.trim().split('\n');
      expect(lines[0]).toContain('未到期');
      expect(lines.at(-1)).toContain('0.00');
      let failure: { status?: number; stderr?: string } = {};
      try {
        cli([
          'report',
          'statement',
          '--customer',
          'KH99999',
          '--from',
          '2026-01-01',
          '--to',
          '2026-11-30',
          '--data-dir',
          dataDir,
        ]);
      } catch (err) {
        failure = err as typeof failure;
      }
      expect(failure.status).toBe(2);
      expect(String(failure.stderr)).toContain('KH99999');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
