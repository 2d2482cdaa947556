import { PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { TAX_RATES } from '@shared/money';
import type { ProductRow } from '@shared/products/contract';
import { useSession } from '../auth/session-context';
import { ExcelButtons } from '../excel/ExcelButtons';
import { price, taxRateLabel } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenOrNewParam } from '../table/useOpenParam';
import { ActiveFilter, SearchBox } from '../table/ListToolbar';
import { ProductDrawer } from './ProductDrawer';
import { rpcKey } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

type Filters = NonNullable<In<'products.list'>['filters']>;

export function ProductsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Filters>({ active: true });
  const [open, setOpen] = useOpenOrNewParam();
  useShortcut('new', can('products.write') && (() => setOpen('new')));
  const patch = (p: Partial<Filters>) =>
    setFilters(
      (f) =>
        Object.fromEntries(Object.entries({ ...f, ...p }).filter(([, v]) => v !== undefined && v !== '')) as Filters,
    );

  const columns = useMemo<ColumnDef<ProductRow, unknown>[]>(
    () => [
      { id: 'code', header: t('fields.code'), accessorKey: 'code', size: 100, meta: { sortField: 'code' } },
      { id: 'name', header: t('fields.name'), accessorKey: 'name', size: 200, meta: { sortField: 'name' } },
      { id: 'brand', header: t('fields.brand'), accessorKey: 'brand', size: 100, meta: { sortField: 'brand' } },
      { id: 'spec', header: t('fields.spec'), accessorKey: 'spec', size: 200, meta: { sortField: 'spec' } },
      { id: 'unit', header: t('fields.unit'), accessorKey: 'unit', size: 60 },
      {
        id: 'listPrice',
        header: t('fields.listPrice'),
        accessorKey: 'listPrice',
        size: 110,
        meta: { sortField: 'listPrice', numeric: true },
        cell: (c) => price(c.getValue() as string),
      },
      {
        id: 'standardCost',
        header: t('fields.standardCost'),
        accessorKey: 'standardCost',
        size: 110,
        meta: { sortField: 'standardCost', numeric: true },
        cell: (c) => price(c.getValue() as string),
      },
      {
        id: 'taxRate',
        header: t('fields.taxRate'),
        accessorKey: 'taxRate',
        size: 70,
        cell: (c) => taxRateLabel(c.getValue() as string),
      },
      {
        id: 'source',
        header: t('fields.source'),
        accessorKey: 'source',
        size: 70,
        cell: (c) => t(`products.${c.getValue() as string}`),
      },
      {
        id: 'category',
        header: t('fields.category'),
        accessorKey: 'category',
        size: 100,
        meta: { sortField: 'category' },
      },
      {
        id: 'active',
        header: t('fields.active'),
        accessorKey: 'active',
        size: 70,
        cell: (c) => (c.getValue() ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>),
      },
    ],
    [t],
  );

  const fetchPage = useCallback(
    (req: ListRequest) => rpc('products.list', { ...req, q, filters } as In<'products.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<ProductRow>
        id="products"
        columns={columns}
        queryKey={rpcKey('products.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <ActiveFilter value={filters.active} onChange={(active) => patch({ active })} />
            <Input
              allowClear
              style={{ width: 110 }}
              placeholder={t('fields.brand')}
              aria-label={t('fields.brand')}
              onChange={(e) => patch({ brand: e.target.value.trim() })}
            />
            <Input
              allowClear
              style={{ width: 110 }}
              placeholder={t('fields.category')}
              aria-label={t('fields.category')}
              onChange={(e) => patch({ category: e.target.value.trim() })}
            />
            <Select
              allowClear
              style={{ width: 100 }}
              placeholder={t('fields.source')}
              aria-label={t('fields.source')}
              onChange={(source?: 'own' | 'bought') => patch({ source })}
              options={[
                { value: 'own', label: t('products.own') },
                { value: 'bought', label: t('products.bought') },
              ]}
            />
            <Select
              allowClear
              style={{ width: 90 }}
              placeholder={t('fields.taxRate')}
              aria-label={t('fields.taxRate')}
              onChange={(taxRate?: (typeof TAX_RATES)[number]) => patch({ taxRate })}
              options={TAX_RATES.map((r) => ({ value: r, label: taxRateLabel(r) }))}
            />
            {can('products.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('products.new')}
              </Button>
            )}
            <ExcelButtons
              kind="products"
              exportRequest={{ kind: 'products', q, filters }}
              canImport={can('products.write')}
            />
          </>
        }
      />
      {open !== null && <ProductDrawer id={open} onClose={() => setOpen(null)} onSaved={(id) => setOpen(id)} />}
    </div>
  );
}
