import type { DashboardSummary } from '@shared/receivables/collections-contract';
import { fenToYuan } from '@shared/money';
import type { TFunction } from 'i18next';
import { money } from '../format';
import type { ChartOption } from './EChart';

/** Chart values are yuan as numbers: drawn, never summed. */
const yuan = (fen: number) => Number(fenToYuan(fen));
const moneyTip = (v: unknown) => money(Math.round(Number(v) * 100));
const grid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };

export function bucketOption(s: DashboardSummary, t: TFunction): ChartOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: moneyTip },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%' },
        data: s.buckets
          .filter((b) => b.amount > 0)
          .map((b) => ({ name: t(`dashboard.buckets.${b.bucket}`), value: yuan(b.amount) })),
      },
    ],
  };
}

export function topOverdueOption(s: DashboardSummary): ChartOption {
  const rows = [...s.topOverdue].reverse();
  return {
    tooltip: { trigger: 'axis', valueFormatter: moneyTip },
    grid,
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((r) => r.customerName), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: rows.map((r) => yuan(r.overdueFen)), itemStyle: { color: '#d4380d' } }],
  };
}

export function salesOption(s: DashboardSummary, t: TFunction): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: moneyTip },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: s.salesVsReceipts.map((m) => m.month) },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: t('dashboard.sales.sales'), data: s.salesVsReceipts.map((m) => yuan(m.sales)) },
      { type: 'line', name: t('dashboard.sales.receipts'), data: s.salesVsReceipts.map((m) => yuan(m.receipts)) },
    ],
  };
}

export function winRateOption(s: DashboardSummary, t: TFunction): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: s.winRate.map((m) => m.month) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { type: 'bar', stack: 'n', name: t('dashboard.win.won'), data: s.winRate.map((m) => m.won), color: '#389e0d' },
      { type: 'bar', stack: 'n', name: t('dashboard.win.lost'), data: s.winRate.map((m) => m.lost), color: '#bfbfbf' },
      {
        type: 'line',
        yAxisIndex: 1,
        name: t('dashboard.win.rate'),
        connectNulls: true,
        data: s.winRate.map((m) => (m.rate === null ? null : Number(m.rate))),
        tooltip: { valueFormatter: (v) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
      },
    ],
  };
}

export function planOption(s: DashboardSummary, t: TFunction): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: moneyTip },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: s.planVsActual.map((m) => m.month) },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        name: t('dashboard.plan.planned'),
        data: s.planVsActual.map((m) => yuan(m.planned)),
        color: '#91caff',
      },
      {
        type: 'bar',
        name: t('dashboard.plan.actual'),
        data: s.planVsActual.map((m) => yuan(m.actual)),
        color: '#1677ff',
      },
    ],
  };
}
