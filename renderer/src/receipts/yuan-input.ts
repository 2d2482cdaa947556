import { yuanToFen } from '@shared/money';
import { NUMBER_RULES, readNumberInput } from '@shared/number-input';

/**
 * A typed yuan amount as fen, or null when it is not one (letters, a minus sign, three decimals). Full-width
 * digits and thousands separators are read as the channels read them (shared/number-input.ts).
 */
export function parseYuan(text: string | undefined | null): number | null {
  const read = readNumberInput(text, NUMBER_RULES.yuan);
  return read.ok ? yuanToFen(read.value) : null;
}
