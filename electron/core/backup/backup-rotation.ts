/** How many automatic backups to keep: the newest of each of the last N days, weeks and months. */
export interface Retention {
  daily: number;
  weekly: number;
  monthly: number;
}

export interface DatedBackup {
  name: string;
  at: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
/** A week is named by its Monday (local time), so weeks across a year's end stay whole. */
const weekKey = (d: Date) => dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)));

/**
 * The backups a rotation keeps (grandfather-father-son): walking from the newest, the first
 * backup of each new day is kept until `daily` days are covered, likewise weeks and months.
 * A backup kept by any rule stays; the rest may be deleted.
 */
export function backupsToKeep(backups: DatedBackup[], keep: Retention): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const kept = new Set<string>();
  for (const [count, key] of [
    [keep.daily, dayKey],
    [keep.weekly, weekKey],
    [keep.monthly, monthKey],
  ] as const) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      if (seen.size >= count) break;
      const k = key(b.at);
      if (seen.has(k)) continue;
      seen.add(k);
      kept.add(b.name);
    }
  }
  return kept;
}

const AUTO_NAME = /^neiqin-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-auto(-\d+)?\.db$/;

/** The local time an automatic backup was taken, from its name; null for any other file. */
export function autoBackupTime(name: string): Date | null {
  const m = AUTO_NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, s);
}

export function sameLocalDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}
