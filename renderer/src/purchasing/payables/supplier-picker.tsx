import type { SupplierRow } from '@shared/suppliers/contract';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { rpc } from '../../rpc/client';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';

const searchSuppliers = async (q: string) =>
  (await rpc('suppliers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

/** Finds the supplier by code, name or pinyin initials. */
export function SupplierPicker(props: {
  value?: number | null;
  onChange?(id: number | null, record?: SupplierRow): void;
  ariaLabel: string;
  disabled?: boolean;
  currentLabel?: string;
  id?: string;
}) {
  return (
    <RemoteSelect<SupplierRow>
      {...props}
      search={searchSuppliers}
      toOption={(s) => ({ value: s.id, label: `${s.code} ${s.name}` })}
    />
  );
}
