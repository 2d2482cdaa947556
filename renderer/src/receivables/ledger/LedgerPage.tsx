import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuan } from '@shared/money';
import type { LedgerRow } from '@shared/receivables/collections-contract';
import { useSession } from '../../auth/session-context';
import { downloadBase64 } from '../../files/file-transfer';
import { showFieldErrors } from '../../forms/field-errors';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { invalidateRpc, rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { typedFen } from '../collections/amount';

const FIGURES = ['salesPlan', 'orders', 'deliveries', 'invoiced', 'receipts', 'collectionPlan'] as const;

interface PlanForm {
  salesperson: string;
  month: Dayjs;
  sales: string;
  collection: string;
}

/** 销售台账: per salesperson and month, the plans against orders, deliveries, invoices and receipts. */
export function LedgerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const [salesperson, setSalesperson] = useState<string | undefined>();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<PlanForm>();
  const input = { from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM'), salesperson: salesperson ?? null };
  const report = useQuery(rpcQuery('ledger.report', input));
  const tr = (k: string) => t(`receivables.collections.ledger.${k}`);
  const rate = (v: string | null) => (v === null ? '—' : `${v}%`);

  function editPlan(row?: LedgerRow) {
    form.setFieldsValue({
      salesperson: row?.salesperson || salesperson || '',
      month: row ? dayjs(`${row.month}-01`) : range[1],
      sales: row ? fenToYuan(row.salesPlan) : '',
      collection: row ? fenToYuan(row.collectionPlan) : '',
    });
    setEditing(true);
  }

  async function savePlan() {
    const v = await form.validateFields();
    const sales = typedFen(v.sales) ?? 0;
    const collection = typedFen(v.collection) ?? 0;
    const bad = [
      ...(Number.isNaN(sales) ? [{ path: 'sales', message: t('receivables.collections.badAmount') }] : []),
      ...(Number.isNaN(collection) ? [{ path: 'collection', message: t('receivables.collections.badAmount') }] : []),
    ];
    if (bad.length) return showFieldErrors(form, bad);
    const plan = { salesperson: v.salesperson, month: v.month.format('YYYY-MM'), sales, collection };
    if (!(await rpcError.attempt(() => rpc('ledger.plan.set', plan), form))) return;
    message.success(tr('planSaved'));
    setEditing(false);
    await invalidateRpc(queryClient, 'ledger.report');
  }

  async function exportXlsx() {
    const file = await rpcError.attempt(() => rpc('ledger.xlsx', input));
    if (file) downloadBase64(file.filename, file.dataBase64);
  }

  const manager = can('credit.manage');
  return (
    <div className="page" style={{ height: 'auto' }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          picker="month"
          aria-label={tr('range')}
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Select
          allowClear
          aria-label={t('receivables.collections.salesperson')}
          placeholder={tr('allSalespeople')}
          style={{ width: 180 }}
          value={salesperson}
          onChange={setSalesperson}
          options={(report.data?.salespeople ?? []).map((s) => ({ value: s, label: s }))}
        />
        <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
          {tr('exportXlsx')}
        </Button>
        {manager && <Button onClick={() => editPlan()}>{tr('editPlan')}</Button>}
      </Space>
      <Table<LedgerRow>
        size="small"
        rowKey={(r) => `${r.salesperson}|${r.month}`}
        loading={report.isLoading}
        pagination={false}
        dataSource={report.data?.rows}
        onRow={(r) =>
          manager && r.salesperson ? { onDoubleClick: () => editPlan(r), style: { cursor: 'pointer' } } : {}
        }
        columns={[
          {
            title: t('receivables.collections.salesperson'),
            dataIndex: 'salesperson',
            render: (v: string) => v || tr('unassigned'),
          },
          { title: t('receivables.collections.month'), dataIndex: 'month' },
          ...FIGURES.map((f) => ({
            title: tr(f),
            dataIndex: f,
            align: 'right' as const,
            render: (v: number) => money(v),
          })),
          { title: tr('salesRate'), dataIndex: 'salesRate', align: 'right', render: rate },
          { title: tr('collectionRate'), dataIndex: 'collectionRate', align: 'right', render: rate },
        ]}
        summary={() =>
          report.data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <b>{t('receivables.collections.total')}</b>
              </Table.Summary.Cell>
              {FIGURES.map((f, i) => (
                <Table.Summary.Cell key={f} index={i + 2} align="right">
                  {money(report.data.totals[f])}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={8} align="right">
                {rate(report.data.totals.salesRate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} align="right">
                {rate(report.data.totals.collectionRate)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
      <Modal open={editing} title={tr('editPlan')} onCancel={() => setEditing(false)} onOk={() => void savePlan()}>
        <Form<PlanForm> form={form} layout="vertical">
          <Form.Item
            name="salesperson"
            label={t('receivables.collections.salesperson')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item
            name="month"
            label={t('fields.month')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DatePicker picker="month" allowClear={false} />
          </Form.Item>
          <Form.Item name="sales" label={t('fields.sales')}>
            <Input suffix={t('receivables.collections.yuanHint')} inputMode="decimal" />
          </Form.Item>
          <Form.Item name="collection" label={t('fields.collection')}>
            <Input suffix={t('receivables.collections.yuanHint')} inputMode="decimal" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
