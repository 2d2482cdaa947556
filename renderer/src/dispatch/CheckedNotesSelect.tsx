import { useQuery } from '@tanstack/react-query';
import Select from 'antd/es/select';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '@shared/deliveries/contract';
import { MAX_PAGE_SIZE } from '../table/page-sizes';
import { rpcQuery } from '../rpc/query-keys';

/** Delivery notes that passed the pick check and wait for a vehicle or a carrier, in the order chosen. */
export function CheckedNotesSelect({
  value,
  onChange,
  onRows,
}: {
  value?: number[];
  onChange?(ids: number[]): void;
  onRows?(rows: NoteRow[]): void;
}) {
  const { t } = useTranslation();
  const notes = useQuery(
    rpcQuery('deliveries.notes.list', {
      pageSize: MAX_PAGE_SIZE,
      filters: { status: 'checked' },
      sort: { field: 'number', dir: 'asc' },
    }),
  );
  return (
    <Select
      mode="multiple"
      aria-label={t('fields.noteIds')}
      style={{ width: '100%' }}
      value={value}
      optionFilterProp="label"
      onChange={(ids: number[]) => {
        onChange?.(ids);
        onRows?.(ids.map((id) => notes.data!.rows.find((r) => r.id === id)!).filter(Boolean));
      }}
      options={(notes.data?.rows ?? []).map((n) => ({
        value: n.id,
        label: `${n.number} ${n.customerName} ${n.deliveryAddress ?? ''}`,
      }))}
    />
  );
}
