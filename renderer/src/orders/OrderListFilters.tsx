import { useQuery } from '@tanstack/react-query';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { ORDER_STATUSES, type OrderStatus } from '@shared/orders/contract';
import { rpcQuery } from '../rpc/query-keys';

export type OrderFilters = In<'orders.list'>['filters'];

/** The orders list's filters: statuses (several at once), order dates, customer name or pinyin, salesperson. */
export function OrderListFilters({ onChange }: { onChange(filters: OrderFilters): void }) {
  const { t } = useTranslation();
  const [statuses, setStatuses] = useState<OrderStatus[]>([]);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [customerText, setCustomerText] = useState('');
  const [customer, setCustomer] = useState('');
  const [salespersonId, setSalespersonId] = useState<number | undefined>();
  const people = useQuery(rpcQuery('orders.salespeople', {}));

  // The customer box is sent after a short pause, as the search box is.
  useEffect(() => {
    const timer = setTimeout(() => setCustomer(customerText.trim()), 250);
    return () => clearTimeout(timer);
  }, [customerText]);

  useEffect(() => {
    onChange({
      ...(statuses.length ? { status: statuses } : {}),
      ...(range?.[0] ? { from: range[0].format('YYYY-MM-DD') } : {}),
      ...(range?.[1] ? { to: range[1].format('YYYY-MM-DD') } : {}),
      ...(customer ? { customer } : {}),
      ...(salespersonId ? { salespersonId } : {}),
    });
  }, [statuses, range, customer, salespersonId, onChange]);

  return (
    <>
      <Select<OrderStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ minWidth: 150 }}
        placeholder={t('orderLife.filters.status')}
        aria-label={t('orderLife.filters.status')}
        value={statuses}
        onChange={setStatuses}
        options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orderMsg.status.${s}`) }))}
      />
      <DatePicker.RangePicker
        aria-label={t('orderLife.filters.from')}
        placeholder={[t('orderLife.filters.from'), t('orderLife.filters.to')]}
        onChange={(v) => setRange(v)}
      />
      <Input
        allowClear
        style={{ width: 160 }}
        placeholder={t('orderLife.filters.customer')}
        aria-label={t('orderLife.filters.customer')}
        value={customerText}
        onChange={(e) => setCustomerText(e.target.value)}
      />
      <Select<number>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 120 }}
        placeholder={t('orderLife.filters.salesperson')}
        aria-label={t('orderLife.filters.salesperson')}
        value={salespersonId}
        onChange={setSalespersonId}
        options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      />
    </>
  );
}
