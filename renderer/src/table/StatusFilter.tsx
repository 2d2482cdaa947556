import Select from 'antd/es/select';
import { useTranslation } from 'react-i18next';

/** A list's status filter: one of the document's statuses, named as the UI names them (`<labels>.<status>`). */
export function StatusFilter<S extends string>({
  statuses,
  labels,
  onChange,
}: {
  statuses: readonly S[];
  labels: string;
  onChange: (status: S | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<S>
      allowClear
      style={{ width: 120 }}
      placeholder={t('quotes.status')}
      aria-label={t('quotes.status')}
      onChange={onChange}
      options={statuses.map((s) => ({ value: s, label: t(`${labels}.${s as string}` as const) }))}
    />
  );
}
