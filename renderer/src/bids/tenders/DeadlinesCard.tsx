import { useQuery } from '@tanstack/react-query';
import Card from 'antd/es/card';
import List from 'antd/es/list';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DeadlineRow } from '@shared/bids/tenders/contract';
import { rpcQuery } from '../../rpc/query-keys';

const COLOURS = { overdue: 'red', dueSoon: 'orange', upcoming: 'blue' } as const;

/** 首页: the next four weeks of tender deadlines, soonest first; overdue and due-soon ones marked in words. */
export function DeadlinesCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = useQuery(rpcQuery('bids.tenders.deadlines', { days: 28 }));
  return (
    <Card title={t('tenders.deadlinesTitle')} size="small" style={{ marginBottom: 16 }}>
      <List<DeadlineRow>
        size="small"
        loading={rows.isLoading}
        dataSource={rows.data ?? []}
        locale={{ emptyText: t('tenders.noDeadlines') }}
        renderItem={(r) => (
          <List.Item style={{ cursor: 'pointer' }} onClick={() => void navigate(`/bids/tenders?open=${r.tenderId}`)}>
            <span style={{ width: 140, display: 'inline-block' }}>{r.at}</span>
            <Tag color={COLOURS[r.state]}>{t(`tenders.deadlineStates.${r.state}`)}</Tag>
            <strong style={{ marginRight: 8 }}>{t(`tenders.deadlineKinds.${r.kind}`)}</strong>
            <span style={{ flex: 1 }}>
              {r.projectName} {r.tenderNo && <span style={{ color: '#888' }}>{r.tenderNo}</span>}
            </span>
            {r.daysLeft >= 0 && (
              <span>{r.daysLeft === 0 ? t('tenders.today') : t('tenders.daysLeft', { n: r.daysLeft })}</span>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
