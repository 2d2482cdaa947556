import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '@shared/customers/contract';
import { fenToYuan } from '@shared/money';
import type { CollectionPlanRow } from '@shared/receivables/collections-contract';
import { useSession } from '../../auth/session-context';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';
import { typedFen } from './amount';

const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

/** The planned amount of one customer and month, saved when the field is left. */
function PlannedInput({ row, onSave }: { row: CollectionPlanRow; onSave(fen: number): Promise<void> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(fenToYuan(row.planned));
  const [bad, setBad] = useState(false);
  return (
    <Input
      size="small"
      aria-label={`${t('receivables.collections.planned')} ${row.customerName}`}
      status={bad ? 'error' : undefined}
      title={bad ? t('receivables.collections.badAmount') : undefined}
      value={value}
      inputMode="decimal"
      style={{ width: 130, textAlign: 'right' }}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => {
        const fen = typedFen(value) ?? 0;
        setBad(Number.isNaN(fen));
        if (!Number.isNaN(fen) && fen !== row.planned) void onSave(fen);
      }}
    />
  );
}

/** 回款计划: each customer's planned receipts for the month against what came in. */
export function PlanTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [adding, setAdding] = useState<number | null>(null);
  const plan = useQuery(rpcQuery('collections.plan', { month }));
  const editable = can('collections.write');

  async function save(customerId: number, planned: number, note: string | null) {
    const saved = await rpcError.attempt(() => rpc('collections.plan.set', { month, customerId, planned, note }));
    if (!saved) return;
    message.success(t('receivables.collections.planSaved'));
    await invalidateRpc(queryClient, 'collections.plan');
  }

  const tr = (k: string) => t(`receivables.collections.${k}`);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          aria-label={tr('month')}
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        />
        {editable && (
          <>
            <RemoteSelect<CustomerRow>
              ariaLabel={tr('customer')}
              placeholder={tr('addPlan')}
              style={{ width: 280 }}
              value={adding}
              search={searchCustomers}
              toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
              onChange={(id) => setAdding(id)}
            />
            <Button
              disabled={!adding || plan.data?.rows.some((r) => r.customerId === adding)}
              onClick={() => adding && void save(adding, 0, null).then(() => setAdding(null))}
            >
              {tr('addPlan')}
            </Button>
          </>
        )}
      </Space>
      <Table<CollectionPlanRow>
        size="small"
        rowKey="customerId"
        loading={plan.isLoading}
        pagination={false}
        dataSource={plan.data?.rows}
        columns={[
          { title: tr('customer'), dataIndex: 'customerName' },
          {
            title: tr('planned'),
            dataIndex: 'planned',
            align: 'right',
            render: (_: number, r) =>
              editable ? (
                <PlannedInput
                  key={`${r.customerId}-${r.planned}`}
                  row={r}
                  onSave={(fen) => save(r.customerId, fen, r.note)}
                />
              ) : (
                money(r.planned)
              ),
          },
          { title: tr('actual'), dataIndex: 'actual', align: 'right', render: (v: number) => money(v) },
          {
            title: tr('rate'),
            dataIndex: 'rate',
            align: 'right',
            render: (v: string | null) => (v === null ? '—' : `${v}%`),
          },
          { title: tr('note'), dataIndex: 'note' },
        ]}
        summary={() =>
          plan.data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <b>{tr('total')}</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {money(plan.data.totals.planned)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {money(plan.data.totals.actual)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {plan.data.totals.rate === null ? '—' : `${plan.data.totals.rate}%`}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} />
            </Table.Summary.Row>
          )
        }
      />
    </div>
  );
}
