import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { RECEIPT_METHODS, type ReceiptMethod, type ReceiptRow } from '@shared/receipts/contract';
import { useSession } from '../auth/session-context';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { invalidateRpc, rpcKey } from '../rpc/query-keys';
import { DataTable, type ListRequest } from '../table/DataTable';
import { SearchBox } from '../table/ListToolbar';
import { StatusFilter } from '../table/StatusFilter';
import { useOpenParam } from '../table/useOpenParam';
import { ReceiptDrawer } from './ReceiptDrawer';
import { ReceiptForm } from './ReceiptForm';
import { useShortcut } from '../app/shortcuts';

/** 回款登记: the receipts, searched by number, payer, bank reference, bill number or customer. */
export function ReceiptsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [method, setMethod] = useState<ReceiptMethod | undefined>();
  const [unappliedOnly, setUnappliedOnly] = useState(false);
  const [withCancelled, setWithCancelled] = useState(false);
  const [creating, setCreating] = useState(false);
  useShortcut('new', can('receipts.write') && (() => setCreating(true)));
  const [opened, setOpen] = useOpenParam();

  const columns = useMemo<ColumnDef<ReceiptRow, unknown>[]>(
    () => [
      { id: 'number', header: t('receipts.number'), accessorKey: 'number', size: 120, meta: { sortField: 'number' } },
      { id: 'date', header: t('fields.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 200 },
      { id: 'payerName', header: t('fields.payerName'), accessorKey: 'payerName', size: 160 },
      {
        id: 'method',
        header: t('fields.method'),
        accessorKey: 'method',
        size: 100,
        meta: { export: { enumLabels: 'receiptMsg.method' } },
        cell: (c) => t(`receiptMsg.method.${c.getValue() as ReceiptMethod}`),
      },
      {
        id: 'amount',
        header: t('receipts.amountYuan'),
        accessorKey: 'amount',
        size: 120,
        meta: { export: { kind: 'money' }, sortField: 'amount', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      {
        id: 'unapplied',
        header: t('receipts.unapplied'),
        accessorKey: 'unapplied',
        size: 110,
        meta: { export: { kind: 'money' }, sortField: 'unapplied', numeric: true },
        cell: (c) => (c.row.original.cancelled ? <Tag>{t('receipts.cancelled')}</Tag> : money(c.getValue() as number)),
      },
      {
        id: 'bankRef',
        header: t('receipts.reference'),
        size: 215,
        meta: { export: { field: 'bankRef' } },
        cell: (c) => c.row.original.billNo ?? c.row.original.bankRef,
      },
    ],
    [t],
  );
  const filters = useMemo(
    () => ({
      ...(method ? { method } : {}),
      ...(unappliedOnly ? { hasUnapplied: true } : {}),
      ...(withCancelled ? { includeCancelled: true } : {}),
    }),
    [method, unappliedOnly, withCancelled],
  );
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('receipts.list', { ...req, q, filters } as In<'receipts.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<ReceiptRow>
        id="receipts"
        columns={columns}
        queryKey={rpcKey('receipts.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={RECEIPT_METHODS} labels="receiptMsg.method" onChange={setMethod} />
            <Checkbox checked={unappliedOnly} onChange={(e) => setUnappliedOnly(e.target.checked)}>
              {t('receipts.hasUnapplied')}
            </Checkbox>
            <Checkbox checked={withCancelled} onChange={(e) => setWithCancelled(e.target.checked)}>
              {t('receipts.cancelled')}
            </Checkbox>
            {can('receipts.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('receipts.newReceipt')}
              </Button>
            )}
          </>
        }
      />
      {creating && (
        <ReceiptForm
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void invalidateRpc(client, 'receipts.list');
            setOpen(id);
          }}
        />
      )}
      {opened !== null && <ReceiptDrawer id={opened} onClose={() => setOpen(null)} />}
    </div>
  );
}
