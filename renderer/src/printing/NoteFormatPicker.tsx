import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Popover from 'antd/es/popover';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { DELIVERY_PAPERS, PART_MODES, type DeliverySettings, type NoteFormat } from '@shared/deliveries/contract';

/** Paper and parts for this print of delivery notes, chosen by the person printing. */
export function NoteFormatPicker({
  value,
  company,
  onChange,
  size,
}: {
  value: NoteFormat | undefined;
  company: DeliverySettings | undefined;
  onChange(next: NoteFormat): void;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const parts = company?.parts ?? [];
  return (
    <Space.Compact size={size}>
      <Select
        aria-label={t('fields.paper')}
        style={{ width: 96 }}
        disabled={!value}
        value={value?.paper}
        options={DELIVERY_PAPERS.map((p) => ({ value: p, label: t(`printing.papers.${p}`) }))}
        // Plain A4 sheets have no carbon plies: A4 prints one copy per part; forms as the company prints them.
        onChange={(paper: NoteFormat['paper']) =>
          value &&
          onChange({
            ...value,
            paper,
            partMode: paper === 'a4' ? 'separate' : (company?.partMode ?? value.partMode),
          })
        }
      />
      <Popover
        trigger="click"
        title={t('printing.parts')}
        content={
          value && (
            <div style={{ maxWidth: 280 }}>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('printing.partsHint')}
              </Typography.Paragraph>
              <Checkbox.Group
                aria-label={t('fields.parts')}
                value={value.parts}
                options={parts.map((p) => ({ value: p, label: p }))}
                // At least one part, in the order of the company's set.
                onChange={(chosen) =>
                  chosen.length > 0 && onChange({ ...value, parts: parts.filter((p) => chosen.includes(p)) })
                }
              />
              <Radio.Group
                aria-label={t('fields.partMode')}
                style={{ marginTop: 8, display: 'flex', flexDirection: 'column' }}
                value={value.partMode}
                onChange={(e) => onChange({ ...value, partMode: e.target.value as NoteFormat['partMode'] })}
                options={PART_MODES.map((m) => ({ value: m, label: t(`deliveries.partModes.${m}`) }))}
              />
            </div>
          )
        }
      >
        <Button disabled={!value} aria-label={t('printing.parts')}>
          {value &&
            t('printing.partsSummary', { count: value.parts.length, mode: t(`printing.partModes.${value.partMode}`) })}
        </Button>
      </Popover>
    </Space.Compact>
  );
}
