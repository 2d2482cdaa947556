import { useQuery } from '@tanstack/react-query';
import Table from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session-context';
import { qty } from '../../format';
import { rpcQuery } from '../../rpc/query-keys';

/** In the sales order's drawer, beside delivered: per line what is bought, what arrived, what is still to buy, on which POs. */
export function OrderPurchasing({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const readable = can('purchasing.read');
  const p = useQuery({ ...rpcQuery('purchasing.orders.forSalesOrder', { orderId }), enabled: readable });
  if (!readable || !p.data || !p.data.lines.some((l) => l.orders.length)) return null;
  return (
    <>
      <h4 style={{ marginTop: 16 }}>{t('purchaseOrders.salesOrderTab')}</h4>
      <Table
        size="small"
        rowKey="orderLineId"
        pagination={false}
        dataSource={p.data.lines}
        data-testid="order-purchasing"
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.spec'), dataIndex: 'spec' },
          { title: t('deliveries.ordered'), dataIndex: 'ordered', align: 'right', render: qty },
          { title: t('purchaseOrders.purchased'), dataIndex: 'purchased', align: 'right', render: qty },
          { title: t('purchaseOrders.purchaseReceived'), dataIndex: 'received', align: 'right', render: qty },
          { title: t('purchaseOrders.needed'), dataIndex: 'needed', align: 'right', render: qty },
          {
            title: t('purchaseOrders.pos'),
            key: 'orders',
            render: (_v, l) =>
              l.orders.map((o) => (
                <div
                  key={`${o.id}`}
                >{`${o.number} ${o.supplierName} × ${qty(o.quantity)} · ${t(`poMsg.status.${o.status}`)}`}</div>
              )),
          },
        ]}
      />
    </>
  );
}
