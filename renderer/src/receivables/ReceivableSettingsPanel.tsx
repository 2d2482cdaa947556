import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import { useTranslation } from 'react-i18next';
import { AGEING_BASES } from '@shared/receivables/ageing-contract';
import { OVERDUE_BASES, receivableSettings } from '@shared/receivables/receivable-settings';
import { rpc } from '../rpc/client';
import { SettingsForm } from '../settings/SettingsForm';

/** Where overdue and ageing count from, the ageing buckets and the 回执 reminder; a manager changes them. */
export function ReceivableSettingsPanel() {
  const { t } = useTranslation();
  return (
    <SettingsForm
      channel="receivables.settings.get"
      load={() => rpc('receivables.settings.get', {})}
      save={(data) => rpc('receivables.settings.update', data)}
      schema={receivableSettings}
      writePermission="credit.manage"
      // The buckets are typed as tags; the channel takes whole days.
      toForm={(s) => ({ ...s, buckets: s.buckets.map(String) })}
      fromForm={(v) => ({ ...v, buckets: ((v.buckets as string[] | undefined) ?? []).map(Number) })}
      fields={[
        {
          name: 'overdueBasis',
          label: 'fields.overdueBasis',
          span: 8,
          extra: 'receivables.overdueBasisHint',
          input: (
            <Select options={OVERDUE_BASES.map((b) => ({ value: b, label: t(`receivables.overdueBasis.${b}`) }))} />
          ),
        },
        {
          name: 'ageingBasis',
          label: 'fields.ageingBasis',
          span: 8,
          input: <Select options={AGEING_BASES.map((b) => ({ value: b, label: t(`receivables.ageingBasis.${b}`) }))} />,
        },
        {
          name: 'ackReminderDays',
          label: 'fields.ackReminderDays',
          span: 8,
          extra: 'receivables.ackReminderHint',
          input: <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />,
        },
        {
          name: 'buckets',
          label: 'fields.buckets',
          span: 24,
          extra: 'receivables.bucketsHint',
          input: <Select mode="tags" maxCount={10} tokenSeparators={[',', '，', ' ', '、']} />,
        },
      ]}
    />
  );
}
