import { describe, expect, it } from 'vitest';
import { autoBackupTime, backupsToKeep, type DatedBackup } from '../../../electron/core/backup/backup-rotation';

const pad = (n: number) => String(n).padStart(2, '0');
/** An automatic backup taken at 02:00 local time on the given day. */
function at(y: number, m: number, d: number, h = 2): DatedBackup {
  return { name: `neiqin-${y}${pad(m)}${pad(d)}-${pad(h)}0000-auto.db`, at: new Date(y, m - 1, d, h) };
}
const day = (b: string) => b.slice(7, 15);

/** One backup a day over the whole of `year`. */
function everyDayOf(year: number): DatedBackup[] {
  const out: DatedBackup[] = [];
  for (let d = new Date(year, 0, 1); d.getFullYear() === year; d = new Date(year, d.getMonth(), d.getDate() + 1))
    out.push(at(year, d.getMonth() + 1, d.getDate()));
  return out;
}

describe('backup rotation keeps 7 daily, 4 weekly and 12 monthly backups', () => {
  it('after a year of daily backups keeps exactly the last 7 days, the last of 4 weeks and of 12 months', () => {
    const kept = backupsToKeep(everyDayOf(2026), { daily: 7, weekly: 4, monthly: 12 });
    expect([...kept].map(day).sort()).toEqual([
      // the last day of each month, January to November
      '20260131',
      '20260228',
      '20260331',
      '20260430',
      '20260531',
      '20260630',
      '20260731',
      '20260831',
      '20260930',
      '20261031',
      '20261130',
      // Sundays ending the weeks of 7 and 14 December (the weeks of 21 and 28 December lie in the 7 days)
      '20261213',
      '20261220',
      // the last 7 days; 31 December is also December's and its week's
      '20261225',
      '20261226',
      '20261227',
      '20261228',
      '20261229',
      '20261230',
      '20261231',
    ]);
  });

  it('counts days that have a backup, and keeps the newest backup of a day', () => {
    const backups = [at(2026, 3, 1), at(2026, 3, 2, 9), at(2026, 3, 2, 18), at(2026, 3, 5), at(2026, 3, 9, 8)];
    const kept = backupsToKeep(backups, { daily: 3, weekly: 0, monthly: 0 });
    expect([...kept].sort()).toEqual([
      'neiqin-20260302-180000-auto.db',
      'neiqin-20260305-020000-auto.db',
      'neiqin-20260309-080000-auto.db',
    ]);
  });

  it('weeks run Monday to Sunday, across the end of a year', () => {
    // Mon 22 Dec, Sun 28 Dec, Mon 29 Dec 2025 and Sun 4 Jan 2026: two weeks, the second spanning New Year.
    const backups = [at(2025, 12, 22), at(2025, 12, 28), at(2025, 12, 29), at(2026, 1, 4)];
    const kept = backupsToKeep(backups, { daily: 1, weekly: 2, monthly: 0 });
    expect([...kept].map(day).sort()).toEqual(['20251228', '20260104']);
  });

  it('the order the files come in does not matter, and nothing is kept with nothing to keep', () => {
    const backups = everyDayOf(2026).slice(0, 40);
    const keep = { daily: 5, weekly: 2, monthly: 2 };
    expect(backupsToKeep([...backups].reverse(), keep)).toEqual(backupsToKeep(backups, keep));
    expect(backupsToKeep([], keep).size).toBe(0);
  });

  it('reads the time of automatic backups from their names and ignores every other file', () => {
    expect(autoBackupTime('neiqin-20260304-235901-auto.db')).toEqual(new Date(2026, 2, 4, 23, 59, 1));
    expect(autoBackupTime('neiqin-20260304-235901-auto-2.db')).toEqual(new Date(2026, 2, 4, 23, 59, 1));
    for (const other of [
      'neiqin-20260304-235901-manual.db',
      'neiqin-20260304-235901-pre-restore.db',
      'neiqin-20260304-235901-auto.db.partial',
      'notes.txt',
    ])
      expect(autoBackupTime(other)).toBeNull();
  });
});
