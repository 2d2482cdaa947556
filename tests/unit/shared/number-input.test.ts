import { describe, expect, it } from 'vitest';
import {
  halfWidth,
  NUMBER_RULES,
  numberProblemMessage,
  readNumberInput,
  type NumberRule,
} from '../../../electron/shared/number-input';
import { translate } from '../../../electron/shared/i18n/translate';

const price = (text: string) => readNumberInput(text, NUMBER_RULES.price);
const quantity = (text: string) => readNumberInput(text, NUMBER_RULES.quantity);
const said = (text: string, rule: NumberRule, field: string) => {
  const read = readNumberInput(text, rule);
  if (read.ok) return read.value;
  const { key, vars } = numberProblemMessage(read.problem, rule);
  return translate('zh-CN', key, { ...vars, field });
};

describe('a figure typed into a form is read as people type it', () => {
  it('takes plain figures, keeping the decimals as typed', () => {
    expect(price('1446.40')).toEqual({ ok: true, value: '1446.40' });
    expect(price(' 1446.4 ')).toEqual({ ok: true, value: '1446.4' });
    expect(price('0')).toEqual({ ok: true, value: '0' });
    expect(price('007.5')).toEqual({ ok: true, value: '7.5' });
    expect(price('.5')).toEqual({ ok: true, value: '0.5' });
    expect(price('5.')).toEqual({ ok: true, value: '5' });
  });

  it('takes full-width digits, point, comma and the 。 typed for a point, as an IME in full-width mode gives them', () => {
    expect(price('１４４６．４')).toEqual({ ok: true, value: '1446.4' });
    expect(price('１，４４６．４０')).toEqual({ ok: true, value: '1446.40' });
    expect(price('１４４６。４')).toEqual({ ok: true, value: '1446.4' });
    expect(quantity('\u3000１２\u3000')).toEqual({ ok: true, value: '12' });
    expect(halfWidth('－３')).toBe('-3');
  });

  it('takes thousands separators where they can only be that: groups of three', () => {
    expect(price('1,446.40')).toEqual({ ok: true, value: '1446.40' });
    expect(price('12,345')).toEqual({ ok: true, value: '12345' });
    expect(price('1,234,567.8')).toEqual({ ok: true, value: '1234567.8' });
  });

  it('refuses a comma that may be a decimal comma, and says why', () => {
    expect(price('1446,40')).toEqual({ ok: false, problem: 'separator' });
    expect(price('1,44')).toEqual({ ok: false, problem: 'separator' });
    expect(price('12,3456')).toEqual({ ok: false, problem: 'separator' });
  });

  it('refuses a letter, a second point, an exponent or nothing at all', () => {
    for (const bad of ['1446.4O', 'abc', '1.2.3', '1e5', '12元', '¥12', '-', '.', '--1'])
      expect(price(bad), bad).toEqual({ ok: false, problem: 'notNumber' });
    expect(price('')).toEqual({ ok: false, problem: 'empty' });
    expect(price('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(readNumberInput(undefined, NUMBER_RULES.price)).toEqual({ ok: false, problem: 'empty' });
  });

  it('holds each kind of figure to its rule: sign, zero, decimals, size', () => {
    expect(price('-3')).toEqual({ ok: false, problem: 'negative' });
    expect(price('-0')).toEqual({ ok: true, value: '0' });
    expect(quantity('0')).toEqual({ ok: false, problem: 'zero' });
    expect(quantity('-3')).toEqual({ ok: false, problem: 'negative' });
    expect(quantity('1.23456')).toEqual({ ok: false, problem: 'decimals' });
    expect(quantity('1234567890')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(readNumberInput('100', NUMBER_RULES.percent)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(readNumberInput('99.99', NUMBER_RULES.percent)).toEqual({ ok: true, value: '99.99' });
    expect(readNumberInput('-12.5', { decimals: 2, digits: 9, zero: true, negative: true })).toEqual({
      ok: true,
      value: '-12.5',
    });
    expect(readNumberInput('80.5', { decimals: 2, digits: 9, zero: true, max: '80' })).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
  });

  it('says what is wrong and how to write it, naming the field', () => {
    expect(said('-3', NUMBER_RULES.quantity, '数量')).toBe('数量须大于 0');
    expect(said('0', NUMBER_RULES.quantity, '数量')).toBe('数量须大于 0');
    expect(said('-3', NUMBER_RULES.price, '单价')).toBe('单价不能为负数');
    expect(said('1446.4O', NUMBER_RULES.price, '单价')).toBe('单价只能是数字，如 1446.40');
    expect(said('1446,40', NUMBER_RULES.price, '单价')).toBe('单价的逗号只作千分位，如 1,446.40');
    expect(said('1.23456', NUMBER_RULES.quantity, '数量')).toBe('数量最多 4 位小数');
    expect(said('', NUMBER_RULES.quantity, '数量')).toBe('请填写数量');
    expect(said('80.5', { decimals: 2, digits: 9, zero: true, max: '80' }, '本次数量')).toBe('本次数量不能大于 80');
  });
});
