import { parseDecimal } from '../../shared/money';
import { AppError } from '../rpc/errors';
import type { NoteDetail } from '../../shared/deliveries/contract';

type Discrepancy = { lineId: number; kind: 'short' | 'damaged' | 'wrong'; quantity: string };

/**
 * The 回单's discrepancies: each a line of this note, each line at most once (a second mention is
 * refused, not merged), never more than was delivered; a short quantity never more than what has
 * not already come back on a return, so nothing is counted both as short and as returned.
 */
export function checkDiscrepancies(lines: NoteDetail['lines'], discrepancies: Discrepancy[]): void {
  const seen = new Set<number>();
  discrepancies.forEach((d, i) => {
    const line = lines.find((l) => l.id === d.lineId);
    if (!line)
      throw new AppError('VALIDATION', 'errors.notNoteLine', {}, [
        { path: `discrepancies.${i}.lineId`, message: 'errors.notNoteLine' },
      ]);
    if (seen.has(d.lineId))
      throw new AppError('VALIDATION', 'errors.receiptLineTwice', { name: line.name }, [
        { path: `discrepancies.${i}.lineId`, message: 'errors.receiptLineTwiceShort' },
      ]);
    seen.add(d.lineId);
    const quantity = parseDecimal(d.quantity);
    if (quantity.greaterThan(parseDecimal(line.quantity)))
      throw new AppError('VALIDATION', 'errors.overNoteLine', { name: line.name }, [
        { path: `discrepancies.${i}.quantity`, message: 'errors.overOrderedShort' },
      ]);
    const kept = parseDecimal(line.quantity).minus(parseDecimal(line.returned));
    if (d.kind === 'short' && quantity.greaterThan(kept))
      throw new AppError(
        'VALIDATION',
        'errors.shortOverReturned',
        { name: line.name, left: kept.toFixed(), unit: line.unit },
        [{ path: `discrepancies.${i}.quantity`, message: 'errors.shortOverReturnedShort' }],
      );
  });
}
