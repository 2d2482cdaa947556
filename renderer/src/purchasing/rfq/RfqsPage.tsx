import { PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { RFQ_STATUSES, type RfqRow, type RfqStatus } from '@shared/purchasing/rfq/contract';
import { useSession } from '../../auth/session-context';
import { rpc } from '../../rpc/client';
import { rpcKey } from '../../rpc/query-keys';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { StatusFilter } from '../../table/StatusFilter';
import { useOpenOrNewParam } from '../../table/useOpenParam';
import { RfqDrawer } from './RfqDrawer';

const STATUS_COLOURS: Record<RfqStatus, string> = {
  draft: 'default',
  sent: 'blue',
  decided: 'green',
  cancelled: 'red',
};

export function RfqStatusTag({ status }: { status: RfqStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`rfqMsg.status.${status}`)}</Tag>;
}

/** 外购 › 询价比价: the RFQs, found by number, title, a supplier asked or a product asked for. */
export function RfqsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<RfqStatus | undefined>();
  const [open, setOpen] = useOpenOrNewParam();

  const columns = useMemo<ColumnDef<RfqRow, unknown>[]>(
    () => [
      { id: 'number', header: t('rfq.number'), accessorKey: 'number', size: 130, meta: { sortField: 'number' } },
      { id: 'date', header: t('rfq.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      { id: 'title', header: t('rfq.title'), accessorKey: 'title', size: 240, meta: { sortField: 'title' } },
      {
        id: 'status',
        header: t('quotes.status'),
        size: 90,
        meta: { sortField: 'status' },
        cell: (c) => <RfqStatusTag status={c.row.original.status} />,
      },
      {
        id: 'origin',
        header: t('rfq.origin'),
        size: 150,
        cell: (c) => {
          const r = c.row.original;
          return `${t(`rfqMsg.origin.${r.origin}`)} ${r.quoteNumber ?? r.orderNumber ?? ''}`;
        },
      },
      { id: 'items', header: t('rfq.itemCount'), accessorKey: 'items', size: 70, meta: { align: 'right' } },
      { id: 'suppliers', header: t('rfq.suppliers'), size: 260, cell: (c) => c.row.original.suppliers.join('、') },
      {
        id: 'answered',
        header: t('rfq.answered'),
        size: 80,
        cell: (c) => `${c.row.original.answered}/${c.row.original.suppliers.length}`,
      },
      { id: 'replyBy', header: t('rfq.replyBy'), accessorKey: 'replyBy', size: 100 },
    ],
    [t],
  );
  const filters = useMemo(() => (status ? { status } : {}), [status]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('purchasing.rfq.list', { ...req, q, filters } as In<'purchasing.rfq.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<RfqRow>
        id="purchasing-rfqs"
        columns={columns}
        queryKey={rpcKey('purchasing.rfq.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={RFQ_STATUSES} labels="rfqMsg.status" onChange={setStatus} />
            {can('purchasing.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('rfq.new')}
              </Button>
            )}
          </>
        }
      />
      {open !== null && <RfqDrawer id={open} onClose={() => setOpen(null)} onOpen={(id) => setOpen(id)} />}
    </div>
  );
}
