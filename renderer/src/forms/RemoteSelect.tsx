import Select from 'antd/es/select';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { useRpcError } from '../rpc/useRpcError';
import {
  initialRemoteSelect,
  isSearching,
  remoteSelectReducer,
  visibleOptions,
  type RemoteOption,
} from './remote-select-state';

interface Props<T> {
  value?: number | null;
  onChange?(id: number | null, record?: T): void;
  /** Searches on the server (code, name, pinyin initials) and returns a page of records. */
  search(q: string): Promise<T[]>;
  toOption(record: T): Omit<RemoteOption<T>, 'record'>;
  /** The label of the current value when it is not among the results. */
  currentLabel?: string;
  placeholder?: string;
  ariaLabel?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
  /** Given by Form.Item: lets a form take the user to this field when it is in error. */
  id?: string;
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
  id,
}: Props<T>) {
  const rpcError = useRpcError();
  const [q, setQ] = useState('');
  const [state, dispatch] = useReducer(remoteSelectReducer<T>, undefined, initialRemoteSelect<T>);
  const tickets = useRef(0);
  // Callers pass search and toOption inline: a new search is due when the text changes, not them.
  const latestProps = useRef({ search, toOption });
  useLayoutEffect(() => {
    latestProps.current = { search, toOption };
  });

  useEffect(() => {
    const ticket = ++tickets.current;
    dispatch({ type: 'search', ticket });
    const { search: find, toOption: asOption } = latestProps.current;
    find(q).then(
      (rows) => dispatch({ type: 'answer', ticket, results: rows.map((r) => ({ ...asOption(r), record: r })) }),
      (err: unknown) => {
        dispatch({ type: 'failed', ticket });
        rpcError.show(err);
      },
    );
  }, [q, rpcError]);

  const options = visibleOptions(state, value, currentLabel);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder}
      aria-label={ariaLabel}
      disabled={disabled}
      style={style}
      loading={isSearching(state)}
      options={options.map(({ value: v, label }) => ({ value: v, label }))}
      onChange={(v?: number) => {
        const option = v === undefined || v === null ? null : (options.find((o) => o.value === v) ?? null);
        dispatch({ type: 'pick', option });
        onChange?.(v ?? null, option?.record);
      }}
    />
  );
}
