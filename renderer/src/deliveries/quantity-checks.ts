import { Dec } from '@shared/money';
import { readNumberInput } from '@shared/number-input';

/** Whether a quantity box holds anything (typing one chooses its line). */
export const quantityTyped = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * What is wrong with a quantity typed on a notice line, as a message key and its figures, or null when it may be
 * sent. Nothing is changed to fit: 5 where 1 is available says "最多可发 1", −3 says "不能为负数".
 */
export function noticeQuantityProblem(
  text: string,
  available: string,
  picked: boolean,
): { key: string; vars?: Record<string, string | number> } | null {
  if (!picked) return null;
  if (!text.trim()) return { key: 'formsUi.notice.required' };
  const read = readNumberInput(text, { decimals: 4, digits: 9, zero: false });
  if (!read.ok) {
    switch (read.problem) {
      case 'negative':
        return { key: 'formsUi.notice.negative' };
      case 'zero':
        return { key: 'formsUi.notice.zero' };
      case 'decimals':
        return { key: 'formsUi.notice.decimals', vars: { decimals: 4 } };
      case 'tooLarge':
        return { key: 'formsUi.notice.maxAvailable', vars: { max: available } };
      default:
        return { key: 'formsUi.notice.notNumber', vars: { example: available === '0' ? '1' : available } };
    }
  }
  if (new Dec(read.value).greaterThan(new Dec(available)))
    return { key: 'formsUi.notice.maxAvailable', vars: { max: available } };
  return null;
}

/** What is wrong with a 回单 discrepancy quantity (a kind chosen): missing, not a figure, more than was delivered. */
export function discrepancyProblem(
  text: string,
  delivered: string,
): { key: string; vars?: Record<string, string | number> } | null {
  if (!text.trim()) return { key: 'formsUi.receipt.diffQtyRequired' };
  const read = readNumberInput(text, { decimals: 4, digits: 9, zero: false });
  if (!read.ok) {
    if (read.problem === 'negative') return { key: 'formsUi.notice.negative' };
    if (read.problem === 'zero') return { key: 'validation.number.positive', vars: { field: '' } };
    if (read.problem === 'decimals') return { key: 'formsUi.notice.decimals', vars: { decimals: 4 } };
    if (read.problem === 'tooLarge') return { key: 'formsUi.receipt.diffOver', vars: { max: delivered } };
    return { key: 'formsUi.notice.notNumber', vars: { example: '1' } };
  }
  if (new Dec(read.value).greaterThan(new Dec(delivered)))
    return { key: 'formsUi.receipt.diffOver', vars: { max: delivered } };
  return null;
}
