import Button from 'antd/es/button';
import Table from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { parseDecimal } from '@shared/money';
import type { OrderStatus } from '@shared/orders/contract';
import { useSession } from '../../auth/session-context';
import { qty } from '../../format';
import { rpcQuery } from '../../rpc/query-keys';

/** Sales orders that may be bought for: agreed and still being delivered. */
const BUYING_FOR: readonly OrderStatus[] = ['confirmed', 'partial'];

/**
 * In the sales order's drawer, beside delivered: per line what is bought, what arrived, what is still to buy, on
 * which POs; and, for a purchaser, a PO made for what is still to buy.
 */
export function OrderPurchasing({ orderId, status }: { orderId: number; status: OrderStatus }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const readable = can('purchasing.read');
  const p = useQuery({ ...rpcQuery('purchasing.orders.forSalesOrder', { orderId }), enabled: readable });
  const toBuy =
    can('purchasing.write') &&
    BUYING_FOR.includes(status) &&
    Boolean(p.data?.lines.some((l) => parseDecimal(l.needed).greaterThan(0)));
  if (!readable || !p.data || !(toBuy || p.data.lines.some((l) => l.orders.length))) return null;
  return (
    <>
      <h4 style={{ marginTop: 16 }}>
        {t('purchaseOrders.salesOrderTab')}
        {toBuy && (
          <Button size="small" type="link" onClick={() => navigate(`/purchasing/orders?open=new&order=${orderId}`)}>
            {t('purchaseOrders.fromOrder')}
          </Button>
        )}
      </h4>
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
