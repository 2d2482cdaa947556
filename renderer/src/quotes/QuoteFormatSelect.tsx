import { useQuery } from '@tanstack/react-query';
import Select from 'antd/es/select';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { rpcQuery } from '../rpc/query-keys';

/** Picks a saved quote format; empty means "the customer's, else the company default". */
export function QuoteFormatSelect({
  value,
  onChange,
  style,
}: {
  value?: number | null;
  onChange?(id: number | null): void;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const formats = useQuery({
    ...rpcQuery('quotes.formats.list', {}),
    enabled: can('quotes.read'),
  });
  return (
    <Select
      allowClear
      style={style ?? { width: '100%' }}
      aria-label={t('fields.quoteFormatId')}
      placeholder={t('quotes.formatAuto')}
      value={value ?? undefined}
      onChange={(v?: number) => onChange?.(v ?? null)}
      options={(formats.data ?? []).map((f) => ({
        value: f.id,
        label: f.isDefault ? `${f.name}${t('wording.paren', { text: t('quotes.formatDefault') })}` : f.name,
      }))}
    />
  );
}
