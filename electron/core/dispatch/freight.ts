import { Dec, parseDecimal, roundHalfUpToFen } from '../../shared/money';

/**
 * Freight by the carrier's agreed basis: pieces, kilograms or cubic metres times the rate
 * (yuan), rounded half-up to the fen, never below the carrier's minimum.
 */
export function freightFor(
  basis: 'piece' | 'weight' | 'volume',
  rate: string,
  minimumFen: number,
  load: { packages: number; weightKg: string | null; volumeM3: string | null },
): number {
  const units =
    basis === 'piece'
      ? new Dec(load.packages)
      : parseDecimal((basis === 'weight' ? load.weightKg : load.volumeM3) ?? '0');
  return Math.max(minimumFen, roundHalfUpToFen(units.times(parseDecimal(rate))));
}
