import type { FieldError } from '../../shared/rpc/envelope';
import { Dec, sumLines, type LineAmounts } from '../../shared/money';
import { AppError } from '../rpc/errors';

/**
 * How far a line's printed tax may be from round_half_up(net × rate), in fen: the tax system
 * rounds unit prices and may print one fen off. A constant until it becomes a setting.
 */
export const TAX_TOLERANCE_FEN = 1;

/** Field problems gathered over a whole input, thrown together so every field shows its own. */
export class Problems {
  readonly fields: FieldError[] = [];
  readonly vars: Record<string, string | number> = {};

  add(path: string, key: string, vars: Record<string, string | number> = {}): void {
    this.fields.push({ path, message: key });
    Object.assign(this.vars, vars);
  }

  get any(): boolean {
    return this.fields.length > 0;
  }

  /** Throws the first problem as the message, all of them by field. */
  throwIfAny(): void {
    if (this.any) throw new AppError('VALIDATION', this.fields[0]!.message, this.vars, this.fields);
  }
}

export interface PrintedLine extends LineAmounts {
  taxRate: string;
}

/** Each line: net + tax = gross, and the tax within the tolerance of net × rate. */
export function checkLineAmounts(lines: readonly PrintedLine[], problems: Problems, prefix = 'lines'): void {
  lines.forEach((l, i) => {
    if (l.net + l.tax !== l.gross) problems.add(`${prefix}.${i}.gross`, 'invoiceMsg.errors.lineSum');
    const expected = new Dec(l.net).times(l.taxRate).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
    if (Math.abs(l.tax - expected) > TAX_TOLERANCE_FEN)
      problems.add(`${prefix}.${i}.tax`, 'invoiceMsg.errors.taxOff', { tolerance: TAX_TOLERANCE_FEN });
  });
}

/** The invoice's totals: the sums of its lines, never a figure of their own. */
export const totalsOf = (lines: readonly LineAmounts[]): LineAmounts => sumLines(lines);
