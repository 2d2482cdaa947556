import { PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import type { CustomerRow } from '@shared/customers/contract';
import { useSession } from '../auth/session-context';
import { ExcelButtons } from '../excel/ExcelButtons';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenOrNewParam } from '../table/useOpenParam';
import { ActiveFilter, SearchBox } from '../table/ListToolbar';
import { CustomerDrawer } from './CustomerDrawer';
import { rpcKey } from '../rpc/query-keys';
import { CreditLimitText } from '../receivables/CreditStandingView';
import { useShortcut } from '../app/shortcuts';

export function CustomersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [active, setActive] = useState<boolean | undefined>(true);
  const [salesperson, setSalesperson] = useState('');
  const [open, setOpen] = useOpenOrNewParam();
  useShortcut('new', can('customers.write') && (() => setOpen('new')));

  const columns = useMemo<ColumnDef<CustomerRow, unknown>[]>(
    () => [
      { id: 'code', header: t('fields.code'), accessorKey: 'code', size: 100, meta: { sortField: 'code' } },
      { id: 'name', header: t('fields.name'), accessorKey: 'name', size: 260, meta: { sortField: 'name' } },
      {
        id: 'shortName',
        header: t('fields.shortName'),
        accessorKey: 'shortName',
        size: 120,
        meta: { sortField: 'shortName' },
      },
      { id: 'mnemonic', header: t('fields.mnemonic'), accessorKey: 'mnemonic', size: 100 },
      { id: 'primaryContact', header: t('customers.primaryContact'), accessorKey: 'primaryContact', size: 100 },
      { id: 'primaryPhone', header: t('customers.primaryPhone'), accessorKey: 'primaryPhone', size: 130 },
      { id: 'paymentTerms', header: t('fields.paymentTerms'), accessorKey: 'paymentTerms', size: 150 },
      {
        id: 'paymentDays',
        header: t('fields.paymentDays'),
        accessorKey: 'paymentDays',
        size: 90,
        meta: { sortField: 'paymentDays', numeric: true },
      },
      {
        id: 'creditLimit',
        header: t('fields.creditLimit'),
        accessorKey: 'creditLimit',
        size: 130,
        meta: { sortField: 'creditLimit', numeric: true },
        cell: (c) => <CreditLimitText limit={c.getValue() as number | null} />,
      },
      {
        id: 'salesperson',
        header: t('fields.salesperson'),
        accessorKey: 'salesperson',
        size: 90,
        meta: { sortField: 'salesperson' },
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

  const filters = useMemo(
    () => ({ ...(active !== undefined ? { active } : {}), ...(salesperson ? { salesperson } : {}) }),
    [active, salesperson],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('customers.list', { ...req, q, filters } as In<'customers.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<CustomerRow>
        id="customers"
        columns={columns}
        queryKey={rpcKey('customers.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <ActiveFilter value={active} onChange={setActive} />
            <Input
              allowClear
              style={{ width: 120 }}
              placeholder={t('fields.salesperson')}
              aria-label={t('fields.salesperson')}
              onChange={(e) => setSalesperson(e.target.value.trim())}
            />
            {can('customers.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('customers.new')}
              </Button>
            )}
            <ExcelButtons
              kind="customers"
              exportRequest={{ kind: 'customers', q, filters }}
              canImport={can('customers.write')}
            />
          </>
        }
      />
      {open !== null && <CustomerDrawer id={open} onClose={() => setOpen(null)} onSaved={(id) => setOpen(id)} />}
    </div>
  );
}
