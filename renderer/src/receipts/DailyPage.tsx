import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import DatePicker from 'antd/es/date-picker';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintButtons } from '../printing/PrintButtons';
import { downloadBase64 } from '../files/file-transfer';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { rpcQuery } from '../rpc/query-keys';
import { useRpcError } from '../rpc/useRpcError';

/** 每日资金: the day's shipments and receipts, printed or exported for the books. */
export function DailyPage() {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [busy, setBusy] = useState(false);
  const daily = useQuery(rpcQuery('finance.daily', { date }));
  const d = daily.data;

  async function xlsx() {
    setBusy(true);
    const f = await rpcError.attempt(() => rpc('finance.dailyXlsx', { date }));
    setBusy(false);
    if (f) downloadBase64(f.filename, f.dataBase64);
  }

  return (
    <div className="page" style={{ overflow: 'auto' }}>
      <Space style={{ marginBottom: 12 }}>
        <DatePicker
          allowClear={false}
          aria-label={t('fields.date')}
          value={dayjs(date)}
          onChange={(v) => v && setDate(v.format('YYYY-MM-DD'))}
        />
        <PrintButtons
          target={{ kind: 'dailyReport' }}
          icon={<PrinterOutlined />}
          label={t('receipts.print')}
          print={() => rpc('finance.dailyPdf', { date })}
        />
        <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void xlsx()}>
          {t('receipts.exportXlsx')}
        </Button>
      </Space>
      <Card
        size="small"
        title={t('receipts.shipped')}
        extra={d && t('receipts.shippedTotal', { amount: money(d.shippedTotal), count: d.shipped.length })}
        style={{ marginBottom: 12 }}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          loading={daily.isLoading}
          dataSource={d?.shipped}
          columns={[
            { title: t('receipts.noteNumber'), dataIndex: 'number', width: 140 },
            { title: t('fields.customerId'), dataIndex: 'customerName' },
            { title: t('quotes.status'), dataIndex: 'status', width: 100, render: (s: string) => t(`noteStatus.${s}`) },
            { title: t('receipts.amountYuan'), dataIndex: 'gross', align: 'right', width: 140, render: money },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('receipts.received')}
        extra={
          d &&
          t('receipts.receivedTotal', {
            amount: money(d.receivedTotal),
            count: d.received.length,
            fee: money(d.feeTotal),
          })
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          loading={daily.isLoading}
          dataSource={d?.received}
          columns={[
            { title: t('receipts.number'), dataIndex: 'number', width: 130 },
            { title: t('fields.customerId'), dataIndex: 'customerName' },
            { title: t('fields.payerName'), dataIndex: 'payerName' },
            {
              title: t('fields.method'),
              dataIndex: 'method',
              width: 120,
              render: (m: string) => t(`receiptMsg.method.${m}`),
            },
            { title: t('receipts.reference'), key: 'ref', render: (_v, r) => r.billNo ?? r.bankRef },
            { title: t('receipts.feeYuan'), dataIndex: 'fee', align: 'right', width: 100, render: money },
            { title: t('receipts.amountYuan'), dataIndex: 'amount', align: 'right', width: 140, render: money },
          ]}
        />
      </Card>
    </div>
  );
}
