import type { ColumnDef } from '@tanstack/react-table';
import Tabs from 'antd/es/tabs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverdueRow } from '@shared/receivables/collections-contract';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcKey } from '../../rpc/query-keys';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { FollowUpDrawer } from './FollowUpDrawer';
import { PlanTab } from './PlanTab';

type Row = OverdueRow & { id: number };

function OverdueTab() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<Row | null>(null);
  const tr = useCallback((k: string) => t(`receivables.collections.${k}`), [t]);
  const columns = useMemo<ColumnDef<Row, unknown>[]>(
    () => [
      {
        id: 'customer',
        header: tr('customer'),
        accessorKey: 'customerName',
        size: 260,
        meta: { sortField: 'customer' },
      },
      { id: 'salesperson', header: tr('salesperson'), accessorKey: 'salesperson', size: 90 },
      {
        id: 'overdue',
        header: tr('overdue'),
        accessorKey: 'overdueFen',
        size: 130,
        meta: { export: { kind: 'money' }, sortField: 'overdue', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      { id: 'invoices', header: tr('invoices'), accessorKey: 'invoices', size: 80, meta: { numeric: true } },
      {
        id: 'oldest',
        header: tr('oldestDays'),
        accessorKey: 'oldestDays',
        size: 110,
        meta: { sortField: 'oldest', numeric: true },
      },
      { id: 'last', header: tr('lastFollowUp'), accessorKey: 'lastFollowUp', size: 100 },
      { id: 'next', header: tr('nextFollowUp'), accessorKey: 'nextFollowUp', size: 100 },
      {
        id: 'promise',
        header: tr('promise'),
        size: 180,
        cell: ({ row: { original: r } }) =>
          [r.promisedDate, r.promisedFen !== null ? money(r.promisedFen) : null].filter(Boolean).join(' '),
      },
    ],
    [tr],
  );
  const fetchPage = useCallback(
    async (req: ListRequest) => {
      const page = await rpc('collections.overdue', { ...req, q } as Parameters<typeof rpc<'collections.overdue'>>[1]);
      return { ...page, rows: page.rows.map((r) => ({ ...r, id: r.customerId })) };
    },
    [q],
  );
  return (
    <div className="page" style={{ padding: 0, height: 'calc(100vh - 190px)' }}>
      <DataTable<Row>
        id="collections-overdue"
        columns={columns}
        queryKey={rpcKey('collections.overdue', { q })}
        fetchPage={fetchPage}
        onOpen={setOpen}
        toolbar={<SearchBox onSearch={setQ} />}
      />
      {open && <FollowUpDrawer customer={open} onClose={() => setOpen(null)} />}
    </div>
  );
}

/** 催收: customers past due with their follow-ups, and the month's collection plan. */
export function CollectionsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <Tabs
        className="collections-tabs"
        items={[
          { key: 'overdue', label: t('receivables.collections.overdueTab'), children: <OverdueTab /> },
          { key: 'plan', label: t('receivables.collections.planTab'), children: <PlanTab /> },
        ]}
      />
    </div>
  );
}
