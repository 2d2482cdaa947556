import { PlusOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { TENDER_STATUSES, type TenderRow, type TenderStatus } from '@shared/bids/tenders/contract';
import { useSession } from '../../auth/session-context';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcKey } from '../../rpc/query-keys';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { StatusFilter } from '../../table/StatusFilter';
import { useOpenParam } from '../../table/useOpenParam';
import { TenderDrawer } from './TenderDrawer';
import { TenderForm } from './TenderForm';

/** 招标项目: the register of the tenders we answer. */
export function TendersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<TenderStatus | undefined>();
  const [open, setOpen] = useOpenParam();
  const [creating, setCreating] = useState(false);
  const columns = useMemo<ColumnDef<TenderRow, unknown>[]>(
    () => [
      {
        id: 'projectName',
        header: t('fields.projectName'),
        accessorKey: 'projectName',
        size: 260,
        meta: { sortField: 'projectName' },
      },
      { id: 'tenderNo', header: t('fields.tenderNo'), accessorKey: 'tenderNo', size: 140 },
      { id: 'purchaserName', header: t('fields.purchaserName'), accessorKey: 'purchaserName', size: 200 },
      {
        id: 'submissionDeadline',
        header: t('fields.submissionDeadline'),
        accessorKey: 'submissionDeadline',
        size: 140,
        meta: { sortField: 'submissionDeadline' },
      },
      {
        id: 'openingAt',
        header: t('fields.openingAt'),
        accessorKey: 'openingAt',
        size: 140,
        meta: { sortField: 'openingAt' },
      },
      {
        id: 'status',
        header: t('fields.status'),
        accessorKey: 'status',
        size: 80,
        meta: { export: { enumLabels: 'tenders.status' }, sortField: 'status' },
        cell: (c) => t(`tenders.status.${c.getValue() as TenderStatus}`),
      },
      {
        id: 'ourBid',
        header: t('tenders.ourBid'),
        accessorKey: 'ourBid',
        size: 120,
        meta: { export: { kind: 'money' }, numeric: true },
        cell: (c) => (c.getValue() === null ? '' : money(c.getValue() as number)),
      },
      {
        id: 'bond',
        header: t('tenders.ourBond'),
        accessorKey: 'bond',
        size: 110,
        meta: { export: { kind: 'money' }, numeric: true },
        cell: (c) => ((c.getValue() as number) ? money(c.getValue() as number) : ''),
      },
    ],
    [t],
  );
  const filters = useMemo(() => (status ? { status } : {}), [status]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('bids.tenders.list', { ...req, q, filters } as In<'bids.tenders.list'>),
    [q, filters],
  );
  return (
    <div className="page">
      <DataTable<TenderRow>
        id="tenders"
        columns={columns}
        queryKey={rpcKey('bids.tenders.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={TENDER_STATUSES} labels="tenders.status" onChange={setStatus} />
            {can('bids.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('tenders.newTender')}
              </Button>
            )}
          </>
        }
      />
      {creating && (
        <TenderForm
          tender={null}
          onClose={(saved) => {
            setCreating(false);
            if (saved) setOpen(saved.id);
          }}
        />
      )}
      {open !== null && <TenderDrawer id={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
