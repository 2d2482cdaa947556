import type { Knex } from 'knex';
import {
  DUE_BUCKET_DAYS,
  DUE_BUCKETS,
  type DueBucket,
  type DueBuckets,
} from '../../../shared/purchasing/payables/contract';
import { addDays, daysBetween } from '../../dates';
import { int } from '../../db/rows';

type Db = Knex | Knex.Transaction;

/**
 * The earliest due date each bucket but the last holds, as of a day: not yet due is due on `asOf` or later, 1–30
 * days overdue is due from `asOf` − 30 on, and so on; over 90 is what is left. Plain date strings, so SQL compares
 * them without date functions.
 */
export function dueCuts(asOf: string): string[] {
  return DUE_BUCKET_DAYS.map((days) => addDays(asOf, -days));
}

/** SQL columns `<prefix>notDue` … `<prefix>over90`: each the open amount of the rows whose due date falls in it. */
export function bucketColumns(db: Db, asOf: string, prefix = ''): Knex.Raw[] {
  const cuts = dueCuts(asOf);
  return DUE_BUCKETS.map((bucket, i) => {
    const upper = i === 0 ? null : cuts[i - 1]!;
    const lower = i < cuts.length ? cuts[i]! : null;
    const conditions = [...(lower !== null ? ['due_date >= ?'] : []), ...(upper !== null ? ['due_date < ?'] : [])].join(
      ' AND ',
    );
    const bindings = [...(lower !== null ? [lower] : []), ...(upper !== null ? [upper] : [])];
    return db.raw(`CASE WHEN ${conditions} THEN open_fen ELSE 0 END AS ??`, [...bindings, `${prefix}${bucket}`]);
  });
}

/** The buckets of a row read with `bucketColumns`. */
export function bucketsOf(row: Record<string, unknown>, prefix = ''): DueBuckets {
  const out = {} as DueBuckets;
  for (const b of DUE_BUCKETS) out[b] = int(row[`${prefix}${b}`] ?? 0);
  return out;
}

/** Which bucket an invoice due on `dueOn` is in, as of `asOf`, and by how many days it is overdue (0: not yet). */
export function bucketOf(dueOn: string, asOf: string): { bucket: DueBucket; daysOverdue: number } {
  const days = Math.max(0, daysBetween(dueOn, asOf));
  const i = DUE_BUCKET_DAYS.findIndex((limit) => days <= limit);
  return { bucket: DUE_BUCKETS[i === -1 ? DUE_BUCKETS.length - 1 : i]!, daysOverdue: days };
}
