import { PrinterOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { NOTE_STATUSES, type NoteRow, type NoteStatus } from '@shared/deliveries/contract';
import { useSession } from '../auth/session-context';
import { usePdfPreview } from '../docs/usePdfPreview';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { NoteDrawer } from './NoteDrawer';
import { NoteStatusTag } from './status-tags';
import { useRpcError } from '../rpc/useRpcError';
import { rpcKey } from '../rpc/query-keys';
import { StatusFilter } from '../table/StatusFilter';

/** 送货单: the list, with notes ticked in order for one batch print job. */
export function NotesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const preview = usePdfPreview();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<NoteStatus | undefined>();
  const [open, setOpenOnly] = useState(true);
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
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

  async function batch(counted: boolean) {
    setBusy(true);
    try {
      if (counted) {
        const file = await rpc('deliveries.notes.print', { ids: chosen });
        if (file.reprinted.length)
          message.warning(t('deliveries.reprinted', { numbers: file.reprinted.join(t('wording.listSep')) }));
        preview.show(file.dataBase64);
        setChosen([]);
      } else preview.show((await rpc('deliveries.notes.preview', { ids: chosen })).dataBase64);
    } catch (err) {
      rpcError.show(err);
    } finally {
      setBusy(false);
    }
  }

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
            <Button disabled={!chosen.length} loading={busy} onClick={() => void batch(false)}>
              {t('deliveries.previewChosen', { count: chosen.length })}
            </Button>
            {can('deliveries.write') && (
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                disabled={!chosen.length}
                loading={busy}
                onClick={() => void batch(true)}
              >
                {t('deliveries.printChosen', { count: chosen.length })}
              </Button>
            )}
          </>
        }
      />
      {opened !== null && <NoteDrawer id={opened} onClose={() => setOpen(null)} />}
      {preview.modal}
    </div>
  );
}
