import { useQuery } from '@tanstack/react-query';
import Card from 'antd/es/card';
import Statistic from 'antd/es/statistic';
import Table from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { OutstandingBond } from '@shared/bids/tenders/contract';
import { money } from '../../format';
import { rpcQuery } from '../../rpc/query-keys';

/** 未退保证金: bonds paid and not refunded yet, the oldest first, with the total still out. */
export function BondsPage() {
  const { t } = useTranslation();
  const out = useQuery(rpcQuery('bids.tenders.bondsOutstanding', {}));
  return (
    <div className="page" style={{ height: 'auto' }}>
      <Card style={{ marginBottom: 12 }}>
        <Statistic title={t('tenders.outstandingTotal')} value={money(out.data?.totalAmount ?? 0)} />
      </Card>
      <Table<OutstandingBond>
        size="small"
        rowKey="id"
        loading={out.isLoading}
        dataSource={out.data?.rows ?? []}
        pagination={false}
        columns={[
          { title: t('fields.projectName'), dataIndex: 'projectName' },
          { title: t('fields.tenderNo'), dataIndex: 'tenderNo' },
          { title: t('fields.lotNo'), dataIndex: 'lotNo' },
          { title: t('fields.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => money(v) },
          { title: t('fields.paidBy'), dataIndex: 'paidBy', render: (v: string) => t(`tenderMsg.paidBy.${v}`) },
          { title: t('fields.paidOn'), dataIndex: 'paidOn' },
          { title: t('tenders.daysOutstanding'), dataIndex: 'daysOutstanding', align: 'right' },
        ]}
      />
    </div>
  );
}
