import type { TFunction } from 'i18next';
import type { AgeingBucket } from '@shared/receivables/ageing-contract';

/** A bucket column's title: 未到期, 30天以内, 31-60天, 365天以上, 1-2年 … */
export function bucketTitle(t: TFunction, b: AgeingBucket): string {
  const k = 'receivables.ageing.buckets';
  if (b.notYetDue) return t(`${k}.notYetDue`);
  const unit = b.unit === 'years' ? 'Years' : 'Days';
  if (b.from === null) return t(`${k}.upTo${unit}`, { to: b.to ?? 0 });
  if (b.to === null) return t(`${k}.over${unit}`, { from: b.unit === 'days' ? b.from - 1 : b.from });
  return t(`${k}.range${unit}`, { from: b.from, to: b.to });
}
