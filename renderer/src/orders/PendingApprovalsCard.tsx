import { useQuery } from '@tanstack/react-query';
import Card from 'antd/es/card';
import List from 'antd/es/list';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session-context';
import { money } from '../format';
import { rpcQuery } from '../rpc/query-keys';

const SHOWN = 10;

/** 首页 › 待审批: the quotes and directly entered orders waiting for the manager, oldest first. */
export function PendingApprovalsCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const enabled = can('quotes.approve');
  const quotes = useQuery({
    ...rpcQuery('quotes.list', {
      page: 1,
      pageSize: SHOWN,
      sort: { field: 'updatedAt', dir: 'asc' },
      filters: { status: 'pending_approval' },
    }),
    enabled,
  });
  const orders = useQuery({ ...rpcQuery('orders.direct.pending', { limit: SHOWN }), enabled });
  const total = (quotes.data?.total ?? 0) + (orders.data?.total ?? 0);
  if (!enabled || total === 0) return null;
  const rows = [
    ...(quotes.data?.rows ?? []).map((q) => ({
      key: `q${q.id}`,
      kind: t('directOrders.pendingQuotes'),
      title: `${q.number} V${q.version} · ${q.customerName} ${q.project ?? ''}`,
      gross: q.gross,
      reasons: '',
      open: () => navigate(`/quotes?open=${q.id}`),
    })),
    ...(orders.data?.rows ?? []).map((o) => ({
      key: `o${o.id}`,
      kind: t('directOrders.pendingOrders'),
      title: `${o.number} · ${o.customerName} ${o.enteredBy ?? ''}`,
      gross: o.gross,
      reasons: o.reasons.join('；'),
      open: () => navigate(`/orders?open=${o.id}`),
    })),
  ];
  const shown = rows.length;
  return (
    <Card
      title={`${t('directOrders.pendingTitle')}${t('wording.paren', { text: total })}`}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="pending-approvals"
    >
      <List
        size="small"
        dataSource={rows}
        footer={total > shown ? t('queues.more', { shown, total }) : undefined}
        renderItem={(r) => (
          <List.Item onClick={r.open} style={{ cursor: 'pointer' }}>
            <span>
              <Tag color="orange">{r.kind}</Tag>
              {r.title}
            </span>
            <span style={{ color: '#888' }}>
              {r.reasons} {money(r.gross)}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
