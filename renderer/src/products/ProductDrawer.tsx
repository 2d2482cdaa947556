import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { useTranslation } from 'react-i18next';
import { TAX_RATES } from '@shared/money';
import { productInput, type ProductDetail } from '@shared/products/contract';
import { useSession } from '../auth/session-context';
import { taxRateLabel } from '../format';
import { FieldGrid } from '../forms/FieldGrid';
import { RecordDrawer } from '../forms/RecordDrawer';
import { rpc } from '../rpc/client';

export function ProductDrawer({
  id,
  onClose,
  onSaved,
}: {
  id: number | 'new';
  onClose(): void;
  onSaved(id: number): void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <RecordDrawer<ProductDetail, typeof productInput>
      entity="product"
      id={id}
      width={760}
      titles={{ create: 'products.new', edit: 'products.edit' }}
      canWrite={can('products.write')}
      schema={productInput}
      initialValues={{
        unit: t('wording.unitPiece'),
        taxRate: '0.13',
        listPrice: '0',
        standardCost: '0',
        source: 'own',
        active: true,
        nonStock: false,
      }}
      load={(id) => rpc('products.get', { id })}
      create={(data) => rpc('products.create', data)}
      update={(id, version, data) => rpc('products.update', { id, lockVersion: version, data })}
      refresh="products.list"
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
                { name: 'brand', label: 'fields.brand' },
                { name: 'spec', label: 'fields.spec', span: 16 },
                { name: 'unit', label: 'fields.unit', span: 6 },
                {
                  name: 'taxRate',
                  label: 'fields.taxRate',
                  span: 6,
                  input: <Select options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))} />,
                },
                { name: 'listPrice', label: 'fields.listPrice', span: 6, input: <Input inputMode="decimal" /> },
                { name: 'standardCost', label: 'fields.standardCost', span: 6, input: <Input inputMode="decimal" /> },
                {
                  name: 'source',
                  label: 'fields.source',
                  input: (
                    <Select
                      options={[
                        { value: 'own', label: t('products.own') },
                        { value: 'bought', label: t('products.bought') },
                      ]}
                    />
                  ),
                },
                { name: 'category', label: 'fields.category' },
                { name: 'active', label: 'fields.active', toggle: true },
                { name: 'nonStock', label: 'fields.nonStock', toggle: true, extra: 'formsUi.notice.nonStockHint' },
                { name: 'notes', label: 'fields.notes', span: 24, input: <Input.TextArea rows={3} /> },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
