import { useQuery } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  SupplierInvoiceDetail,
  SupplierInvoiceRow,
  SupplierPaymentRow,
} from '@shared/purchasing/payables/contract';
import { useSession } from '../../auth/session-context';
import { useAsk } from '../../forms/useAsk';
import { money } from '../../format';
import { rpc } from '../../rpc/client';
import { rpcQuery } from '../../rpc/query-keys';
import { useRpcError } from '../../rpc/useRpcError';
import { InvoiceDialog } from './InvoiceDialog';
import { PaymentDialog } from './PaymentDialog';

const LIST = { page: 1, pageSize: 200 };
const shown = (i: { invoiceCode: string; invoiceNumber: string }) =>
  i.invoiceCode ? `${i.invoiceCode}-${i.invoiceNumber}` : i.invoiceNumber;

/** One supplier's payables: invoices, payments, what falls due when, and the statement for a period. */
export function SupplierPayablesDrawer({
  supplierId,
  asOf,
  onClose,
}: {
  supplierId: number;
  asOf: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const ask = useAsk();
  const { can } = useSession();
  const writable = can('purchasing.write');
  const [dialog, setDialog] = useState<'invoice' | 'payment' | null>(null);
  const [editing, setEditing] = useState<SupplierInvoiceDetail | null>(null);
  const [period, setPeriod] = useState<[string, string]>([`${asOf.slice(0, 4)}-01-01`, asOf]);
  const supplier = useQuery(rpcQuery('suppliers.get', { id: supplierId }));
  const invoices = useQuery(
    rpcQuery('purchasing.payables.invoices.list', {
      ...LIST,
      sort: { field: 'dueOn', dir: 'asc' },
      filters: { supplierId },
    }),
  );
  const payments = useQuery(
    rpcQuery('purchasing.payables.payments.list', { ...LIST, filters: { supplierId, includeCancelled: true } }),
  );
  const due = useQuery(rpcQuery('purchasing.payables.due', { asOf, supplierId, limit: 200 }));
  const statement = useQuery(rpcQuery('purchasing.payables.statement', { supplierId, from: period[0], to: period[1] }));

  async function edit(id: number) {
    const detail = await rpcError.attempt(() => rpc('purchasing.payables.invoices.get', { id }));
    if (detail) setEditing(detail);
  }
  async function remove(r: SupplierInvoiceRow) {
    const reason = await ask.open(t('payables.deleteReason'), true);
    if (reason && (await rpcError.attempt(() => rpc('purchasing.payables.invoices.delete', { id: r.id, reason }))))
      message.success(t('payables.deleted'));
  }
  async function cancel(p: SupplierPaymentRow) {
    const reason = await ask.open(t('payables.cancelReason'), true);
    if (reason && (await rpcError.attempt(() => rpc('purchasing.payables.payments.cancel', { id: p.id, reason }))))
      message.success(t('payables.cancelled'));
  }
  async function allocateRest(p: SupplierPaymentRow) {
    await rpcError.attempt(() => rpc('purchasing.payables.payments.allocate', { paymentId: p.id, items: null }));
  }

  const invoiceTab = (
    <Table<SupplierInvoiceRow>
      size="small"
      rowKey="id"
      pagination={false}
      loading={invoices.isLoading}
      dataSource={invoices.data?.rows}
      columns={[
        { title: t('payables.invoiceNumber'), key: 'number', render: (_v, r) => shown(r) },
        { title: t('payables.invoiceDate'), dataIndex: 'invoiceDate', width: 100 },
        { title: t('payables.dueOn'), dataIndex: 'dueOn', width: 100 },
        { title: t('payables.orders'), dataIndex: 'poNumbers', render: (v: string[]) => v.join('、') },
        { title: t('payables.gross'), dataIndex: 'gross', align: 'right', width: 110, render: money },
        {
          title: t('payables.open'),
          dataIndex: 'open',
          align: 'right',
          width: 110,
          render: (v: number, r) => (v === 0 ? <Tag color="green">{t('payables.settled')}</Tag> : money(r.open)),
        },
        ...(writable
          ? [
              {
                key: 'actions',
                width: 150,
                render: (_v: unknown, r: SupplierInvoiceRow) =>
                  r.open === r.gross && (
                    <Space size={4}>
                      <Button size="small" onClick={() => void edit(r.id)}>
                        {t('payables.editInvoice')}
                      </Button>
                      <Button size="small" danger onClick={() => void remove(r)}>
                        {t('payables.deleteInvoice')}
                      </Button>
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  );

  const paymentTab = (
    <Table<SupplierPaymentRow>
      size="small"
      rowKey="id"
      pagination={false}
      loading={payments.isLoading}
      dataSource={payments.data?.rows}
      columns={[
        { title: t('payables.paymentNumber'), dataIndex: 'number', width: 120 },
        { title: t('payables.payDate'), dataIndex: 'payDate', width: 100 },
        {
          title: t('payables.payMethod'),
          dataIndex: 'payMethod',
          width: 120,
          render: (m: SupplierPaymentRow['payMethod']) => t(`payablesMsg.method.${m}`),
        },
        { title: t('payables.reference'), key: 'ref', render: (_v, p) => p.billNo ?? p.reference },
        { title: t('payables.amountYuan'), dataIndex: 'amount', align: 'right', width: 110, render: money },
        {
          title: t('payables.unapplied'),
          dataIndex: 'unapplied',
          align: 'right',
          width: 120,
          render: (v: number, p) => (p.status === 'cancelled' ? <Tag>{t('payables.cancelled')}</Tag> : money(v)),
        },
        ...(writable
          ? [
              {
                key: 'actions',
                width: 190,
                render: (_v: unknown, p: SupplierPaymentRow) =>
                  p.status === 'posted' && (
                    <Space size={4}>
                      {p.unapplied > 0 && (
                        <Button size="small" onClick={() => void allocateRest(p)}>
                          {t('payables.allocateRest')}
                        </Button>
                      )}
                      <Button size="small" danger onClick={() => void cancel(p)}>
                        {t('payables.cancelPayment')}
                      </Button>
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  );

  const dueTab = due.data && (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={3} bordered>
        {(['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const).map((b) => (
          <Descriptions.Item key={b} label={t(`payables.buckets.${b}`)}>
            {money(due.data.buckets[b])}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('payables.dueTotal')}>{money(due.data.total)}</Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={due.data.invoices.rows}
        columns={[
          { title: t('payables.dueOn'), dataIndex: 'dueOn', width: 100 },
          { title: t('payables.invoiceNumber'), key: 'number', render: (_v, r) => shown(r) },
          { title: t('payables.daysOverdue'), dataIndex: 'daysOverdue', align: 'right', width: 90 },
          {
            title: t('payables.bucket'),
            dataIndex: 'bucket',
            width: 130,
            render: (b: string) => t(`payables.buckets.${b}`),
          },
          { title: t('payables.open'), dataIndex: 'open', align: 'right', width: 120, render: money },
        ]}
      />
    </Space>
  );

  const st = statement.data;
  const statementTab = (
    <Space direction="vertical" style={{ width: '100%' }}>
      <DatePicker.RangePicker
        allowClear={false}
        value={[dayjs(period[0]), dayjs(period[1])]}
        onChange={(range) =>
          range?.[0] && range[1] && setPeriod([range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')])
        }
      />
      {st && (
        <Table
          size="small"
          rowKey={(l) => `${l.type}-${l.number}`}
          pagination={false}
          dataSource={st.lines}
          columns={[
            { title: t('payables.date'), dataIndex: 'date', width: 100 },
            {
              title: t('payables.kind'),
              dataIndex: 'type',
              width: 120,
              render: (v: 'invoice' | 'payment', l) =>
                l.payMethod
                  ? `${t(`payables.lineTypes.${v}`)}（${t(`payablesMsg.method.${l.payMethod}`)}）`
                  : t(`payables.lineTypes.${v}`),
            },
            { title: t('payables.number'), dataIndex: 'number' },
            {
              title: t('payables.increase'),
              dataIndex: 'increase',
              align: 'right',
              width: 120,
              render: (v: number) => (v ? money(v) : ''),
            },
            {
              title: t('payables.decrease'),
              dataIndex: 'paid',
              align: 'right',
              width: 120,
              render: (v: number) => (v ? money(v) : ''),
            },
            { title: t('payables.runningBalance'), dataIndex: 'balance', align: 'right', width: 130, render: money },
          ]}
          summary={() => (
            <>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  {t('payables.opening')} {money(st.opening)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {money(st.totalIncrease)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {money(st.totalPaid)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {t('payables.closing')} {money(st.closing)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </>
          )}
        />
      )}
    </Space>
  );

  return (
    <Drawer
      open
      width={980}
      title={supplier.data?.name ?? ''}
      onClose={onClose}
      extra={
        writable && (
          <Space>
            <Button onClick={() => setDialog('invoice')}>{t('payables.newInvoice')}</Button>
            <Button type="primary" onClick={() => setDialog('payment')}>
              {t('payables.newPayment')}
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        items={[
          { key: 'invoices', label: t('payables.tabs.invoices'), children: invoiceTab },
          { key: 'payments', label: t('payables.tabs.payments'), children: paymentTab },
          { key: 'due', label: t('payables.tabs.due'), children: dueTab },
          { key: 'statement', label: t('payables.tabs.statement'), children: statementTab },
        ]}
      />
      {dialog === 'invoice' && (
        <InvoiceDialog supplierId={supplierId} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
      {dialog === 'payment' && (
        <PaymentDialog supplierId={supplierId} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
      {editing && <InvoiceDialog invoice={editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />}
      {ask.modal}
    </Drawer>
  );
}
