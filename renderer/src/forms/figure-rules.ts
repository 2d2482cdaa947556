import type { Rule } from 'antd/es/form';
import i18next from 'i18next';
import { numberProblemMessage, readNumberInput, type NumberRule } from '@shared/number-input';

/**
 * A line cell's check as it is typed, with the channel's own reader (shared/number-input.ts): the message under the
 * cell says what is wrong and how to write it ("数量须大于 0", "单价只能是数字，如 1446.40"), and goes as soon as the
 * figure is right.
 */
export function figureRule(rule: NumberRule, label: string, optional = false): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = value === null || value === undefined ? '' : String(value);
      if (optional && !text.trim()) return;
      const read = readNumberInput(text, rule);
      if (read.ok) return;
      const { key, vars } = numberProblemMessage(read.problem, rule);
      throw new Error(i18next.t(key, { ...vars, field: label }));
    },
  };
}

/** A cell that must be filled in, said with its label ("名称不能为空"). */
export function filledRule(label: string): Rule {
  return { required: true, whitespace: true, message: i18next.t('validation.issue.required', { field: label }) };
}
