import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { Descriptions, Drawer, Spin, Table, Tag } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { In } from '../../../electron/shared/contracts';
import type { OrderRow } from '../../../electron/shared/orders/contract';
import { AuditTimeline } from '../audit/AuditTimeline';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { SearchBox } from '../table/ListToolbar';

function OrderDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['orders.get', id], queryFn: () => rpc('orders.get', { id }) });
  const o = q.data;
  return (
    <Drawer open width="80%" title={o ? `${t('orders.title')} ${o.number}` : ''} onClose={onClose}>
      {!o ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('fields.customerId')}>{o.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('quotes.customerPo')}>{o.customerPo}</Descriptions.Item>
            <Descriptions.Item label={t('orders.quote')}>{o.quoteNumber}</Descriptions.Item>
            <Descriptions.Item label={t('quotes.orderDate')}>{o.orderDate}</Descriptions.Item>
            <Descriptions.Item label={t('quotes.dueDate')}>{o.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('fields.paymentTerms')}>{o.paymentTerms}</Descriptions.Item>
            <Descriptions.Item label={t('fields.address')} span={2}>
              {o.deliveryAddress}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.contact')}>
              {o.contactName} {o.contactPhone}
            </Descriptions.Item>
          </Descriptions>
          <Table
            style={{ marginTop: 12 }}
            size="small"
            rowKey={(_, i) => String(i)}
            pagination={false}
            dataSource={o.lines}
            columns={[
              { title: t('fields.name'), dataIndex: 'name' },
              { title: t('fields.brand'), dataIndex: 'brand' },
              { title: t('fields.spec'), dataIndex: 'spec' },
              { title: t('fields.unit'), dataIndex: 'unit' },
              { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right' },
              { title: t('fields.unitPrice'), dataIndex: 'unitPrice', align: 'right' },
              { title: t('quotes.gross'), dataIndex: 'gross', align: 'right', render: (g: number) => money(g) },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={6}>
                  {o.amountInWords}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  <b>{money(o.totals.gross)}</b>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <h4 style={{ marginTop: 16 }}>{t('common.history')}</h4>
          <AuditTimeline entity="order" entityId={o.id} />
        </>
      )}
    </Drawer>
  );
}

export function OrdersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const open = params.get('open');
  const columns = useMemo<ColumnDef<OrderRow, unknown>[]>(
    () => [
      { id: 'number', header: t('orders.number'), accessorKey: 'number', size: 130, meta: { sortField: 'number' } },
      { id: 'status', header: t('quotes.status'), accessorKey: 'status', size: 80, cell: (c) => <Tag>{t(`orders.status.${c.getValue() as string}`)}</Tag> },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 240 },
      { id: 'customerPo', header: t('quotes.customerPo'), accessorKey: 'customerPo', size: 130 },
      { id: 'quoteNumber', header: t('orders.quote'), accessorKey: 'quoteNumber', size: 130 },
      { id: 'orderDate', header: t('quotes.orderDate'), accessorKey: 'orderDate', size: 100, meta: { sortField: 'orderDate' } },
      { id: 'dueDate', header: t('quotes.dueDate'), accessorKey: 'dueDate', size: 100, meta: { sortField: 'dueDate' } },
      { id: 'gross', header: t('quotes.gross'), accessorKey: 'gross', size: 120, meta: { sortField: 'gross', numeric: true }, cell: (c) => money(c.getValue() as number) },
    ],
    [t],
  );
  const fetchPage = useCallback((req: ListRequest) => rpc('orders.list', { ...req, q } as In<'orders.list'>), [q]);
  return (
    <div className="page">
      <DataTable<OrderRow> id="orders" columns={columns} queryKey={['orders.list', q]} fetchPage={fetchPage} onOpen={(row) => setParams({ open: String(row.id) })} toolbar={<SearchBox onSearch={setQ} />} />
      {open && <OrderDrawer id={Number(open)} onClose={() => setParams({})} />}
    </div>
  );
}
