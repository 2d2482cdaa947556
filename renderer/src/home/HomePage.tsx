import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Result from 'antd/es/result';
import Row from 'antd/es/row';
import Statistic from 'antd/es/statistic';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session-context';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { rpcQuery } from '../rpc/query-keys';
import { WorkQueue } from './WorkQueue';
import { DeadlinesCard } from '../bids/tenders/DeadlinesCard';

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
      <WorkQueue />
      {can('bids.read') && <DeadlinesCard />}
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
