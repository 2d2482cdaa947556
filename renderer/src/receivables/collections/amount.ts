import { yuanToFen } from '@shared/money';

/** A yuan amount typed by the user as fen; null when empty, NaN when it is not an amount. */
export function typedFen(value: string | undefined | null): number | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  try {
    return yuanToFen(v);
  } catch {
    return NaN;
  }
}
