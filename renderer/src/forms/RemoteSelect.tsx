import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';

interface Option<T> {
  value: number;
  label: string;
  record: T;
}

interface Props<T> {
  value?: number | null;
  onChange?(id: number | null, record?: T): void;
  /** Searches on the server (code, name, pinyin initials) and returns a page of records. */
  search(q: string): Promise<T[]>;
  toOption(record: T): Omit<Option<T>, 'record'>;
  /** The label of the current value when it is not among the results. */
  currentLabel?: string;
  placeholder?: string;
  ariaLabel?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
}

/** A select that finds records as the user types, the way every list search does. */
export function RemoteSelect<T>({
  value,
  onChange,
  search,
  toOption,
  currentLabel,
  placeholder,
  ariaLabel,
  disabled,
  style,
}: Props<T>) {
  const [q, setQ] = useState('');
  const results = useQuery({ queryKey: ['remote-select', ariaLabel, q], queryFn: () => search(q) });
  const options: Option<T>[] = (results.data ?? []).map((r) => ({ ...toOption(r), record: r }));
  if (value && currentLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: currentLabel, record: undefined as T });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder}
      aria-label={ariaLabel}
      disabled={disabled}
      style={style}
      loading={results.isFetching}
      options={options.map(({ value: v, label }) => ({ value: v, label }))}
      onChange={(v?: number) => onChange?.(v ?? null, options.find((o) => o.value === v)?.record)}
    />
  );
}
