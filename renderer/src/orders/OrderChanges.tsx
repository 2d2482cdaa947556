import { useQuery } from '@tanstack/react-query';
import Collapse from 'antd/es/collapse';
import Empty from 'antd/es/empty';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import type { OrderChangeRow } from '@shared/orders/lifecycle-contract';
import { AuditTimeline } from '../audit/AuditTimeline';
import { formatTime, money, qty, price } from '../format';
import { rpcQuery } from '../rpc/query-keys';
import { changeItemText } from './change-words';

/** The lines as they stood before a change. */
function LinesBefore({ change }: { change: OrderChangeRow }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={change.before.lines}
      columns={[
        { title: t('fields.name'), dataIndex: 'name' },
        { title: t('fields.spec'), dataIndex: 'spec' },
        { title: t('fields.unit'), dataIndex: 'unit' },
        { title: t('fields.quantity'), dataIndex: 'quantity', align: 'right', render: qty },
        { title: t('fields.unitPrice'), dataIndex: 'unitPrice', align: 'right', render: price },
        { title: t('quotes.gross'), dataIndex: 'gross', align: 'right', render: (g: number) => money(g) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5} />
          <Table.Summary.Cell index={5} align="right">
            <b>{money(change.before.totals.gross)}</b>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/** 变更记录: each numbered change, newest first, with who, when, why and what changed in plain words. */
export function OrderChanges({ orderId }: { orderId: number }) {
  const { t } = useTranslation();
  const q = useQuery(rpcQuery('orders.changes', { orderId }));
  if (q.isLoading) return <Spin />;
  if (!q.data?.length) return <Empty description={t('orderLife.noChanges')} />;
  return (
    <div data-testid="order-changes">
      {q.data.map((c) => (
        <div key={c.changeNo} style={{ marginBottom: 16 }}>
          <div>
            <b>{t('orderLife.changeNo', { no: c.changeNo })}</b>
            {'  '}
            <Typography.Text type="secondary">
              {c.userName ?? '—'} · {formatTime(c.at)}
            </Typography.Text>
          </div>
          <div>
            {t('orderLife.reason')}
            {t('wording.colon')}
            {c.reason}
          </div>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {c.items.map((item, i) => (
              <li key={i}>{changeItemText(t, item)}</li>
            ))}
          </ul>
          <Collapse
            size="small"
            items={[{ key: 'before', label: t('orderLife.before'), children: <LinesBefore change={c} /> }]}
          />
        </div>
      ))}
    </div>
  );
}

/** The order drawer's record: who did what (操作记录) and the numbered changes (变更记录). */
export function OrderRecords({ orderId, changeNo }: { orderId: number; changeNo: number }) {
  const { t } = useTranslation();
  return (
    <Tabs
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'history',
          label: t('orderLife.tabs.history'),
          children: <AuditTimeline entity="order" entityId={orderId} />,
        },
        {
          key: 'changes',
          label: `${t('orderLife.tabs.changes')}${changeNo ? ` (${changeNo})` : ''}`,
          children: <OrderChanges orderId={orderId} />,
        },
      ]}
    />
  );
}
