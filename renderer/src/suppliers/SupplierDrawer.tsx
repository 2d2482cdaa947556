import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { supplierInput, type SupplierDetail } from '@shared/suppliers/contract';
import { useSession } from '../auth/session-context';
import { FieldGrid } from '../forms/FieldGrid';
import { RecordDrawer } from '../forms/RecordDrawer';
import { ContactsEditor } from '../forms/RowsEditor';
import { rpc } from '../rpc/client';

export function SupplierDrawer({
  id,
  onClose,
  onSaved,
}: {
  id: number | 'new';
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { can } = useSession();
  return (
    <RecordDrawer<SupplierDetail, typeof supplierInput>
      entity="supplier"
      id={id}
      titles={{ create: 'suppliers.new', edit: 'suppliers.edit' }}
      canWrite={can('suppliers.write')}
      schema={supplierInput}
      initialValues={{ active: true, categories: [], contacts: [] }}
      load={(id) => rpc('suppliers.get', { id })}
      create={(data) => rpc('suppliers.create', data)}
      update={(id, version, data) => rpc('suppliers.update', { id, lockVersion: version, data })}
      refresh="suppliers.list"
      onClose={onClose}
      onSaved={onSaved}
      tabs={[
        {
          key: 'basic',
          label: 'customers.basic',
          children: (
            <FieldGrid
              fields={[
                { name: 'code', label: 'fields.code', ...(id === 'new' ? { extra: 'customers.codeHint' } : {}) },
                { name: 'name', label: 'fields.name', span: 16, required: true },
                { name: 'shortName', label: 'fields.shortName' },
                { name: 'mnemonic', label: 'fields.mnemonic', extra: 'customers.mnemonicHint' },
                { name: 'taxId', label: 'fields.taxId' },
                { name: 'bankName', label: 'fields.bankName', span: 12 },
                { name: 'bankAccount', label: 'fields.bankAccount', span: 12 },
                {
                  name: 'categories',
                  label: 'fields.categories',
                  span: 24,
                  extra: 'suppliers.categoriesHint',
                  input: <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} />,
                },
                { name: 'notes', label: 'fields.notes', span: 24, input: <Input.TextArea rows={3} /> },
                { name: 'active', label: 'fields.active', toggle: true },
              ]}
            />
          ),
        },
        { key: 'contacts', label: 'customers.contacts', children: <ContactsEditor /> },
      ]}
    />
  );
}
