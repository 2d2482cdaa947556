import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Space from 'antd/es/space';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { In, Out } from '@shared/contracts';
import type { OrderRow, OrderStatus } from '@shared/orders/contract';
import { PrintButtons } from '../printing/PrintButtons';
import { useSession } from '../auth/session-context';
import { NoticeDialog } from '../deliveries/NoticeDialog';
import { CustomerCreditAlert } from '../receivables/CustomerCreditAlert';
import { formatTime, money, qty, price } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenOrNewParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { MAX_PAGE_SIZE } from '../table/page-sizes';
import { invalidateRpc, rpcKey, rpcQuery } from '../rpc/query-keys';
import { OrderActions } from './OrderActions';
import { OrderRecords } from './OrderChanges';
import { OrderListFilters, type OrderFilters } from './OrderListFilters';
import { OrderStatusTag } from './OrderStatusTag';

/** Orders a delivery notice may be made for. */
const NOTICE_STATUSES: readonly OrderStatus[] = ['confirmed', 'partial'];
/** Orders whose contract may go to the customer: agreed and not called off. */
const SENDABLE: readonly OrderStatus[] = ['confirmed', 'partial', 'delivered', 'closed'];
import { DirectOrderEditor } from './DirectOrderEditor';
import { EmailOrderDialog } from './EmailOrderDialog';
import { OrderScan } from './OrderScan';
import { useShortcut } from '../app/shortcuts';
import { OrderPurchasing } from '../purchasing/orders/OrderPurchasing';

/** Notices are made for orders in force and not yet fully delivered. */

function OrderDrawer({ id, onClose, onOpen }: { id: number; onClose(): void; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [noticing, setNoticing] = useState(false);
  const [mailing, setMailing] = useState(false);
  const q = useQuery(rpcQuery('orders.get', { id }));
  const o = q.data;
  const queryClient = useQueryClient();
  // An order entered directly and not yet confirmed opens in its editor.
  if (o?.status === 'draft') return <DirectOrderEditor id={id} onClose={onClose} onOpen={onOpen} />;
  return (
    <Drawer
      open
      width="80%"
      title={o ? `${t('orders.title')} ${o.number}` : ''}
      onClose={onClose}
      extra={
        o && (
          <Space>
            <OrderActions order={o} />
            {/* 销售合同 / 订单确认书 as confirmed: every print (and preview) is counted. */}
            <PrintButtons
              shortcut
              target={{ kind: 'contract' }}
              canPrint={can('orders.write')}
              label={t('orders.printContract')}
              print={() => rpc('orders.printContract', { id })}
              onPrinted={() => invalidateRpc(queryClient, 'audit.forEntity', { entity: 'order', entityId: String(id) })}
            />
            {can('orders.write') && SENDABLE.includes(o.status) && (
              <Button onClick={() => setMailing(true)}>{t('orders.emailContract')}</Button>
            )}
            {NOTICE_STATUSES.includes(o.status) && can('deliveries.write') && (
              <Button type="primary" onClick={() => setNoticing(true)}>
                {t('deliveries.newNotice')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {!o ? (
        <Spin />
      ) : (
        <>
          {NOTICE_STATUSES.includes(o.status) && <CustomerCreditAlert customerId={o.customerId} />}
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('quotes.status')}>
              <span data-testid="order-status">
                <OrderStatusTag status={o.status} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('orderLife.salesperson')}>{o.salesperson}</Descriptions.Item>
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
            {o.endedAt && (
              <Descriptions.Item label={t('orderLife.ended')} span={3}>
                {t('orderLife.endedBy', { who: o.endedBy ?? '—', at: formatTime(o.endedAt), reason: o.endReason })}
              </Descriptions.Item>
            )}
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
              { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qty },
              { title: t('fields.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: price },
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
          <OrderScan orderId={o.id} />
          <OrderProgress orderId={o.id} />
          <OrderPurchasing orderId={o.id} status={o.status} />
          <OrderRegister orderId={o.id} customerId={o.customerId} />
          <OrderRecords orderId={o.id} changeNo={o.changeNo} />
        </>
      )}
      {mailing && o && (
        <EmailOrderDialog
          order={o}
          onClose={() => setMailing(false)}
          onSent={async () => {
            await invalidateRpc(queryClient, 'audit.forEntity', { entity: 'order', entityId: String(id) });
            await invalidateRpc(queryClient, 'register.list');
          }}
        />
      )}
      {noticing && o && (
        <NoticeDialog
          order={o}
          onClose={() => setNoticing(false)}
          onCreated={(noticeId) => navigate(`/deliveries/notices?open=${noticeId}`)}
        />
      )}
    </Drawer>
  );
}

/** Per line: ordered, on notices, delivered (less returns), outstanding; then every line's value through to payment. */
function OrderProgress({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const p = useQuery(rpcQuery('orders.progress', { orderId }));
  if (!p.data) return null;
  return (
    <>
      <h4 style={{ marginTop: 16 }}>
        {t('deliveries.progress')}
        {t('wording.colon')}
        {t('deliveries.deliveredValue', {
          delivered: money(p.data.totals.delivered),
          ordered: money(p.data.totals.ordered),
        })}
        {p.data.closedShortGross !== 0 &&
          `${t('wording.comma')}${t('orderLife.closedShort')} ${money(p.data.closedShortGross)}`}
      </h4>
      <Table
        size="small"
        rowKey="orderLineId"
        pagination={false}
        dataSource={p.data.lines}
        data-testid="order-progress"
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.spec'), dataIndex: 'spec' },
          { title: t('fields.unit'), dataIndex: 'unit' },
          { title: t('deliveries.ordered'), dataIndex: 'ordered', align: 'right', render: qty },
          { title: t('deliveries.noticed'), dataIndex: 'noticed', align: 'right', render: qty },
          { title: t('deliveries.delivered'), dataIndex: 'delivered', align: 'right', render: qty },
          { title: t('deliveries.returned'), dataIndex: 'returned', align: 'right', render: qty },
          { title: t('deliveries.outstanding'), dataIndex: 'outstanding', align: 'right', render: qty },
          ...(p.data.lines.some((l) => l.closedShort !== '0')
            ? [{ title: t('orderLife.closedShort'), dataIndex: 'closedShort', align: 'right' as const, render: qty }]
            : []),
        ]}
      />
      <OrderValues progress={p.data} />
    </>
  );
}

type Progress = Out<'orders.progress'>;
const VALUE_KEYS = ['ordered', 'delivered', 'invoiced', 'paid'] as const;

/** Goods and charge lines in the order's sequence, each ordered, delivered, invoiced and paid; the totals below. */
function OrderValues({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const rows = [
    ...progress.lines.map((l) => ({ ...l, kind: 'item' as const })),
    ...progress.charges.map((c) => ({ ...c, spec: null })),
  ].sort((a, b) => a.position - b.position);
  return (
    <>
      <h4 style={{ marginTop: 16 }}>{t('orders.values.title')}</h4>
      <Table
        size="small"
        rowKey="orderLineId"
        pagination={false}
        dataSource={rows}
        data-testid="order-values"
        columns={[
          {
            title: t('fields.name'),
            dataIndex: 'name',
            render: (name: string, r) => (r.kind === 'item' ? name : <Tag>{name}</Tag>),
          },
          { title: t('fields.spec'), dataIndex: 'spec' },
          ...VALUE_KEYS.map((k) => ({
            title: t(`orders.values.${k}`),
            key: k,
            align: 'right' as const,
            render: (_: unknown, r: (typeof rows)[number]) => money(r.values[k]),
          })),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <b>{t('orders.values.total')}</b>
            </Table.Summary.Cell>
            {VALUE_KEYS.map((k, i) => (
              <Table.Summary.Cell key={k} index={i + 2} align="right">
                <b>{money(progress.totals[k])}</b>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </>
  );
}

/** The contract papers, letters and drawings registered against this order. */
function OrderRegister({ orderId, customerId }: { orderId: number; customerId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const entries = useQuery(rpcQuery('register.list', { pageSize: MAX_PAGE_SIZE, filters: { orderId } }));
  return (
    <>
      <h4 style={{ marginTop: 16 }}>
        {t('orders.papers')}
        {can('register.write') && (
          <Button
            size="small"
            type="link"
            onClick={() => navigate(`/register?open=new&order=${orderId}&customer=${customerId}`)}
          >
            {t('register.new')}
          </Button>
        )}
      </h4>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={entries.data?.rows}
        columns={[
          {
            title: t('register.number'),
            dataIndex: 'number',
            render: (v: string, r) => <a onClick={() => navigate(`/register?open=${r.id}`)}>{v}</a>,
          },
          { title: t('fields.kind'), dataIndex: 'kind', render: (k: string) => t(`register.kinds.${k}`) },
          { title: t('fields.date'), dataIndex: 'date' },
          { title: t('fields.subject'), dataIndex: 'subject' },
          { title: t('register.files'), dataIndex: 'files', align: 'right' },
        ]}
      />
    </>
  );
}

export function OrdersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useOpenOrNewParam();
  const [q, setQ] = useState('');
  useShortcut('new', can('orders.write') && (() => setOpen('new')));
  const columns = useMemo<ColumnDef<OrderRow, unknown>[]>(
    () => [
      { id: 'number', header: t('orders.number'), accessorKey: 'number', size: 130, meta: { sortField: 'number' } },
      {
        id: 'status',
        header: t('quotes.status'),
        accessorKey: 'status',
        size: 80,
        meta: { export: { enumLabels: 'orderMsg.status' } },
        cell: (c) => <OrderStatusTag status={c.getValue() as OrderStatus} />,
      },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 240 },
      { id: 'customerPo', header: t('quotes.customerPo'), accessorKey: 'customerPo', size: 130 },
      { id: 'salesperson', header: t('orderLife.salesperson'), accessorKey: 'salesperson', size: 80 },
      { id: 'quoteNumber', header: t('orders.quote'), accessorKey: 'quoteNumber', size: 130 },
      {
        id: 'orderDate',
        header: t('quotes.orderDate'),
        accessorKey: 'orderDate',
        size: 100,
        meta: { sortField: 'orderDate' },
      },
      { id: 'dueDate', header: t('quotes.dueDate'), accessorKey: 'dueDate', size: 100, meta: { sortField: 'dueDate' } },
      {
        id: 'gross',
        header: t('quotes.gross'),
        accessorKey: 'gross',
        size: 120,
        meta: { export: { kind: 'money' }, sortField: 'gross', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
    ],
    [t],
  );
  const [filters, setFilters] = useState<OrderFilters>({});
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('orders.list', { ...req, q, filters } as In<'orders.list'>),
    [q, filters],
  );
  return (
    <div className="page">
      <DataTable<OrderRow>
        id="orders"
        columns={columns}
        queryKey={rpcKey('orders.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            {can('orders.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
                {t('directOrders.new')}
              </Button>
            )}
            <OrderListFilters onChange={setFilters} />
          </>
        }
      />
      {open === 'new' && <DirectOrderEditor id="new" onClose={() => setOpen(null)} onOpen={setOpen} />}
      {typeof open === 'number' && <OrderDrawer id={open} onClose={() => setOpen(null)} onOpen={setOpen} />}
    </div>
  );
}
