import Form from 'antd/es/form';
import Input from 'antd/es/input';
import type { ReactNode } from 'react';
import type { NumberRule } from '@shared/number-input';
import { figureRule, filledRule } from './figure-rules';
import { FigureInput } from './FigureInput';
import './line-cells.css';

type Name = (string | number)[];

/**
 * A figure in a line editor (quantity, price, cost): checked as it is typed, with what is wrong and how to write
 * it under the box, gone as soon as it is right.
 */
export function FigureCell({
  name,
  rule,
  label,
  ariaLabel,
  width,
  optional,
  extra,
}: {
  name: Name;
  rule: NumberRule;
  /** The column's field label, named by the message ("数量须大于 0"). */
  label: string;
  ariaLabel: string;
  width: number;
  optional?: boolean;
  extra?: ReactNode;
}) {
  return (
    <Form.Item
      name={name}
      className="line-cell"
      style={{ width }}
      rules={[figureRule(rule, label, optional)]}
      extra={extra}
    >
      <FigureInput rule={rule} aria-label={ariaLabel} style={{ width }} />
    </Form.Item>
  );
}

/** A text in a line editor (name, unit): a required one says so under the box when left empty. */
export function TextCell({
  name,
  label,
  ariaLabel,
  width,
  required,
}: {
  name: Name;
  label: string;
  ariaLabel: string;
  width: number;
  required?: boolean;
}) {
  return (
    <Form.Item name={name} className="line-cell" style={{ width }} rules={required ? [filledRule(label)] : undefined}>
      <Input aria-label={ariaLabel} style={{ width }} />
    </Form.Item>
  );
}
