import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Calendar from 'antd/es/calendar';
import Select from 'antd/es/select';
import Tabs from 'antd/es/tabs';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { BILL_KINDS, BILL_STATES, type BillRow, type BillState } from '@shared/receipts/contract';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { rpcKey, rpcQuery } from '../rpc/query-keys';
import { DataTable, type ListRequest } from '../table/DataTable';
import { SearchBox } from '../table/ListToolbar';
import { StatusFilter } from '../table/StatusFilter';
import { useOpenParam } from '../table/useOpenParam';
import { BillDrawer } from './BillDrawer';
import { BillStateTag } from './BillStateTag';

/** 承兑汇票: the bills with their state, and a calendar of what matures when. */
export function BillsPage() {
  const { t } = useTranslation();
  const [opened, setOpen] = useOpenParam();
  return (
    <div className="page">
      <Tabs
        items={[
          { key: 'list', label: t('receipts.list'), children: <BillList onOpen={setOpen} /> },
          { key: 'calendar', label: t('receipts.calendar'), children: <MaturityCalendar onOpen={setOpen} /> },
        ]}
      />
      {opened !== null && <BillDrawer id={opened} onClose={() => setOpen(null)} />}
    </div>
  );
}

function BillList({ onOpen }: { onOpen(id: number): void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [state, setState] = useState<BillState | undefined>();
  const [kind, setKind] = useState<(typeof BILL_KINDS)[number] | undefined>();
  const columns = useMemo<ColumnDef<BillRow, unknown>[]>(
    () => [
      { id: 'billNo', header: t('fields.billNo'), accessorKey: 'billNo', size: 215, meta: { sortField: 'billNo' } },
      {
        id: 'state',
        header: t('receipts.billState'),
        accessorKey: 'state',
        size: 80,
        meta: { export: { enumLabels: 'receiptMsg.billState' } },
        cell: (c) => <BillStateTag state={c.getValue() as BillState} />,
      },
      {
        id: 'kind',
        header: t('receipts.kind'),
        size: 60,
        cell: (c) => t(`receipts.kinds.${c.row.original.kind}`),
        meta: { export: { field: 'kind', enumLabels: 'receipts.kinds' } },
      },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 180 },
      { id: 'acceptor', header: t('fields.acceptor'), accessorKey: 'acceptor', size: 160 },
      {
        id: 'amount',
        header: t('receipts.amountYuan'),
        accessorKey: 'amount',
        size: 110,
        meta: { export: { kind: 'money' }, sortField: 'amount', numeric: true },
        cell: (c) => money(c.getValue() as number),
      },
      {
        id: 'issueDate',
        header: t('fields.issueDate'),
        accessorKey: 'issueDate',
        size: 95,
        meta: { sortField: 'issueDate' },
      },
      {
        id: 'maturityDate',
        header: t('fields.maturityDate'),
        accessorKey: 'maturityDate',
        size: 95,
        meta: { sortField: 'maturityDate' },
      },
      { id: 'receiptNumber', header: t('receipts.number'), accessorKey: 'receiptNumber', size: 120 },
    ],
    [t],
  );
  const filters = useMemo(() => ({ ...(state ? { state } : {}), ...(kind ? { kind } : {}) }), [state, kind]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('bills.list', { ...req, q, filters } as In<'bills.list'>),
    [q, filters],
  );
  return (
    <DataTable<BillRow>
      id="bills"
      columns={columns}
      queryKey={rpcKey('bills.list', { q, filters })}
      fetchPage={fetchPage}
      onOpen={(r) => onOpen(r.id)}
      toolbar={
        <>
          <SearchBox onSearch={setQ} />
          <StatusFilter statuses={BILL_STATES} labels="receiptMsg.billState" onChange={setState} />
          <Select
            allowClear
            style={{ width: 100 }}
            placeholder={t('receipts.kind')}
            aria-label={t('receipts.kind')}
            onChange={setKind}
            options={BILL_KINDS.map((k) => ({ value: k, label: t(`receipts.kinds.${k}`) }))}
          />
        </>
      }
    />
  );
}

/** 到期日历: each day shows its bills' count and total; a bill opens its drawer. */
function MaturityCalendar({ onOpen }: { onOpen(id: number): void }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const calendar = useQuery(rpcQuery('bills.calendar', { month }));
  const byDay = new Map((calendar.data?.days ?? []).map((d) => [d.date, d]));
  return (
    <>
      <Typography.Text strong>
        {t('receipts.monthTotal', { count: calendar.data?.count ?? 0, amount: money(calendar.data?.total ?? 0) })}
      </Typography.Text>
      <Calendar
        onPanelChange={(d) => setMonth(d.format('YYYY-MM'))}
        onSelect={(d) => setMonth(d.format('YYYY-MM'))}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const day = byDay.get(d.format('YYYY-MM-DD'));
          if (!day) return null;
          return (
            <div>
              <Typography.Text type="warning">
                {t('receipts.dayTotal', { count: day.bills.length, amount: money(day.total) })}
              </Typography.Text>
              {day.bills.map((b) => (
                <div key={b.id}>
                  <Typography.Link onClick={() => onOpen(b.id)} ellipsis>
                    {b.customerName} {money(b.amount)}
                  </Typography.Link>
                </div>
              ))}
            </div>
          );
        }}
      />
    </>
  );
}
