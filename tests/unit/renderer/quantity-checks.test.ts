import { describe, expect, it } from 'vitest';
import { discrepancyProblem, noticeQuantityProblem } from '../../../renderer/src/deliveries/quantity-checks';

describe('a quantity typed on a delivery notice line is said wrong, never changed to fit', () => {
  it('more than is available says how many may go', () => {
    expect(noticeQuantityProblem('5', '1', true)).toEqual({ key: 'formsUi.notice.maxAvailable', vars: { max: '1' } });
    expect(noticeQuantityProblem('1.5', '1', true)).toEqual({ key: 'formsUi.notice.maxAvailable', vars: { max: '1' } });
  });
  it('a negative figure, a zero, a letter, an empty box on a chosen line', () => {
    expect(noticeQuantityProblem('-3', '1', true)).toEqual({ key: 'formsUi.notice.negative' });
    expect(noticeQuantityProblem('0', '1', true)).toEqual({ key: 'formsUi.notice.zero' });
    expect(noticeQuantityProblem('2O', '6', true)).toEqual({ key: 'formsUi.notice.notNumber', vars: { example: '6' } });
    expect(noticeQuantityProblem(' ', '6', true)).toEqual({ key: 'formsUi.notice.required' });
  });
  it('what is available or less goes, full-width digits too; a line not chosen is not checked', () => {
    expect(noticeQuantityProblem('1', '1', true)).toBeNull();
    expect(noticeQuantityProblem('０.５', '1', true)).toBeNull();
    expect(noticeQuantityProblem('-3', '1', false)).toBeNull();
  });
});

describe('a 回单 discrepancy says what is wrong with its quantity', () => {
  it('needs a quantity, not more than was delivered', () => {
    expect(discrepancyProblem('', '2')).toEqual({ key: 'formsUi.receipt.diffQtyRequired' });
    expect(discrepancyProblem('3', '2')).toEqual({ key: 'formsUi.receipt.diffOver', vars: { max: '2' } });
    expect(discrepancyProblem('-1', '2')).toEqual({ key: 'formsUi.notice.negative' });
    expect(discrepancyProblem('１', '2')).toBeNull();
  });
});
