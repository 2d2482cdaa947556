import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Empty from 'antd/es/empty';
import Row from 'antd/es/row';
import Spin from 'antd/es/spin';
import Statistic from 'antd/es/statistic';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '@shared/receivables/collections-contract';
import { money } from '../format';
import { rpcQuery } from '../rpc/query-keys';
import { errorText } from '../rpc/useRpcError';
import { EChart, type ChartOption } from './EChart';
import { bucketOption, planOption, salesOption, topOverdueOption, winRateOption } from './dashboard-options';
import './dashboard.css';

function ChartCard({ title, empty, option }: { title: string; empty: boolean; option: ChartOption }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} className="dashboard-card">
      {empty ? (
        <Empty description={t('dashboard.empty')} style={{ height: 248 }} />
      ) : (
        <EChart option={option} label={title} />
      )}
    </Card>
  );
}

function Kpi({ title, value, extra }: { title: string; value: string; extra?: ReactNode }) {
  return (
    <Col xs={12} lg={6}>
      <Card size="small" className="dashboard-card">
        <Statistic title={title} value={value} />
        <div className="dashboard-kpi-extra">{extra}</div>
      </Card>
    </Col>
  );
}

/** 经营看板: receivables by age, who owes most, sales against receipts, quotes won and the collection plan. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<string | undefined>();
  const summary = useQuery(rpcQuery('dashboard.summary', asOf ? { asOf } : {}));
  const s = summary.data;
  const options = useMemo(
    () =>
      s && {
        buckets: bucketOption(s, t),
        top: topOverdueOption(s),
        sales: salesOption(s, t),
        win: winRateOption(s, t),
        plan: planOption(s, t),
      },
    [s, t],
  );

  return (
    <div className="page dashboard-page" style={{ height: 'auto' }}>
      <div className="page-toolbar">
        <span>{t('dashboard.asOf')}</span>
        <DatePicker
          aria-label={t('dashboard.asOf')}
          value={asOf ? dayjs(asOf) : dayjs()}
          allowClear={false}
          onChange={(d) => setAsOf(d && !d.isSame(dayjs(), 'day') ? d.format('YYYY-MM-DD') : undefined)}
        />
        <span className="spacer" />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="no-print">
          {t('dashboard.print')}
        </Button>
      </div>
      {summary.error && <Empty description={errorText(summary.error)} />}
      {!s || !options ? !summary.error && <Spin /> : <Body s={s} options={options} />}
    </div>
  );
}

function Body({
  s,
  options,
}: {
  s: DashboardSummary;
  options: Record<'buckets' | 'top' | 'sales' | 'win' | 'plan', ChartOption>;
}) {
  const { t } = useTranslation();
  const k = s.kpi;
  return (
    <>
      <Row gutter={[12, 12]}>
        <Kpi title={t('dashboard.kpi.receivables')} value={money(k.receivables)} />
        <Kpi
          title={t('dashboard.kpi.overdue')}
          value={money(k.overdue)}
          extra={k.overdueShare !== null && t('dashboard.kpi.overdueShare', { share: k.overdueShare })}
        />
        <Kpi title={t('dashboard.kpi.over90')} value={money(k.over90)} />
        <Kpi
          title={t('dashboard.kpi.monthReceipts')}
          value={money(k.monthReceipts)}
          extra={
            k.monthPlan
              ? `${t('dashboard.kpi.monthPlan', { plan: money(k.monthPlan) })} · ${k.monthRate ?? '—'}%`
              : t('dashboard.kpi.noPlan')
          }
        />
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.buckets.title')}
            empty={!s.buckets.some((b) => b.amount > 0)}
            option={options.buckets}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title={t('dashboard.top.title')} empty={!s.topOverdue.length} option={options.top} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.sales.title')}
            empty={!s.salesVsReceipts.some((m) => m.sales || m.receipts)}
            option={options.sales}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.win.title')}
            empty={!s.winRate.some((m) => m.won || m.lost)}
            option={options.win}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('dashboard.plan.title')}
            empty={!s.planVsActual.some((m) => m.planned || m.actual)}
            option={options.plan}
          />
        </Col>
      </Row>
    </>
  );
}
