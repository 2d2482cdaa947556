import type { ColumnDef } from '@tanstack/react-table';
import { PlusOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { PO_STATUSES, type PoRow, type PoStatus } from '@shared/purchasing/orders/contract';
import { useShortcut } from '../../app/shortcuts';
import { useSession } from '../../auth/session-context';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcKey } from '../../rpc/query-keys';
import { DataTable, type ListRequest } from '../../table/DataTable';
import { SearchBox } from '../../table/ListToolbar';
import { StatusFilter } from '../../table/StatusFilter';
import { useOpenOrNewParam } from '../../table/useOpenParam';
import { PoDrawer } from './PoDrawer';
import { PoEditor } from './PoEditor';
import { PoStatusTag } from './PoStatusTag';

/**
 * 外购 › 采购订单: every PO, late ones marked, filtered by status and searched by number or supplier; a new one typed
 * (新建, Ctrl+N) or made for what a sales order still needs (`?open=new&order=12`).
 */
export function PurchaseOrdersPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<PoStatus | undefined>();
  const [late, setLate] = useState(false);
  const { can } = useSession();
  const [opened, setOpen, params] = useOpenOrNewParam();
  const fromOrderId = Number(params.get('order')) || null;
  useShortcut('new', can('purchasing.write') && (() => setOpen('new')));

  const columns = useMemo<ColumnDef<PoRow, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('purchaseOrders.number'),
        accessorKey: 'number',
        size: 130,
        meta: { sortField: 'number' },
      },
      {
        id: 'status',
        header: t('purchaseOrders.status'),
        accessorKey: 'status',
        size: 130,
        meta: { export: { enumLabels: 'poMsg.status' }, sortField: 'status' },
        cell: (c) => <PoStatusTag status={c.getValue() as PoStatus} late={c.row.original.late} />,
      },
      {
        id: 'supplierName',
        header: t('purchaseOrders.supplier'),
        accessorKey: 'supplierName',
        size: 220,
        meta: { sortField: 'supplierName' },
      },
      {
        id: 'orderDate',
        header: t('purchaseOrders.orderDate'),
        accessorKey: 'orderDate',
        size: 100,
        meta: { sortField: 'orderDate' },
      },
      {
        id: 'expectedDate',
        header: t('purchaseOrders.expectedDate'),
        accessorKey: 'expectedDate',
        size: 100,
        meta: { sortField: 'expectedDate' },
      },
      {
        id: 'deliveryMode',
        header: t('purchaseOrders.deliveryMode'),
        accessorKey: 'deliveryMode',
        size: 130,
        meta: { export: { enumLabels: 'poMsg.deliveryMode' } },
        cell: (c) => t(`poMsg.deliveryMode.${c.getValue() as string}`),
      },
      {
        id: 'gross',
        header: t('purchaseOrders.gross'),
        accessorKey: 'gross',
        size: 120,
        meta: { export: { kind: 'money' }, sortField: 'gross', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
    ],
    [t],
  );
  const filters = useMemo(() => ({ ...(status ? { status } : {}), ...(late ? { late } : {}) }), [status, late]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('purchasing.orders.list', { ...req, q, filters } as In<'purchasing.orders.list'>),
    [q, filters],
  );

  return (
    <div className="page">
      <DataTable<PoRow>
        id="purchase-orders"
        columns={columns}
        queryKey={rpcKey('purchasing.orders.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(r) => setOpen(r.id)}
        toolbar={
          <>
            {can('purchasing.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('purchaseOrders.new')}
              </Button>
            )}
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={PO_STATUSES} labels="poMsg.status" onChange={setStatus} />
            <Checkbox checked={late} onChange={(e) => setLate(e.target.checked)}>
              {t('purchaseOrders.lateOnly')}
            </Checkbox>
          </>
        }
      />
      {opened === 'new' && (
        <PoEditor id="new" fromOrderId={fromOrderId} onClose={() => setOpen(null)} onOpen={(id) => setOpen(id)} />
      )}
      {typeof opened === 'number' && <PoDrawer key={opened} id={opened} onClose={() => setOpen(null)} />}
    </div>
  );
}
