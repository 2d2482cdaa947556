import Input from 'antd/es/input';
import type { ChangeEvent, CSSProperties } from 'react';
import { readNumberInput, type NumberRule } from '@shared/number-input';

interface Props {
  value?: string | null;
  onChange?(value: string | ChangeEvent<HTMLInputElement>): void;
  rule: NumberRule;
  id?: string;
  style?: CSSProperties;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A figure typed as text (a quantity, a price): what the user types stays as typed, and on leaving the box a
 * figure written in full-width digits or with thousands separators is shown as the core will keep it (1446.40).
 */
export function FigureInput({ value, onChange, rule, ...rest }: Props) {
  return (
    <Input
      {...rest}
      inputMode="decimal"
      value={value ?? ''}
      onChange={(e) => onChange?.(e)}
      onBlur={() => {
        const read = readNumberInput(value, rule);
        if (read.ok && read.value !== value) onChange?.(read.value);
      }}
    />
  );
}
