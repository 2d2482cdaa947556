import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The search box of every list: typed text is sent after a short pause. */
export function SearchBox({ onSearch }: { onSearch(q: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => onSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text, onSearch]);
  return (
    <Input.Search
      allowClear
      style={{ width: 280 }}
      placeholder={t('common.searchPlaceholder')}
      aria-label={t('common.search')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim())}
    />
  );
}

/** Active / inactive / all, the filter every master list has. */
export function ActiveFilter({
  value,
  onChange,
}: {
  value: boolean | undefined;
  onChange(v: boolean | undefined): void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      style={{ width: 100 }}
      aria-label={t('fields.active')}
      value={value === undefined ? 'all' : value ? 'active' : 'inactive'}
      onChange={(v) => onChange(v === 'all' ? undefined : v === 'active')}
      options={[
        { value: 'active', label: t('common.active') },
        { value: 'inactive', label: t('common.inactive') },
        { value: 'all', label: t('common.all') },
      ]}
    />
  );
}
