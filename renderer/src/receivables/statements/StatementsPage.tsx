import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '@shared/customers/contract';
import type { StatementLine, StatementReply } from '@shared/receivables/ageing-contract';
import { useSession } from '../../auth/session-context';
import { PrintButtons } from '../../printing/PrintButtons';
import { downloadBase64 } from '../../files/file-transfer';
import { RemoteSelect } from '../../forms/RemoteSelect';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../../table/page-sizes';
import { StatementReplyDialog } from './StatementReplyDialog';

const searchCustomers = async (q: string) =>
  (await rpc('customers.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

/** 对账单: a customer's account over a period, as PDF or xlsx, and the replies they sent back. */
export function StatementsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const client = useQueryClient();
  const k = 'receivables.ageing.statements';
  const [customerId, setCustomerId] = useState<number | null>(null);
  const [range, setRange] = useState<[string, string]>([
    dayjs().subtract(1, 'month').startOf('month').format('YYYY-MM-DD'),
    dayjs().subtract(1, 'month').endOf('month').format('YYYY-MM-DD'),
  ]);
  const [replying, setReplying] = useState(false);
  const period = customerId ? { customerId, from: range[0], to: range[1] } : null;
  const statement = useQuery({
    ...rpcQuery('receivables.statement', period ?? { customerId: 0, from: '', to: '' }),
    enabled: period !== null,
  });
  const replies = useQuery({
    ...rpcQuery('receivables.statementReplies', { customerId: customerId ?? 0 }),
    enabled: customerId !== null,
  });
  const s = statement.data;

  const xlsx = () =>
    period &&
    void rpcError.attempt(async () => {
      const file = await rpc('receivables.statementXlsx', period);
      downloadBase64(file.filename, file.dataBase64);
    });

  return (
    <div className="page" style={{ height: 'auto', minWidth: 0 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 16 }}>
          {t(`${k}.title`)}
        </Typography.Title>
        <RemoteSelect<CustomerRow>
          ariaLabel={t(`${k}.customer`)}
          placeholder={t(`${k}.customer`)}
          value={customerId}
          onChange={(id) => setCustomerId(id)}
          search={searchCustomers}
          toOption={(c) => ({ value: c.id, label: `${c.code} ${c.name}` })}
          style={{ width: 320 }}
        />
        <DatePicker.RangePicker
          aria-label={t(`${k}.period`)}
          value={[dayjs(range[0]), dayjs(range[1])]}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
        />
        <PrintButtons
          target={{ kind: 'statement' }}
          icon={<PrinterOutlined />}
          disabled={!s || !period}
          label={t(`${k}.pdf`)}
          print={() => rpc('receivables.statementPdf', period!)}
        />
        <Button icon={<FileExcelOutlined />} disabled={!s} onClick={xlsx}>
          {t(`${k}.xlsx`)}
        </Button>
        {can('collections.write') && (
          <Button disabled={!s} onClick={() => setReplying(true)}>
            {t(`${k}.recordReply`)}
          </Button>
        )}
      </Space>
      {!period && <Alert type="info" showIcon message={t(`${k}.pick`)} />}
      {statement.error && <Alert type="error" showIcon message={String(statement.error.message)} />}
      {s && (
        <Card size="small">
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t(`${k}.customer`)}>{s.customer.name}</Descriptions.Item>
            <Descriptions.Item label={t(`${k}.period`)}>
              {s.from} — {s.to}
            </Descriptions.Item>
            <Descriptions.Item label={t(`${k}.opening`)}>{money(s.opening)}</Descriptions.Item>
          </Descriptions>
          <Table<StatementLine & { key: number }>
            size="small"
            bordered
            pagination={false}
            scroll={{ y: 480 }}
            dataSource={s.lines.map((l, i) => ({ ...l, key: i }))}
            columns={[
              { title: t(`${k}.date`), dataIndex: 'date', width: 110 },
              {
                title: t(`${k}.type`),
                dataIndex: 'type',
                width: 160,
                render: (v: StatementLine['type'], l) =>
                  `${t(`${k}.types.${v}`)}${l.method ? `（${t(`${k}.bill`)}）` : ''}`,
              },
              { title: t(`${k}.number`), dataIndex: 'number' },
              {
                title: t(`${k}.increase`),
                dataIndex: 'increase',
                align: 'right',
                render: (v: number) => (v ? money(v) : ''),
              },
              { title: t(`${k}.paid`), dataIndex: 'paid', align: 'right', render: (v: number) => (v ? money(v) : '') },
              { title: t(`${k}.balance`), dataIndex: 'balance', align: 'right', render: (v: number) => money(v) },
            ]}
          />
          <Typography.Paragraph strong style={{ marginTop: 12 }}>
            {t(`${k}.closing`)}：{money(s.closing)}（{t(`${k}.inWords`)}：{s.closingInWords}）
          </Typography.Paragraph>
        </Card>
      )}
      {customerId && (
        <Card size="small" title={t(`${k}.replies`)} style={{ marginTop: 12 }}>
          <Table<StatementReply>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={replies.data ?? []}
            columns={[
              { title: t(`${k}.period`), render: (_, r) => `${r.from} — ${r.to}` },
              { title: t(`${k}.closing`), dataIndex: 'closing', align: 'right', render: (v: number) => money(v) },
              { title: t(`${k}.reply`), dataIndex: 'reply', render: (v: string) => t(`${k}.replyKinds.${v}`) },
              { title: t(`${k}.replyDate`), dataIndex: 'replyDate' },
              {
                title: t(`${k}.theirBalance`),
                dataIndex: 'theirBalance',
                align: 'right',
                render: (v: number | null) => (v === null ? '' : money(v)),
              },
              { title: t(`${k}.differences`), dataIndex: 'differences' },
            ]}
          />
        </Card>
      )}
      {replying && period && (
        <StatementReplyDialog
          period={period}
          onClose={() => setReplying(false)}
          onSaved={() => {
            setReplying(false);
            void message.success(t(`${k}.recorded`));
            void invalidateRpc(client, 'receivables.statementReplies');
          }}
        />
      )}
    </div>
  );
}
