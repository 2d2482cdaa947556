import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import List from 'antd/es/list';
import Result from 'antd/es/result';
import Row from 'antd/es/row';
import Statistic from 'antd/es/statistic';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session-context';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { rpcQuery } from '../rpc/query-keys';
import { PendingApprovalsCard } from '../orders/PendingApprovalsCard';

const MASTER_LISTS = ['customers', 'products', 'suppliers'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useQuery(rpcQuery('demo.status', {}));
  // One single-row page of each list: its total is the count.
  const counts = useQueries({
    queries: MASTER_LISTS.map((k) => ({
      ...rpcQuery(`${k}.list`, { page: 1, pageSize: 1 }),
      enabled: can('masterdata.read'),
    })),
    combine: (results) =>
      results.every((r) => r.data)
        ? Object.fromEntries(MASTER_LISTS.map((k, i) => [k, results[i]!.data!.total]))
        : null,
  });
  const due = useQuery({
    ...rpcQuery('quotes.followups.due', {}),
    enabled: can('quotes.read'),
  });
  const load = useMutation({
    mutationFn: () => rpc('demo.load', {}),
    onSuccess: async (r) => {
      message.success(t('home.demoLoaded', r));
      await queryClient.invalidateQueries();
    },
    onError: (err) => rpcError.show(err),
  });

  return (
    <div className="page" style={{ height: 'auto' }}>
      <h2 style={{ marginTop: 0 }}>{t('home.welcome', { name: user?.displayName })}</h2>
      {status.data?.empty && (
        <Result
          status="info"
          title={t('home.emptyTitle')}
          subTitle={t('home.emptyText')}
          extra={
            can('demo.load') && (
              <Button type="primary" loading={load.isPending} onClick={() => load.mutate()}>
                {t('home.loadDemo')}
              </Button>
            )
          }
        />
      )}
      <PendingApprovalsCard />
      {due.data && due.data.total > 0 && (
        <Card
          title={`${t('quotes.dueToday')}${t('wording.paren', { text: due.data.total })}`}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid="due-followups"
        >
          <List
            size="small"
            dataSource={due.data.rows}
            // The queue returns its first follow-ups only: say so when there are more.
            footer={
              due.data.total > due.data.rows.length
                ? t('queues.more', { shown: due.data.rows.length, total: due.data.total })
                : undefined
            }
            renderItem={(d) => (
              <List.Item onClick={() => navigate(`/quotes?open=${d.quoteId}`)} style={{ cursor: 'pointer' }}>
                <span>
                  {d.overdue ? (
                    <Tag color="red">{t('quotes.overdue')}</Tag>
                  ) : (
                    <Tag color="orange">{t('quotes.due')}</Tag>
                  )}
                  {d.nextDate} · {d.number} V{d.version} · {d.customerName} {d.project ?? ''}
                </span>
                <span style={{ color: '#888' }}>{d.lastSaid}</span>
              </List.Item>
            )}
          />
        </Card>
      )}
      {counts && (
        <Row gutter={16}>
          {MASTER_LISTS.map((k) => (
            <Col span={8} key={k}>
              <Card hoverable onClick={() => navigate(`/${k}`)}>
                <Statistic title={t(`nav.${k}`)} value={counts[k]} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
