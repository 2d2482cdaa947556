import type { CustomerRow } from '@shared/customers/contract';
import { RemoteSelect } from '../forms/RemoteSelect';
import { rpc } from '../rpc/client';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';

const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

/** Finds the paying customer by code, name or pinyin initials. */
export function CustomerPicker(props: {
  value?: number | null;
  onChange?(id: number | null, record?: CustomerRow): void;
  ariaLabel: string;
  style?: React.CSSProperties;
}) {
  return (
    <RemoteSelect<CustomerRow>
      {...props}
      search={searchCustomers}
      toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
    />
  );
}
