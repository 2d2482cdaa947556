import { PrinterOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import App from 'antd/es/app';
import Checkbox from 'antd/es/checkbox';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { NOTE_STATUSES, type NoteRow, type NoteStatus } from '@shared/deliveries/contract';
import { useSession } from '../auth/session-context';
import { NotePrintButtons } from '../printing/NotePrintButtons';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { NoteDrawer } from './NoteDrawer';
import { NoteStatusTag } from './status-tags';
import { invalidateRpc, rpcKey } from '../rpc/query-keys';
import { StatusFilter } from '../table/StatusFilter';

/** 送货单: the list, with notes ticked in order for one batch print job. */
export function NotesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<NoteStatus | undefined>();
  const [open, setOpenOnly] = useState(true);
  const [chosen, setChosen] = useState<number[]>([]);
  const [opened, setOpen] = useOpenParam();

  const columns = useMemo<ColumnDef<NoteRow, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('deliveries.noteNumber'),
        accessorKey: 'number',
        size: 130,
        meta: { sortField: 'number' },
      },
      {
        id: 'status',
        header: t('quotes.status'),
        accessorKey: 'status',
        size: 90,
        meta: { export: { enumLabels: 'noteStatus' }, sortField: 'status' },
        cell: (c) => <NoteStatusTag status={c.getValue() as NoteStatus} />,
      },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 220 },
      { id: 'date', header: t('fields.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      { id: 'deliveryAddress', header: t('fields.deliveryAddress'), accessorKey: 'deliveryAddress', size: 220 },
      { id: 'packages', header: t('fields.packages'), accessorKey: 'packages', size: 60, meta: { numeric: true } },
      {
        id: 'gross',
        header: t('quotes.gross'),
        accessorKey: 'gross',
        size: 110,
        meta: { export: { kind: 'money' }, sortField: 'gross', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      { id: 'dispatch', header: t('deliveries.dispatch'), accessorKey: 'dispatch', size: 150 },
      {
        id: 'printCount',
        header: t('deliveries.printCount'),
        accessorKey: 'printCount',
        size: 60,
        meta: { numeric: true },
      },
      { id: 'receiptDate', header: t('deliveries.receiptDate'), accessorKey: 'receiptDate', size: 100 },
      { id: 'orderNumber', header: t('orders.number'), accessorKey: 'orderNumber', size: 120 },
    ],
    [t],
  );
  const filters = useMemo(() => ({ ...(status ? { status } : {}), ...(open ? { open } : {}) }), [status, open]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('deliveries.notes.list', { ...req, q, filters } as In<'deliveries.notes.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<NoteRow>
        id="notes"
        columns={columns}
        queryKey={rpcKey('deliveries.notes.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        selected={chosen}
        onSelect={setChosen}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={NOTE_STATUSES} labels="noteStatus" onChange={setStatus} />
            <Checkbox checked={open} onChange={(e) => setOpenOnly(e.target.checked)}>
              {t('deliveries.openOnly')}
            </Checkbox>
            <NotePrintButtons
              ids={chosen}
              disabled={!chosen.length}
              canPrint={can('deliveries.write')}
              type="primary"
              icon={<PrinterOutlined />}
              label={t('deliveries.printChosen', { count: chosen.length })}
              previewLabel={t('deliveries.previewChosen', { count: chosen.length })}
              onPrinted={(file) => {
                if (file.reprinted.length)
                  message.warning(t('deliveries.reprinted', { numbers: file.reprinted.join(t('wording.listSep')) }));
                setChosen([]);
                // 打印次数 in the list: what the server now has.
                return invalidateRpc(queryClient, 'deliveries.notes.list');
              }}
            />
          </>
        }
      />
      {opened !== null && <NoteDrawer id={opened} onClose={() => setOpen(null)} />}
    </div>
  );
}
