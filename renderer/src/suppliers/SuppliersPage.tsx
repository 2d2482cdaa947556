import { PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import type { SupplierRow } from '@shared/suppliers/contract';
import { useSession } from '../auth/session-context';
import { ExcelButtons } from '../excel/ExcelButtons';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenOrNewParam } from '../table/useOpenParam';
import { ActiveFilter, SearchBox } from '../table/ListToolbar';
import { SupplierDrawer } from './SupplierDrawer';
import { rpcKey } from '../rpc/query-keys';
import { useShortcut } from '../app/shortcuts';

export function SuppliersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [active, setActive] = useState<boolean | undefined>(true);
  const [category, setCategory] = useState('');
  const [open, setOpen] = useOpenOrNewParam();
  useShortcut('new', can('suppliers.write') && (() => setOpen('new')));

  const columns = useMemo<ColumnDef<SupplierRow, unknown>[]>(
    () => [
      { id: 'code', header: t('fields.code'), accessorKey: 'code', size: 90, meta: { sortField: 'code' } },
      { id: 'name', header: t('fields.name'), accessorKey: 'name', size: 260, meta: { sortField: 'name' } },
      {
        id: 'shortName',
        header: t('fields.shortName'),
        accessorKey: 'shortName',
        size: 120,
        meta: { sortField: 'shortName' },
      },
      { id: 'mnemonic', header: t('fields.mnemonic'), accessorKey: 'mnemonic', size: 100 },
      {
        id: 'categories',
        header: t('fields.categories'),
        accessorKey: 'categories',
        size: 220,
        cell: (c) => (c.getValue() as string[]).map((x) => <Tag key={x}>{x}</Tag>),
      },
      { id: 'primaryContact', header: t('customers.primaryContact'), accessorKey: 'primaryContact', size: 100 },
      { id: 'primaryPhone', header: t('customers.primaryPhone'), accessorKey: 'primaryPhone', size: 130 },
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

  const filters = useMemo(
    () => ({ ...(active !== undefined ? { active } : {}), ...(category ? { category } : {}) }),
    [active, category],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('suppliers.list', { ...req, q, filters } as In<'suppliers.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<SupplierRow>
        id="suppliers"
        columns={columns}
        queryKey={rpcKey('suppliers.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <ActiveFilter value={active} onChange={setActive} />
            <Input
              allowClear
              style={{ width: 120 }}
              placeholder={t('fields.categories')}
              aria-label={t('fields.categories')}
              onChange={(e) => setCategory(e.target.value.trim())}
            />
            {can('suppliers.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('suppliers.new')}
              </Button>
            )}
            <ExcelButtons
              kind="suppliers"
              exportRequest={{ kind: 'suppliers', q, filters }}
              canImport={can('suppliers.write')}
            />
          </>
        }
      />
      {open !== null && <SupplierDrawer id={open} onClose={() => setOpen(null)} onSaved={(id) => setOpen(id)} />}
    </div>
  );
}
