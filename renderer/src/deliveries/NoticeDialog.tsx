import { useQuery } from '@tanstack/react-query';
import App from 'antd/es/app';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Modal from 'antd/es/modal';
import Table from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@shared/orders/contract';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { rpcQuery } from '../rpc/query-keys';
import { qty as qtyText } from '../format';

/** 发货通知单 from a sales order: every goods line with what is still available, partial quantities allowed. */
export function NoticeDialog({
  order,
  onClose,
  onCreated,
}: {
  order: OrderDetail;
  onClose(): void;
  onCreated(id: number): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [form] = Form.useForm();
  const progress = useQuery(rpcQuery('orders.progress', { orderId: order.id }));
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const qty = (lineId: number, available: string) => quantities[lineId] ?? available;

  async function create() {
    const v = form.getFieldsValue() as {
      date?: dayjs.Dayjs;
      shipDate?: dayjs.Dayjs;
      deliveryAddress?: string;
      contactName?: string;
      contactPhone?: string;
      notes?: string;
    };
    const lines = (progress.data?.lines ?? [])
      .map((l) => ({ orderLineId: l.orderLineId, quantity: qty(l.orderLineId, l.available) }))
      .filter((l) => l.quantity && Number(l.quantity) > 0);
    setBusy(true);
    try {
      const notice = await rpc('deliveries.notices.create', {
        orderId: order.id,
        date: (v.date ?? dayjs()).format('YYYY-MM-DD'),
        shipDate: v.shipDate?.format('YYYY-MM-DD') ?? null,
        deliveryAddress: v.deliveryAddress,
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        notes: v.notes,
        lines,
      });
      message.success(t('deliveries.noticeCreated', { number: notice.number }));
      onCreated(notice.id);
    } catch (err) {
      rpcError.show(err, form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={960}
      title={`${t('deliveries.newNotice')} · ${order.number} ${order.customerName}`}
      okText={t('deliveries.createNotice')}
      confirmLoading={busy}
      onOk={() => void create()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="inline"
        initialValues={{
          date: dayjs(),
          deliveryAddress: order.deliveryAddress,
          contactName: order.contactName,
          contactPhone: order.contactPhone,
        }}
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        <Form.Item name="date" label={t('fields.date')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="shipDate" label={t('fields.shipDate')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="contactName" label={t('fields.contactName')}>
          <Input style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('fields.contactPhone')}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="deliveryAddress" label={t('fields.deliveryAddress')} style={{ width: '100%' }}>
          <Input />
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey="orderLineId"
        pagination={false}
        loading={progress.isLoading}
        dataSource={progress.data?.lines}
        columns={[
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.spec'), dataIndex: 'spec' },
          { title: t('fields.unit'), dataIndex: 'unit', width: 60 },
          { title: t('deliveries.ordered'), dataIndex: 'ordered', align: 'right', width: 80, render: qtyText },
          { title: t('deliveries.noticed'), dataIndex: 'noticed', align: 'right', width: 80, render: qtyText },
          { title: t('deliveries.available'), dataIndex: 'available', align: 'right', width: 80, render: qtyText },
          {
            title: t('deliveries.thisTime'),
            key: 'qty',
            width: 120,
            render: (_v, l) => (
              <InputNumber
                aria-label={`${t('deliveries.thisTime')} ${l.name}`}
                min="0"
                max={l.available}
                stringMode
                value={qty(l.orderLineId, l.available)}
                onChange={(v) => setQuantities((q) => ({ ...q, [l.orderLineId]: v ?? '0' }))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
