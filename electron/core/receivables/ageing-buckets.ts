import type { AgeingBasis, AgeingBucket, AgeingView } from '../../shared/receivables/ageing-contract';
import { addDays } from '../dates';

/** The annual view's year bounds: <1y, 1-2y, 2-3y, >3y. */
export const ANNUAL_YEARS = [1, 2, 3];

/**
 * The management view's day bounds from the receivable settings' buckets: on the due basis a first bucket
 * "not yet due" (0 days past due or less) comes before them.
 */
export function managementBounds(basis: AgeingBasis, buckets: number[]): number[] {
  return basis === 'due' ? [0, ...buckets] : buckets;
}

/** The day the same calendar date fell `years` earlier (29 Feb falls back to 28 Feb). */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(m)}-${p(Math.min(d, last))}`;
}

export interface BucketPlan {
  buckets: AgeingBucket[];
  /** The earliest basis date each bucket but the last takes: bucket i holds dates ≥ lowest[i] and < lowest[i-1]. */
  lowest: string[];
}

/**
 * The bucket columns for a report date, as date cuts so SQL compares plain date strings (no date functions):
 * the caller's own day bounds, else the view's (annual years, or the settings' management buckets).
 */
export function bucketPlan(
  asOf: string,
  basis: AgeingBasis,
  view: AgeingView,
  custom: number[] | undefined,
  settingsBuckets: number[],
): BucketPlan {
  if (view === 'annual' && !custom) {
    const years = ANNUAL_YEARS;
    return {
      buckets: [...years, null].map((to, i) => ({
        index: i,
        from: i === 0 ? null : years[i - 1]!,
        to,
        unit: 'years' as const,
        notYetDue: false,
      })),
      // Under n years old: the basis date is after the same date n years back.
      lowest: years.map((n) => addDays(yearsBefore(asOf, n), 1)),
    };
  }
  const days = [...new Set(custom ?? managementBounds(basis, settingsBuckets))].sort((a, b) => a - b);
  return {
    buckets: [...days, null].map((to, i) => ({
      index: i,
      from: i === 0 ? null : days[i - 1]! + 1,
      to,
      unit: 'days' as const,
      notYetDue: i === 0 && basis === 'due' && to === 0,
    })),
    lowest: days.map((n) => addDays(asOf, -n)),
  };
}

/** The invoice column each basis ages from. */
export const BASIS_COLUMN: Record<AgeingBasis, 'issue_date' | 'delivery_date' | 'due_date'> = {
  invoice: 'issue_date',
  delivery: 'delivery_date',
  due: 'due_date',
};
