import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoDetail } from '@shared/purchasing/orders/contract';
import { useSession } from '../../auth/session-context';
import { money, price, qty, taxRateLabel } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { PoEditor } from './PoEditor';
import { PoStatusTag } from './PoStatusTag';
import { ReceiptDialog } from './ReceiptDialog';
import { TransferDialog } from './TransferDialog';
import { usePoCommands } from './usePoCommands';

const today = () => new Date().toLocaleDateString('sv-SE');

/** A PO: its lines with the orders they serve and what arrived, its receipts; send, confirm, print, e-mail, end. */
export function PoDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const client = useQueryClient();
  const { can } = useSession();
  const commands = usePoCommands();
  const po = useQuery(rpcQuery('purchasing.orders.get', { id })).data;
  const [receiving, setReceiving] = useState(false);
  const [transferOf, setTransferOf] = useState<number | null>(null);
  const writable = can('purchasing.write') && po !== undefined;

  const refresh = () => invalidateRpc(client, 'purchasing.orders.get', { id });
  async function run(action: () => Promise<boolean>) {
    if (await action()) await refresh();
  }
  async function forward(p: PoDetail) {
    const orderIds = [...new Set(p.lines.flatMap((l) => l.allocations.map((a) => a.orderId)))];
    for (const orderId of orderIds) {
      const notice = await rpcError.attempt(() =>
        rpc('purchasing.orders.forward', { id: p.id, orderId, date: today() }),
      );
      if (notice) message.success(t('purchaseOrders.forwarded', { number: notice.number }));
    }
  }

  // A draft is still being written: it opens in its form, where it is also sent, confirmed, printed or cancelled.
  if (po?.status === 'draft' && writable) return <PoEditor id={id} onClose={onClose} />;
  const p = po;
  const status = p?.status;
  return (
    <Drawer
      open
      width={1000}
      title={p ? `${t('purchaseOrders.number')} ${p.number}` : ''}
      onClose={onClose}
      extra={
        p && (
          <Space wrap>
            <Button onClick={() => void commands.print(id)}>{t('purchaseOrders.print')}</Button>
            {writable && (
              <>
                {status === 'draft' && (
                  <Button onClick={() => void run(() => commands.send(id))}>{t('purchaseOrders.send')}</Button>
                )}
                {(status === 'draft' || status === 'sent') && (
                  <Button onClick={() => void run(() => commands.confirm(id))}>{t('purchaseOrders.confirm')}</Button>
                )}
                {['draft', 'sent', 'confirmed', 'partial'].includes(p.status) && (
                  <Button onClick={() => void run(() => commands.email(id))}>{t('purchaseOrders.email')}</Button>
                )}
                {['sent', 'confirmed', 'partial'].includes(p.status) && (
                  <Button type="primary" onClick={() => setReceiving(true)}>
                    {t('purchaseOrders.receive')}
                  </Button>
                )}
                {p.deliveryMode === 'to_us' && p.lines.some((l) => l.allocations.length && Number(l.accepted) > 0) && (
                  <Button onClick={() => void forward(p)}>{t('purchaseOrders.forward')}</Button>
                )}
                {['sent', 'confirmed', 'partial', 'received'].includes(p.status) && (
                  <Button onClick={() => void run(() => commands.close(id))}>{t('purchaseOrders.close')}</Button>
                )}
                {['draft', 'sent', 'confirmed'].includes(p.status) && (
                  <Button danger onClick={() => void run(() => commands.cancel(id))}>
                    {t('purchaseOrders.cancel')}
                  </Button>
                )}
              </>
            )}
          </Space>
        )
      }
    >
      {p && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('purchaseOrders.status')}>
              <PoStatusTag status={p.status} late={p.late} />
            </Descriptions.Item>
            <Descriptions.Item label={t('purchaseOrders.supplier')} span={2}>
              {p.supplierName}
              {p.contactName ? ` · ${p.contactName}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('purchaseOrders.orderDate')}>{p.orderDate}</Descriptions.Item>
            <Descriptions.Item label={t('purchaseOrders.expectedDate')}>{p.expectedDate}</Descriptions.Item>
            <Descriptions.Item label={t('purchaseOrders.deliveryMode')}>
              {t(`poMsg.deliveryMode.${p.deliveryMode}`)}
              {p.shipOrderNumber ? ` · ${p.shipOrderNumber}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.deliveryAddress')} span={2}>
              {p.deliveryAddress}
            </Descriptions.Item>
            <Descriptions.Item label={t('purchaseOrders.gross')}>{money(p.gross)}</Descriptions.Item>
            {(p.cancelReason ?? p.closeReason) && (
              <Descriptions.Item label={t('fields.reason')} span={3}>
                {p.cancelReason ?? p.closeReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Tabs
            items={[
              { key: 'lines', label: t('purchaseOrders.lines'), children: <PoLines po={p} /> },
              {
                key: 'receipts',
                label: t('purchaseOrders.receipts'),
                children: (
                  <Receipts
                    po={p}
                    writable={writable}
                    onCancel={(receiptId) => void run(() => commands.cancelReceipt(receiptId))}
                    onTransfer={setTransferOf}
                  />
                ),
              },
            ]}
          />
        </Space>
      )}
      {receiving && p && (
        <ReceiptDialog
          po={p}
          onClose={() => setReceiving(false)}
          onDone={async (number) => {
            setReceiving(false);
            message.success(t('purchaseOrders.received', { number }));
            await refresh();
          }}
        />
      )}
      {transferOf !== null && <TransferDialog receiptId={transferOf} onClose={() => setTransferOf(null)} />}
      {commands.modal}
    </Drawer>
  );
}

/** A figure's column: its heading and figures on one line, never broken a character per line. */
const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });
const oneLine = { onHeaderCell: nowrap, onCell: nowrap };

function PoLines({ po }: { po: PoDetail }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={po.lines}
      columns={[
        { title: '#', dataIndex: 'position', width: 40 },
        {
          title: t('fields.name'),
          dataIndex: 'name',
          // The supplier's model only when it is not the spec already shown.
          render: (v: string, l) => [v, l.spec, l.model === l.spec ? null : l.model].filter(Boolean).join(' '),
        },
        {
          title: t('purchaseOrders.quantity'),
          dataIndex: 'quantity',
          align: 'right',
          ...oneLine,
          render: (v: string, l) => `${qty(v)} ${l.unit}`,
        },
        {
          title: t('purchaseOrders.unitPrice'),
          dataIndex: 'unitPrice',
          align: 'right',
          ...oneLine,
          render: (v: string) => price(v),
        },
        { title: t('fields.taxRate'), dataIndex: 'taxRate', width: 60, render: (v: string) => taxRateLabel(v) },
        {
          title: t('purchaseOrders.gross'),
          dataIndex: 'gross',
          align: 'right',
          ...oneLine,
          render: (v: number) => money(v),
        },
        {
          title: t('purchaseOrders.allocations'),
          key: 'allocations',
          render: (_v, l) =>
            l.allocations.length ? (
              l.allocations.map((a) => (
                <div key={a.orderLineId}>{`${a.orderNumber} ${a.customerName} × ${qty(a.quantity)}`}</div>
              ))
            ) : (
              <Tag>{t('purchaseOrders.stock')}</Tag>
            ),
        },
        {
          title: t('purchaseOrders.arrived'),
          dataIndex: 'arrived',
          align: 'right',
          ...oneLine,
          render: (v: string) => qty(v),
        },
        {
          title: t('purchaseOrders.accepted'),
          dataIndex: 'accepted',
          align: 'right',
          ...oneLine,
          render: (v: string) => qty(v),
        },
        {
          title: t('purchaseOrders.owed'),
          dataIndex: 'owed',
          align: 'right',
          ...oneLine,
          render: (v: string) => qty(v),
        },
      ]}
    />
  );
}

function Receipts({
  po,
  writable,
  onCancel,
  onTransfer,
}: {
  po: PoDetail;
  writable: boolean;
  onCancel(id: number): void;
  onTransfer(id: number): void;
}) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={po.receipts}
      columns={[
        { title: t('poMsg.fields.receiptId'), dataIndex: 'number' },
        { title: t('purchaseOrders.receiptDate'), dataIndex: 'receiptDate' },
        { title: t('purchaseOrders.signer'), dataIndex: 'signer' },
        { title: t('purchaseOrders.place'), dataIndex: 'place', render: (v: string) => t(`poMsg.place.${v}`) },
        {
          title: t('purchaseOrders.status'),
          dataIndex: 'status',
          // A drop-ship never came into our stock: the customer signed for it (and it cannot be taken back here).
          render: (v: string, r) =>
            v === 'posted' && r.place === 'customer'
              ? t('purchaseOrders.signedAtCustomer')
              : t(`poMsg.receiptStatus.${v}`),
        },
        {
          title: '',
          key: 'actions',
          render: (_v, r) =>
            writable &&
            r.status === 'posted' && (
              <Space>
                {r.place === 'us' && (
                  <Button size="small" onClick={() => onTransfer(r.id)}>
                    {t('purchaseOrders.transfer')}
                  </Button>
                )}
                {r.place === 'us' && (
                  <Button size="small" danger onClick={() => onCancel(r.id)}>
                    {t('purchaseOrders.cancelReceipt')}
                  </Button>
                )}
              </Space>
            ),
        },
      ]}
    />
  );
}
