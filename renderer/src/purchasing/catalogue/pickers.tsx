import type { ProductRow } from '@shared/products/contract';
import type { SupplierRow } from '@shared/suppliers/contract';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { rpc } from '../../rpc/client';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';

const searchSuppliers = async (q: string) =>
  (await rpc('suppliers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;
const searchProducts = async (q: string) =>
  (await rpc('products.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

interface PickerProps<T> {
  value?: number | null;
  onChange?(id: number | null, record?: T): void;
  ariaLabel: string;
  currentLabel?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
}

/** Finds a supplier by code, name or pinyin initials. */
export function SupplierPicker(props: PickerProps<SupplierRow>) {
  return (
    <RemoteSelect<SupplierRow>
      {...props}
      search={searchSuppliers}
      toOption={(s) => ({ value: s.id, label: `${s.code} ${s.name}` })}
    />
  );
}

/** Finds a product by code, name or pinyin initials. */
export function ProductPicker(props: PickerProps<ProductRow>) {
  return (
    <RemoteSelect<ProductRow>
      {...props}
      search={searchProducts}
      toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name}${p.spec ? ` ${p.spec}` : ''}` })}
    />
  );
}
