import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Table from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '@shared/contracts';
import { INQUIRY_STATUSES, type InquiryRow } from '@shared/inquiries/contract';
import { useSession } from '../auth/session-context';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { DataTable, type ListRequest } from '../table/DataTable';
import { useOpenOrNewParam } from '../table/useOpenParam';
import { SearchBox } from '../table/ListToolbar';
import { InquiryDrawer } from './InquiryDrawer';
import { rpcKey, rpcQuery } from '../rpc/query-keys';
import { StatusFilter } from '../table/StatusFilter';
import { useShortcut } from '../app/shortcuts';

const STATUS_COLORS = { new: 'orange', quoting: 'blue', quoted: 'green', closed: 'default' } as const;

function InquiryList() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<(typeof INQUIRY_STATUSES)[number] | undefined>();
  const [open, setOpen] = useOpenOrNewParam();
  useShortcut('new', can('quotes.write') && (() => setOpen('new')));
  const columns = useMemo<ColumnDef<InquiryRow, unknown>[]>(
    () => [
      { id: 'number', header: t('fields.code'), accessorKey: 'number', size: 130, meta: { sortField: 'number' } },
      {
        id: 'status',
        header: t('quotes.status'),
        accessorKey: 'status',
        size: 80,
        meta: { export: { enumLabels: 'inquiryStatus' } },
        cell: (c) => (
          <Tag color={STATUS_COLORS[c.getValue() as keyof typeof STATUS_COLORS]}>
            {t(`inquiryStatus.${c.getValue() as string}`)}
          </Tag>
        ),
      },
      { id: 'date', header: t('fields.date'), accessorKey: 'date', size: 100, meta: { sortField: 'date' } },
      { id: 'customerName', header: t('fields.customerId'), accessorKey: 'customerName', size: 220 },
      {
        id: 'channel',
        header: t('fields.channel'),
        accessorKey: 'channel',
        size: 80,
        meta: { export: { enumLabels: 'inquiries.channels' } },
        cell: (c) => t(`inquiries.channels.${c.getValue() as string}`),
      },
      { id: 'requirement', header: t('fields.requirement'), accessorKey: 'requirement', size: 320 },
      { id: 'dueDate', header: t('fields.dueDate'), accessorKey: 'dueDate', size: 100, meta: { sortField: 'dueDate' } },
      { id: 'owner', header: t('inquiries.person'), accessorKey: 'owner', size: 80 },
    ],
    [t],
  );
  const filters = useMemo(() => (status ? { status } : {}), [status]);
  const fetchPage = useCallback(
    (req: ListRequest) => rpc('inquiries.list', { ...req, q, filters } as In<'inquiries.list'>),
    [q, filters],
  );
  return (
    <>
      <DataTable<InquiryRow>
        id="inquiries"
        columns={columns}
        queryKey={rpcKey('inquiries.list', { q, filters })}
        fetchPage={fetchPage}
        onOpen={(row) => setOpen(row.id)}
        toolbar={
          <>
            <SearchBox onSearch={setQ} />
            <StatusFilter statuses={INQUIRY_STATUSES} labels="inquiryStatus" onChange={setStatus} />
            {can('quotes.write') && (
              <Button type="primary" onClick={() => setOpen('new')}>
                {t('inquiries.new')}
              </Button>
            )}
          </>
        }
      />
      {open !== null && <InquiryDrawer id={open} onClose={() => setOpen(null)} onSaved={setOpen} />}
    </>
  );
}

/** 报价业务日志: what each person logged and quoted, day by day. */
function DailyLog() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[string, string]>([
    dayjs().startOf('month').format('YYYY-MM-DD'),
    dayjs().format('YYYY-MM-DD'),
  ]);
  const log = useQuery(rpcQuery('inquiries.log', { from: range[0], to: range[1] }));
  return (
    <>
      <DatePicker.RangePicker
        value={[dayjs(range[0]), dayjs(range[1])]}
        onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
        style={{ marginBottom: 8 }}
      />
      <Table
        size="small"
        rowKey={(r) => `${r.date}|${r.person}`}
        loading={log.isLoading}
        dataSource={log.data}
        pagination={{ pageSize: 31 }}
        columns={[
          { title: t('fields.date'), dataIndex: 'date' },
          { title: t('inquiries.person'), dataIndex: 'person' },
          { title: t('inquiries.count'), dataIndex: 'inquiries', align: 'right' },
          { title: t('inquiries.quoteCount'), dataIndex: 'quotes', align: 'right' },
          { title: t('inquiries.amount'), dataIndex: 'quotedAmount', align: 'right', render: (v: number) => money(v) },
        ]}
      />
    </>
  );
}

export function InquiriesPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <Tabs
        items={[
          { key: 'list', label: t('inquiries.list'), children: <InquiryList /> },
          { key: 'log', label: t('inquiries.log'), children: <DailyLog /> },
        ]}
      />
    </div>
  );
}
