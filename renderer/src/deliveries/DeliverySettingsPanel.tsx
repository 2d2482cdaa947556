import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import { useTranslation } from 'react-i18next';
import { DELIVERY_PAPERS, deliverySettings } from '@shared/deliveries/contract';
import { rpc } from '../rpc/client';
import { SettingsForm } from '../settings/SettingsForm';

/** How delivery notes print: paper, the parts of the multipart set and their names, and the 回单 reminder. */
export function DeliverySettingsPanel() {
  const { t } = useTranslation();
  return (
    <SettingsForm
      channel="settings.delivery.get"
      load={() => rpc('settings.delivery.get', {})}
      save={(data) => rpc('settings.delivery.update', data)}
      schema={deliverySettings}
      fields={[
        {
          name: 'paper',
          label: 'fields.paper',
          span: 8,
          input: <Select options={DELIVERY_PAPERS.map((p) => ({ value: p, label: t(`deliveries.papers.${p}`) }))} />,
        },
        {
          name: 'partMode',
          label: 'fields.partMode',
          span: 8,
          input: (
            <Select
              options={['carbonless', 'separate'].map((m) => ({ value: m, label: t(`deliveries.partModes.${m}`) }))}
            />
          ),
        },
        {
          name: 'receiptDays',
          label: 'fields.receiptDays',
          span: 8,
          input: <InputNumber min={1} max={90} precision={0} style={{ width: '100%' }} />,
        },
        {
          name: 'parts',
          label: 'fields.parts',
          span: 24,
          extra: 'deliveries.partsHint',
          input: <Select mode="tags" maxCount={5} tokenSeparators={[',', '，', ' ']} />,
        },
      ]}
    />
  );
}
