import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsignmentRow } from '@shared/dispatch/contract';
import { yuanToFen } from '@shared/money';
import { useSession } from '../auth/session-context';
import { PrintButtons } from '../printing/PrintButtons';
import { usePrinting } from '../printing/usePrinting';
import { money } from '../format';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../table/page-sizes';
import { ExportButton } from '../table/ExportButton';
import { invalidateRpc, rpcKey, rpcQuery } from '../rpc/query-keys';

/** 运费结算: per carrier and period, the consignments with their 回单 back, settled with a payment reference. */
export function FreightPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const { can } = useSession();
  const printing = usePrinting();
  const queryClient = useQueryClient();
  const [carrierId, setCarrierId] = useState<number | undefined>();
  const [period, setPeriod] = useState<[dayjs.Dayjs, dayjs.Dayjs]>([dayjs().startOf('month'), dayjs().endOf('month')]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [adjustment, setAdjustment] = useState('');
  const [adjustmentNote, setAdjustmentNote] = useState('');
  const [paymentRef, setPaymentRef] = useState('');
  const carriers = useQuery(rpcQuery('carriers.list', { pageSize: MAX_PAGE_SIZE }));
  const from = period[0].format('YYYY-MM-DD');
  const to = period[1].format('YYYY-MM-DD');
  const open = useQuery({
    queryKey: rpcKey('dispatch.freight.open', { carrierId: carrierId ?? undefined, from, to }),
    queryFn: () => rpc('dispatch.freight.open', { carrierId: carrierId!, from, to }),
    enabled: Boolean(carrierId),
  });
  const settled = useQuery(
    rpcQuery('dispatch.freight.list', { pageSize: DEFAULT_PAGE_SIZE, filters: carrierId ? { carrierId } : {} }),
  );
  const chosenFreight = (open.data?.consignments ?? [])
    .filter((c) => chosen.includes(c.id))
    .reduce((s, c) => s + c.freight + c.insuranceFee, 0);
  const adjustmentFen = (() => {
    const v = adjustment.trim();
    if (!v) return 0;
    try {
      return v.startsWith('-') ? -yuanToFen(v.slice(1)) : yuanToFen(v);
    } catch {
      return NaN;
    }
  })();

  async function settle() {
    try {
      const s = await rpc('dispatch.freight.settle', {
        carrierId: carrierId!,
        from,
        to,
        consignmentIds: chosen,
        adjustment: adjustmentFen,
        adjustmentNote,
        paymentRef,
        settledOn: dayjs().format('YYYY-MM-DD'),
      });
      message.success(t('dispatch.settled', { number: s.number, total: money(s.total) }));
      setChosen([]);
      await invalidateRpc(queryClient, 'dispatch.freight.open');
      await invalidateRpc(queryClient, 'dispatch.freight.list');
      // The consignment list shows which settlement paid each one.
      await invalidateRpc(queryClient, 'dispatch.consignments.list');
      await printing.preview(() => rpc('dispatch.freight.statement', { id: s.id }));
    } catch (err) {
      rpcError.show(err);
    }
  }

  return (
    <div className="page" style={{ height: 'auto' }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('fields.carrierId')}
          placeholder={t('fields.carrierId')}
          style={{ width: 240 }}
          value={carrierId}
          onChange={(v) => (setCarrierId(v), setChosen([]))}
          options={(carriers.data?.rows ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        <DatePicker.RangePicker
          value={period}
          onChange={(v) => v?.[0] && v[1] && setPeriod([v[0], v[1]])}
          allowClear={false}
        />
      </Space>
      <Card size="small" title={t('dispatch.openForSettlement')}>
        <Table<ConsignmentRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={open.data?.consignments}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as number[]) }}
          columns={[
            { title: t('dispatch.consignmentNumber'), dataIndex: 'number' },
            { title: t('fields.waybillNo'), dataIndex: 'waybillNo' },
            { title: t('fields.date'), dataIndex: 'date' },
            { title: t('fields.toStation'), dataIndex: 'toStation' },
            { title: t('fields.consigneeName'), dataIndex: 'consigneeName' },
            { title: t('fields.payment'), dataIndex: 'payment', render: (p: string) => t(`dispatch.payments.${p}`) },
            { title: t('fields.freight'), dataIndex: 'freight', align: 'right', render: (f: number) => money(f) },
            {
              title: t('dispatch.insurance'),
              dataIndex: 'insuranceFee',
              align: 'right',
              render: (f: number) => money(f),
            },
          ]}
        />
        {can('deliveries.write') && (
          <Space wrap style={{ marginTop: 12 }}>
            <span>
              {t('dispatch.chosenFreight')}
              {t('wording.colon')}
              <b data-testid="chosen-freight">{money(chosenFreight)}</b>
            </span>
            <Input
              aria-label={t('fields.adjustment')}
              placeholder={t('dispatch.adjustmentHint')}
              value={adjustment}
              onChange={(e) => setAdjustment(e.target.value)}
              style={{ width: 150 }}
            />
            <Input
              aria-label={t('fields.adjustmentNote')}
              placeholder={t('fields.adjustmentNote')}
              value={adjustmentNote}
              onChange={(e) => setAdjustmentNote(e.target.value)}
              style={{ width: 180 }}
            />
            <Input
              aria-label={t('fields.paymentRef')}
              placeholder={t('fields.paymentRef')}
              value={paymentRef}
              onChange={(e) => setPaymentRef(e.target.value)}
              style={{ width: 180 }}
            />
            <Button
              type="primary"
              disabled={!chosen.length || !paymentRef.trim() || Number.isNaN(adjustmentFen)}
              onClick={() => void settle()}
            >
              {t('dispatch.settle')}
            </Button>
          </Space>
        )}
      </Card>
      <Card
        size="small"
        title={t('dispatch.settlements')}
        style={{ marginTop: 12 }}
        extra={
          // Every settlement of the carrier chosen (or of all), not only the latest shown here.
          <ExportButton
            list="dispatch.freight.list"
            request={() => ({
              input: { filters: carrierId ? { carrierId } : {} },
              columns: [
                { field: 'number', label: t('dispatch.settlementNumber') },
                { field: 'carrierName', label: t('fields.carrierId') },
                { field: 'periodFrom', label: t('listExport.periodFrom'), kind: 'date' },
                { field: 'periodTo', label: t('listExport.periodTo'), kind: 'date' },
                { field: 'freight', label: t('fields.freight'), kind: 'money' },
                { field: 'insurance', label: t('dispatch.insurance'), kind: 'money' },
                { field: 'adjustment', label: t('fields.adjustment'), kind: 'money' },
                { field: 'total', label: t('dispatch.total'), kind: 'money' },
                { field: 'paymentRef', label: t('fields.paymentRef') },
                { field: 'settledOn', label: t('fields.settledOn'), kind: 'date' },
              ],
            })}
          />
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={settled.data?.rows}
          columns={[
            { title: t('dispatch.settlementNumber'), dataIndex: 'number' },
            { title: t('fields.carrierId'), dataIndex: 'carrierName' },
            { title: t('dispatch.period'), key: 'p', render: (_v, s) => `${s.periodFrom} ~ ${s.periodTo}` },
            { title: t('fields.freight'), dataIndex: 'freight', align: 'right', render: (f: number) => money(f) },
            { title: t('dispatch.insurance'), dataIndex: 'insurance', align: 'right', render: (f: number) => money(f) },
            { title: t('fields.adjustment'), dataIndex: 'adjustment', align: 'right', render: (f: number) => money(f) },
            { title: t('dispatch.total'), dataIndex: 'total', align: 'right', render: (f: number) => money(f) },
            { title: t('fields.paymentRef'), dataIndex: 'paymentRef' },
            {
              title: '',
              key: 'pdf',
              render: (_v, s) => (
                <PrintButtons
                  size="small"
                  target={{ kind: 'freightStatement' }}
                  label={t('dispatch.statement')}
                  print={() => rpc('dispatch.freight.statement', { id: s.id })}
                />
              ),
            },
          ]}
        />
      </Card>
      {printing.modals}
    </div>
  );
}
