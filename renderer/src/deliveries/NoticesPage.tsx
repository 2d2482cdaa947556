import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In, Out } from '@shared/contracts';
import { NOTICE_STATUSES } from '@shared/deliveries/contract';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { NoticeDrawer } from './NoticeDrawer';
import { NoticeStatusTag } from './status-tags';
import { rpcKey } from '../rpc/query-keys';
import { StatusFilter } from '../table/StatusFilter';

type Row = Out<'deliveries.notices.list'>['rows'][number];

export function NoticesPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<(typeof NOTICE_STATUSES)[number] | undefined>();
  const [open, setOpen] = useOpenParam();
  const columns = useMemo<ColumnDef<Row, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('deliveries.noticeNumber'),
        accessorKey: 'number',
        size: 130,
        meta: { sortField: 'number' },
      },
      {
        id: 'status',
        header: t('quotes.status'),
        accessorKey: 'status',
        size: 80,
        meta: { export: { enumLabels: 'noticeStatus' } },
        cell: (c) => <NoticeStatusTag status={c.getValue() as string} />,
      },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 240 },
      { id: 'orderNumber', header: t('orders.number'), accessorKey: 'orderNumber', size: 130 },
      { id: 'date', header: t('fields.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      { id: 'shipDate', header: t('fields.shipDate'), accessorKey: 'shipDate', size: 110 },
      {
        id: 'gross',
        header: t('quotes.gross'),
        accessorKey: 'gross',
        size: 120,
        meta: { export: { kind: 'money' }, sortField: 'gross', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      { id: 'createdBy', header: t('audit.user'), accessorKey: 'createdBy', size: 80 },
    ],
    [t],
  );
  const filters = useMemo(() => (status ? { status } : {}), [status]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('deliveries.notices.list', { ...req, q, filters } as In<'deliveries.notices.list'>),
    [q, filters],
  );
  return (
    <div className="page">
      <DataTable<Row>
        id="notices"
        columns={columns}
        queryKey={rpcKey('deliveries.notices.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={NOTICE_STATUSES} labels="noticeStatus" onChange={setStatus} />
          </>
        }
      />
      {open !== null && <NoticeDrawer id={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
